import type { Locator, Page } from "@playwright/test";
import { DEFAULTS, FIELDS } from "../../../src/state/fields.ts";
import { DEFAULT_SEED, MAX_STEPS, descend, generateDataset, line, objective, seededRandom } from "../../../src/engine/index.ts";
import { parseQuery } from "../../../src/state/url-codec.ts";
import { test, expect, openEssay } from "../fixtures.ts";
import { hydrateEverything } from "./page-checks.ts";
import { PLAY_PACE_MS } from "../../../src/components/figures/announce-pace.ts";
import "../../with-data-codec.ts";

/** The text of every polite live region (role=status or aria-live=polite), in page order. */
function politeRegions(page: Page): Promise<string[]> {
  return page.locator('[role="status"], [aria-live="polite"]').evaluateAll((els) => els.map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim()));
}

/** The slider that sets the step over its whole range (a player's track may cover only a stretch). */
function stepSlider(page: Page): Locator {
  return page
    .locator(`[role="slider"][aria-valuemax="${FIELDS.step.max}"], input[type="range"][max="${FIELDS.step.max}"]`)
    .and(page.getByRole("slider", { name: "step", exact: true }))
    .first();
}

test("a step taken is announced politely to screen readers", async ({ page }) => {
  await openEssay(page, "?step=2");
  await hydrateEverything(page);
  const before = await politeRegions(page);
  await stepSlider(page).focus();
  await page.keyboard.press("ArrowRight");
  await expect
    .poll(async () => (await politeRegions(page)).filter((text, i) => text !== before[i] && /\b3\b/.test(text)).length, {
      message: "a polite live region that now tells of step 3",
    })
    .toBeGreaterThan(0);
  expect(await page.locator('[aria-live="assertive"], [role="alert"]').evaluateAll((els) => els.filter((e) => e.textContent?.trim()).length)).toBe(0);
});

test("divergence is announced politely, in the engine's words", async ({ page }) => {
  const lr = FIELDS.lr.max;
  const data = generateDataset(DEFAULTS.n, DEFAULT_SEED);
  const divergence = descend({
    objective: objective(line, data), start: [DEFAULTS.start["m"]!, DEFAULTS.start["b"]!], learningRate: lr, method: "batch",
    batchSize: DEFAULTS.batch, steps: MAX_STEPS, random: seededRandom(DEFAULTS.seed),
  }).divergence;
  expect(divergence).not.toBeNull();
  await openEssay(page, `?lr=${lr}&step=${divergence!.step - 1}`);
  await hydrateEverything(page);
  expect((await politeRegions(page)).some((text) => text.includes(divergence!.reason)), "no warning before it happens").toBe(false);
  await stepSlider(page).focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(async () => (await politeRegions(page)).some((text) => text.includes(divergence!.reason))).toBe(true);
});

test("a corrected link is announced politely with what was corrected", async ({ page }) => {
  const query = "?m=NaN&step=-4";
  await openEssay(page, query);
  const regions = (await politeRegions(page)).join(" ");
  for (const notice of parseQuery(query).notices) expect(regions).toContain(notice);
});

test("under prefers-reduced-motion a step lands at once: the figures do not move between frames", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await openEssay(page, "?step=2");
  await hydrateEverything(page);
  // The drawings of the two spaces, where a step moves the point and the line.
  const drawings = '[data-figure="loss-space"] svg, [data-figure="data-space"] svg';
  expect(await page.locator(drawings).count(), "drawings of the two spaces").toBeGreaterThan(1);
  await stepSlider(page).focus();
  // Every distinct drawing over the next 40 frames (about 650 ms), whenever the step is handed on to the
  // figures: a step that lands at once changes them once; a glide would pass through drawings in between.
  const watched = page.evaluate((selector) => new Promise<string[]>((done) => {
    const els = [...document.querySelectorAll(selector)];
    const seen: string[] = [];
    const look = (left: number) => {
      const markup = els.map((el) => el.outerHTML).join("\n");
      if (seen.at(-1) !== markup) seen.push(markup);
      if (left === 0) done(seen);
      else requestAnimationFrame(() => look(left - 1));
    };
    look(40);
    document.documentElement.dataset.watching = "";
  }), drawings);
  await expect(page.locator("html[data-watching]")).toHaveCount(1);
  await page.keyboard.press("ArrowRight");
  const seen = await watched;
  expect(seen, "the drawing before the step and the one after it, nothing between").toHaveLength(2);
  expect(await page.evaluate(() => document.getAnimations().filter((a) => a.playState === "running" && Number(a.effect?.getTiming().duration) > 20).length)).toBe(0);
});

test("while playing, screen readers hear where the descent stands every few seconds, not every step, and all of it when play stops", async ({ page }) => {
  await openEssay(page, "?lr=0.01");
  await hydrateEverything(page);
  // Every text a polite region takes from now on.
  await page.evaluate(() => {
    const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
    const regions = () => document.querySelectorAll<HTMLElement>('[role="status"], [aria-live="polite"]');
    for (const el of regions()) el.dataset["last"] = (el.textContent ?? "").trim();
    const observer = new MutationObserver(() => {
      for (const el of regions()) {
        const text = (el.textContent ?? "").trim();
        if (text && el.dataset["last"] !== text) heard.push(text);
        el.dataset["last"] = text;
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const player = page.locator(".essay-controls .player");
  const started = await page.evaluate(() => performance.now());
  await player.getByRole("button", { name: "Play" }).click();
  await expect.poll(async () => Number(await player.locator('[data-quantity="step"]:not(input)').textContent()), { timeout: 10_000 }).toBeGreaterThanOrEqual(24);
  const [whilePlaying, elapsed] = await page.evaluate((t0) => [[...(window as unknown as { heard: string[] }).heard], performance.now() - t0] as const, started);
  // Two dozen steps and more, told once at the start and then once a pace at most, each in a few words.
  expect(whilePlaying.length).toBeGreaterThan(0);
  expect(whilePlaying.length).toBeLessThanOrEqual(1 + Math.floor(elapsed / PLAY_PACE_MS));
  expect(whilePlaying.length).toBeLessThan(24 / 4);
  for (const text of whilePlaying) expect(text).toMatch(/^After \d+ steps?, loss [\d.]+\.$/);
  await player.getByRole("button", { name: "Play" }).click();
  const step = await player.locator('[data-quantity="step"]:not(input)').textContent();
  await expect(page.locator("[data-announcer]")).toHaveText(new RegExp(`^After ${step} steps, the line y = .* The next step `));
});
