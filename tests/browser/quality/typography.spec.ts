import { wideData } from "../data-helpers.ts";
import { test, expect, openEssay, quantity } from "../fixtures.ts";
import { hydrateEverything, typographyProblems } from "./page-checks.ts";


/** States a demanding reader reaches: the article, a stochastic run, divergence, half a million points, data at the limits. */
const STATES: Record<string, string> = {
  "the article's start": "",
  "a stochastic run": "?method=sgd&seed=3&step=10",
  "a mini-batch run far on": "?method=minibatch&step=400&lr=0.1",
  "a diverged descent": "?lr=1&step=1000",
  "a start far out": "?m=-4&b=-8&step=1",
  "half a million points": "?n=500000&step=3",
};

for (const [name, query] of Object.entries(STATES)) {
  test(`every number set for a reader in ${name}: typographic minus, grouped thousands, superscript powers`, async ({ page }) => {
    await openEssay(page, query);
    await hydrateEverything(page);
    expect(await typographyProblems(page)).toEqual([]);
  });
}

test("every number set for a reader with data spread to ±1,000,000", async ({ page }) => {
  await openEssay(page, `?data=${wideData()}&step=2`);
  await hydrateEverything(page);
  expect(await typographyProblems(page)).toEqual([]);
  await expect(quantity(page, "loss")).toHaveText(/ × 10[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/);
});

test("a slider's aria-valuenow is a plain number on its grid, with no float noise, however many presses", async ({ page }) => {
  await openEssay(page, "?m=0.3");
  const slope = page.getByRole("slider", { name: "starting slope m" }).first();
  await slope.focus();
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("ArrowLeft");
    // Read between presses too: the pressed value is written before the essay takes it.
    expect(await slope.getAttribute("aria-valuenow")).toMatch(/^-?\d+(\.\d{1,2})?$/);
  }
  await expect(slope).toHaveAttribute("aria-valuenow", "0");
  await expect(slope).toHaveAttribute("aria-valuetext", "starting slope m: 0.00");
  await page.keyboard.press("ArrowLeft");
  await expect(slope).toHaveAttribute("aria-valuenow", "-0.1");
  await expect(slope).toHaveAttribute("aria-valuetext", "starting slope m: \u22120.10");
});
