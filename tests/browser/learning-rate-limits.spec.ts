import { test, expect, quantity } from "./fixtures.ts";
import { dataPanel, lossSpace, openData } from "./data-helpers.ts";
import { curvature, presetData, summarize } from "../../src/engine/index.ts";
import { formatQuantity, formatRateLimit } from "../../src/format/numbers.ts";
import type { Page } from "@playwright/test";

/** Types a learning rate into the first "learning rate" number, as a reader would with Enter. */
async function typeLearningRate(page: Page, value: number): Promise<void> {
  await page.getByRole("slider", { name: "learning rate" }).first().focus();
  await page.keyboard.press("Enter");
  await page.getByRole("textbox", { name: "Type the learning rate" }).fill(String(value));
  await page.keyboard.press("Enter");
}

/** Moves the player to its last step, and says which that is. */
async function stepToTheEnd(page: Page): Promise<string> {
  const slider = page.locator('input[type="range"][data-quantity="step"]').first();
  const last = (await slider.getAttribute("max")) ?? "0";
  await slider.fill(last);
  return last;
}

test("the prose gives the default data's zigzag and divergence limits, 1/λ and 2/λ of its steepest curvature", async ({ page }) => {
  await openData(page);
  // Rounded down one decimal finer than the rate's own grid (2/λ is 0.15767): 0.158, which the control can be set to, already diverges.
  await expect(quantity(page, "lr-zigzag")).toHaveText("0.0788");
  await expect(quantity(page, "lr-limit")).toHaveText("0.1576");
  await expect(quantity(page, "curvature")).toHaveText("12.68");
});

test("the limits follow the reader's data, and the full batch diverges just past the second, not just below it", async ({ page }) => {
  await openData(page);
  await dataPanel(page).getByRole("radio", { name: "A steep line far from zero" }).check();
  const limit = 2 / curvature(summarize(presetData("steep-line"))).max;
  await expect(quantity(page, "lr-limit")).toHaveText(formatRateLimit(limit));
  await expect(quantity(page, "lr-zigzag")).toHaveText(formatRateLimit(limit / 2));

  const alarm = lossSpace(page).locator(".alarm");
  await typeLearningRate(page, Number((limit * 0.95).toFixed(3)));
  await expect(quantity(page, "step")).toHaveText(await stepToTheEnd(page));
  await expect(quantity(page, "lr")).toHaveText(formatQuantity("lr", limit * 0.95));
  await expect(alarm).toHaveCount(0);
  await typeLearningRate(page, Number((limit * 1.05).toFixed(3)));
  await stepToTheEnd(page);
  await expect(alarm).toContainText(/diverg|overshoot/i);
});
