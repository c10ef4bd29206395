import { test, expect, openEssay, quantity } from "./fixtures.ts";
import { openPhone, reach } from "./touch.ts";
import { PRESETS, presetData } from "../../src/engine/index.ts";
import { encodeData } from "../../src/state/data-codec.ts";

// Start over: everything back at the article's state (its line from m = −0.3, b = 2.5, its own points, every
// setting and view at its default), and one Undo puts the reader's state back.

const own = encodeData(presetData(PRESETS[0]!.id));
const DATA = own.ok ? own.text : "";
const READER = `?m=1&b=0&lr=0.2&step=5&view=bowl&sq=1&data=${DATA}`;

test("Start over returns to the article's state by keyboard, and Undo brings the reader's state back", async ({ page }) => {
  await openEssay(page, READER);
  const search = new URL(page.url()).search;
  const button = page.getByRole("button", { name: "Start over" }).first();
  const box = (await button.boundingBox())!;
  expect(Math.min(box.width, box.height), "target size").toBeGreaterThanOrEqual(24);

  await button.focus();
  await page.keyboard.press("Enter");
  await expect(quantity(page, "step")).toHaveText("0");
  await expect(quantity(page, "loss")).toHaveText("20.5");
  await expect(page.locator('[role="slider"][data-quantity="m0"]').first()).toHaveAttribute("aria-valuenow", "-0.3");
  await expect(quantity(page, "n")).toHaveText("40");
  await expect(page.locator('[data-figure="loss-space"]').getByRole("button", { name: /contour/ })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator('[data-figure="data-space"]').getByRole("button", { name: "squared residuals" })).toHaveAttribute("aria-pressed", "false");
  await expect.poll(() => new URL(page.url()).search).toBe("");
  expect(await page.evaluate(() => scrollY)).toBe(0);
  const notice = page.locator("[data-notices]");
  await expect(notice).toContainText("Started over: the article's line from m = −0.3, b = 2.5");
  const undo = notice.getByRole("button", { name: "Undo" });
  await expect(undo).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(quantity(page, "step")).toHaveText("5");
  await expect.poll(() => new URL(page.url()).search).toBe(search);
  await expect(undo).toBeHidden();

  // A change after Start over takes Undo away: it would no longer put back what it says.
  await button.click();
  await expect(undo).toBeVisible();
  await page.getByRole("button", { name: "Next step" }).first().click();
  await expect(undo).toBeHidden();
});

test("a finger starts over", async ({ browser }) => {
  const { context, page } = await openPhone(browser, "?m=1&step=3");
  const at = await reach(page.getByRole("button", { name: "Start over" }).first());
  expect(at, "the Start over button can be reached").not.toBeNull();
  await page.touchscreen.tap(at!.x, at!.y);
  await expect(quantity(page, "step")).toHaveText("0");
  await expect(page.locator('[role="slider"][data-quantity="m0"]').first()).toHaveAttribute("aria-valuenow", "-0.3");
  await expect(page.locator("[data-notices]").getByRole("button", { name: "Undo" })).toBeVisible();
  await context.close();
});
