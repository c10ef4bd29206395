import type { Page } from "@playwright/test";
import { test, expect, openEssay } from "./fixtures.ts";

interface Box {
  top: number;
  bottom: number;
}

/** Where the two spaces' plots, the loss curve (its title and plot) and the player sit on the screen, and the figures' own scrolling box. */
async function columnBoxes(page: Page): Promise<Record<"loss" | "data" | "curve" | "player" | "figures", Box>> {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const r = document.querySelector(selector)!.getBoundingClientRect();
      return { top: Math.round(r.top), bottom: Math.round(r.bottom) };
    };
    return {
      loss: box('[data-figure="loss-space"] .figure-stage'),
      data: box('[data-figure="data-space"] .figure-stage'),
      curve: box('[data-figure="loss-curve"]'),
      player: box(".essay-controls .player"),
      figures: box(".figure-slot"),
    };
  });
}

// Laptops' screens as a browser window leaves them: the curve used to sit under the player on all of these
// but the tallest, in a column the reader had to find could scroll.
const LAPTOPS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 657 },
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

test("on laptops' screens, both spaces and the loss curve are in sight at once, none under another or under the player", async ({ page }) => {
  // Chapter 5 sends the reader to watch both spaces as the steps go; the curve is what the steps do to the loss.
  await openEssay(page, "?step=12#one-step");
  for (const viewport of LAPTOPS) {
    await page.setViewportSize(viewport);
    const size = `${viewport.width}×${viewport.height}`;
    await expect.poll(async () => (await columnBoxes(page)).player.bottom, `${size}: the player on the screen`).toBeLessThanOrEqual(viewport.height);
    const at = await columnBoxes(page);
    for (const name of ["loss", "data", "curve"] as const) {
      expect(at[name].top, `${size}: the ${name} figure's top in sight`).toBeGreaterThanOrEqual(at.figures.top);
      expect(at[name].bottom, `${size}: the ${name} figure above the player`).toBeLessThanOrEqual(at.player.top);
    }
    expect(at.curve.top, `${size}: the curve below the loss space`).toBeGreaterThanOrEqual(at.loss.bottom);
    expect(at.curve.top, `${size}: the curve below the data space`).toBeGreaterThanOrEqual(at.data.bottom);
  }
});

test("on a short laptop screen the words under the spaces are there to scroll to, and the curve stays in sight as they pass", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 657 });
  await openEssay(page, "?step=12#one-step");
  const before = await columnBoxes(page);
  const caption = page.locator('[data-figure="data-space"] .figure-caption');
  await caption.scrollIntoViewIfNeeded();
  const words = await caption.evaluate((el) => el.getBoundingClientRect().bottom);
  const after = await columnBoxes(page);
  expect(after.curve, "the curve where it was").toEqual(before.curve);
  expect(words, "the caption's end above the curve").toBeLessThanOrEqual(after.curve.top);
  // The button under the loss space, reached by the keyboard, is not left behind the curve.
  await page.getByRole("button", { name: "every point as a line" }).focus();
  const toggle = await page.getByRole("button", { name: "every point as a line" }).evaluate((el) => el.getBoundingClientRect().bottom);
  expect(toggle).toBeLessThanOrEqual((await columnBoxes(page)).curve.top);
});

test("on a tall screen the figures grow into its height, their words still above the curve, and the reading bar lines up with the essay", async ({ page }) => {
  await openEssay(page, "?step=12#one-step");
  for (const viewport of [{ width: 1920, height: 1200 }, { width: 2560, height: 1440 }]) {
    await page.setViewportSize(viewport);
    const size = `${viewport.width}×${viewport.height}`;
    await expect.poll(async () => (await columnBoxes(page)).player.bottom, `${size}: the player on the screen`).toBeLessThanOrEqual(viewport.height);
    const at = await columnBoxes(page);
    // At 84rem wide the plots stayed 351 px tall on every screen, a quarter of this one's height.
    for (const name of ["loss", "data"] as const) {
      expect(at[name].bottom - at[name].top, `${size}: the ${name} space's plot a good part of the screen's height`).toBeGreaterThanOrEqual(0.38 * viewport.height);
    }
    for (const name of ["loss-space", "data-space"]) {
      const words = await page.locator(`[data-figure="${name}"] .figure-caption`).evaluate((el) => el.getBoundingClientRect().bottom);
      expect(words, `${size}: the ${name}'s caption above the curve, no scrolling needed`).toBeLessThanOrEqual(at.curve.top);
    }
    expect(at.curve.bottom, `${size}: the curve above the player`).toBeLessThanOrEqual(at.player.top);
    const [bar, essay] = await page.evaluate(() => [".reading-bar .row", ".essay"].map((s) => Math.round(document.querySelector(s)!.getBoundingClientRect().left)));
    expect(Math.abs(bar! - essay!), `${size}: the reading bar's row over the essay`).toBeLessThanOrEqual(1);
  }
});
