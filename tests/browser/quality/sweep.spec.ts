import { DEFAULT_SEED, MAX_STEPS, descend, generateDataset, line, objective, seededRandom, type Method } from "../../../src/engine/index.ts";
import { DEFAULTS, FIELDS } from "../../../src/state/fields.ts";
import type { Page } from "@playwright/test";
import { test, expect, openEssay, valueOf } from "../fixtures.ts";
import { hydrateEverything, nonFiniteProblems } from "./page-checks.ts";

const data = generateDataset(DEFAULTS.n, DEFAULT_SEED);

/** Why the default descent at this learning rate and method stops early, or null if it never does. */
function divergence(lr: number, method: Method) {
  return descend({
    objective: objective(line, data), start: [DEFAULTS.start["m"]!, DEFAULTS.start["b"]!], learningRate: lr, method, batchSize: DEFAULTS.batch,
    steps: MAX_STEPS, random: seededRandom(DEFAULTS.seed),
  }).divergence;
}

/** Learning rates from the smallest to the largest, thickest where descent turns into divergence (~0.155). */
const RATES = [FIELDS.lr.min, 0.01, 0.05, 0.1, 0.15, 0.155, 0.16, 0.3, 0.5, FIELDS.lr.max];
/** Steps from the first to the last, including either side of the state's 60-step lookahead. */
const STEPS = [0, 1, 59, 60, 999, FIELDS.step.max];

const SWEEPS: Record<Method, { rates: number[]; steps: number[] }> = {
  batch: { rates: RATES, steps: STEPS },
  // The sampled methods at the range's ends and at the full batch's edge of divergence: their page is the
  // full batch's with a batch drawn each step, which the full batch's sweep walks in detail.
  sgd: { rates: [FIELDS.lr.min, 0.155, FIELDS.lr.max], steps: [0, 61, FIELDS.step.max] },
  minibatch: { rates: [FIELDS.lr.min, 0.155, FIELDS.lr.max], steps: [0, 61, FIELDS.step.max] },
};

/** Rates per test: one page load each, its steps walked on that page, so a test stays well inside its time. */
const RATES_PER_TEST = 2;

/**
 * Moves the player's step track to a step, as a reader's drag lands there, and waits for the page to
 * show it. The track spans only the first hundred steps until the step passes them, so for a step
 * beyond, the reader first takes the step in the prose (a slider over every step) to its end with End.
 */
async function walkTo(page: Page, step: number): Promise<void> {
  const track = page.locator('input[type="range"][data-quantity="step"]').first();
  if (step > Number(await track.getAttribute("max"))) {
    const every = page.locator(`[role="slider"][aria-valuemax="${FIELDS.step.max}"]`).and(page.getByRole("slider", { name: "step", exact: true })).first();
    await every.focus();
    await page.keyboard.press("End");
    await expect(track, "the step track spans every step").toHaveAttribute("max", String(FIELDS.step.max));
  }
  await track.fill(String(step));
  await expect.poll(() => valueOf(page, "step"), `step ${step}`).toBe(step);
}

for (const [method, sweep] of Object.entries(SWEEPS) as [Method, (typeof SWEEPS)[Method]][]) {
  for (let first = 0; first < sweep.rates.length; first += RATES_PER_TEST) {
    const rates = sweep.rates.slice(first, first + RATES_PER_TEST);
    test(`sweeping the step at learning rates ${rates.join(", ")} (${method}) never puts a non-finite number on the page`, async ({ page }) => {
      for (const lr of rates) {
        // The link opens the first step; the others are walked to on the same page, up the track.
        const [opened, ...walked] = sweep.steps;
        await openEssay(page, `?lr=${lr}&step=${opened}&method=${method}`);
        for (const step of [opened!, ...walked]) {
          if (step !== opened) await walkTo(page, step);
          const where = `lr=${lr}&step=${step}&method=${method}`;
          expect(await nonFiniteProblems(page), where).toEqual([]);
          expect(await valueOf(page, "step"), where).toBe(step);
        }
      }
    });
  }
}

test("a diverging descent says why in words, from the step it diverges on, and never shows NaN", async ({ page }) => {
  for (const [lr, method] of [[FIELDS.lr.max, "batch"], [0.3, "batch"], [0.16, "batch"], [0.5, "sgd"], [0.5, "minibatch"]] as const) {
    const diverges = divergence(lr, method);
    expect(diverges, `lr ${lr} ${method} diverges`).not.toBeNull();
    // The link opens the step before; the step it diverges on and the last are walked to.
    const [before, ...walked] = [diverges!.step - 1, diverges!.step, FIELDS.step.max];
    await openEssay(page, `?lr=${lr}&step=${before}&method=${method}`);
    for (const step of [before!, ...walked]) {
      if (step !== before) await walkTo(page, step);
      const where = `lr=${lr}&step=${step}&method=${method}`;
      const reason = page.getByText(diverges!.reason).first();
      if (step < diverges!.step) await expect(reason, where).toBeHidden();
      else await expect(reason, where).toBeVisible();
      expect(await nonFiniteProblems(page), where).toEqual([]);
    }
  }
});

test("the learning rate and step sliders taken to both ends by keyboard keep every number finite", async ({ page }) => {
  await openEssay(page, "?lr=0.05");
  await hydrateEverything(page);
  // The controls that span the whole range (a player's track may show a shorter stretch of steps).
  const spanning = (name: string, max: number) =>
    page.locator(`[role="slider"][aria-valuemax="${max}"], input[type="range"][max="${max}"]`).and(page.getByRole("slider", { name, exact: true })).first();
  const lr = spanning("learning rate", FIELDS.lr.max);
  const step = spanning("step", FIELDS.step.max);
  await expect(lr, "a learning-rate slider over the whole range").toHaveCount(1);
  await expect(step, "a step slider over the whole range").toHaveCount(1);
  for (const [lrKey, stepKey] of [["End", "End"], ["Home", "End"], ["End", "Home"], ["Home", "Home"]] as const) {
    await lr.focus();
    await page.keyboard.press(lrKey);
    await step.focus();
    await page.keyboard.press(stepKey);
    const expected = { lr: lrKey === "End" ? FIELDS.lr.max : FIELDS.lr.min, step: stepKey === "End" ? FIELDS.step.max : FIELDS.step.min };
    await expect.poll(() => valueOf(page, "lr")).toBe(expected.lr);
    await expect.poll(() => valueOf(page, "step")).toBe(expected.step);
    expect(await nonFiniteProblems(page), `${lrKey}/${stepKey}`).toEqual([]);
  }
});
