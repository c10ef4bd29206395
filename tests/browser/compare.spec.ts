import type { Page } from "@playwright/test";
import { batchAt, datasetFromPoints } from "../../src/engine/index.ts";
import { encodeData } from "../../src/state/data-codec.ts";
import { test, expect, quantity, openEssay } from "./fixtures.ts";

const figure = (page: Page) => page.locator('[data-figure="comparison"]');
const pathOf = (page: Page, method: string) => figure(page).locator(`[data-run="${method}"] path.done`);
const cell = (page: Page, row: string, method: string) => figure(page).locator(`tr[data-cost="${row}"] td[data-method="${method}"]`);

test("the comparison draws the three runs on the contour in their own colours, with a legend, and choosing a method in it moves the essay's own figures to that run", async ({ page }) => {
  await openEssay(page, "?step=30");
  for (const method of ["batch", "sgd", "minibatch"]) {
    await expect(pathOf(page, method)).toHaveAttribute("d", /^M[\d.]+,[\d.]+(L[\d.-]+,[\d.-]+){30}$/);
  }
  const colours = await figure(page).locator("[data-run] path.done").evaluateAll((paths) => paths.map((p) => getComputedStyle(p).stroke));
  expect(new Set(colours).size).toBe(3);
  for (const name of ["full batch", "stochastic", "mini-batch"]) await expect(figure(page).getByRole("radio", { name: new RegExp(name) })).toBeVisible();
  await expect(figure(page).locator(":scope > figcaption")).toContainText("After 30 steps, the loss of each run is: full batch 3.53");

  const fullBatchM = await quantity(page, "m").textContent();
  const stochastic = figure(page).getByRole("radio", { name: /stochastic/ });
  await stochastic.focus();
  await page.keyboard.press("Space");
  await expect(stochastic).toBeChecked();
  await expect(page).toHaveURL(/[?&]method=sgd(&|$)/);
  await expect(quantity(page, "m")).not.toHaveText(fullBatchM ?? "");
  // Arrow keys move through the radio group, as in any radio group.
  await page.keyboard.press("ArrowDown");
  await expect(figure(page).getByRole("radio", { name: /mini-batch/ })).toBeChecked();
  await expect(page).toHaveURL(/[?&]method=minibatch(&|$)/);
});

test("a larger batch size changes the mini-batch path and its cost, and leaves the other runs alone", async ({ page }) => {
  await openEssay(page, "?step=30");
  const before = { mini: await pathOf(page, "minibatch").getAttribute("d"), sgd: await pathOf(page, "sgd").getAttribute("d") };
  await expect(cell(page, "points-per-step", "minibatch")).toHaveText("8");
  await expect(cell(page, "points-seen", "minibatch")).toHaveText("240");
  const batchSize = page.getByRole("slider", { name: "batch size" }).first();
  await batchSize.focus();
  await page.keyboard.press("ArrowRight");
  await expect(batchSize).toHaveText("9");
  await expect(cell(page, "points-per-step", "minibatch")).toHaveText("9");
  await expect(cell(page, "points-seen", "minibatch")).toHaveText("270");
  await expect(cell(page, "steps-per-epoch", "minibatch")).toHaveText("4.4");
  await expect(pathOf(page, "minibatch")).not.toHaveAttribute("d", before.mini ?? "");
  await expect(pathOf(page, "sgd")).toHaveAttribute("d", before.sgd ?? "");
  await expect(figure(page).getByRole("radio", { name: /mini-batch/ })).toHaveAccessibleName(/9 points a step/);
});

test("every step is timed in the browser, and a full-batch step over 500,000 points costs many mini-batch steps", async ({ page }) => {
  test.slow();
  await openEssay(page, "?step=10");
  for (const method of ["batch", "sgd", "minibatch"]) {
    await expect(cell(page, "step-time", method)).toHaveText(/^[\d.,]+ (ns|µs|ms|s)$/);
  }
  await expect(page.locator('[data-step-time="batch"]')).toHaveText(/^[\d.,]+ (ns|µs|ms|s)$/);

  // Up the ladder to 500,000 points by keyboard: End is the top stop.
  const size = figure(page).getByRole("slider", { name: "number of points" });
  await size.focus();
  await page.keyboard.press("End");
  await expect(size).toHaveAttribute("aria-valuetext", "500,000 points");
  await expect(cell(page, "points-per-step", "batch")).toHaveText("500,000", { timeout: 20_000 });
  await expect(figure(page).getByText("generating")).toHaveCount(0);
  await expect(cell(page, "steps-per-epoch", "minibatch")).toHaveText("62,500");
  await expect(cell(page, "points-seen", "batch")).toHaveText("5,000,000");
  await expect(cell(page, "step-time", "batch")).toHaveText(/^[\d.,]+ (µs|ms|s)$/, { timeout: 20_000 });
  await expect(cell(page, "cheaper", "minibatch")).toHaveText(/^[\d.,]+$/, { timeout: 20_000 });
  const cheaper = Number((await cell(page, "cheaper", "minibatch").textContent())!.replace(/,/g, ""));
  // Ideally thousands; a loaded test machine blurs timings, so only the order of magnitude is pinned.
  expect(cheaper, "one full pass over 500,000 points against one mini-batch of 8").toBeGreaterThan(10);
  await expect(page.locator('[data-step-time="minibatch-in-full-batch"]')).toHaveText(/^[\d.,]+$/);

  // And back down: instant, no generation.
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(size).toHaveAttribute("aria-valuetext", "40 points");
  await expect(cell(page, "points-per-step", "batch")).toHaveText("40");
  await expect(quantity(page, "n")).toHaveText("40");
  await expect(page).not.toHaveURL(/[?&]n=/);
});

test("the link of a stochastic run reopens exactly the same path and numbers", async ({ page }) => {
  await openEssay(page, "?method=sgd&seed=5&step=40");
  const seen = async () => ({
    sgd: await pathOf(page, "sgd").getAttribute("d"),
    mini: await pathOf(page, "minibatch").getAttribute("d"),
    m: await quantity(page, "m").textContent(),
    b: await quantity(page, "b").textContent(),
    loss: await quantity(page, "loss").textContent(),
    caption: await figure(page).locator(":scope > figcaption").textContent(),
  });
  const first = await seen();
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll("astro-island[ssr]").length === 0);
  expect(await seen()).toEqual(first);
  // Another seed draws other batches, so the check above has teeth.
  await openEssay(page, "?method=sgd&seed=6&step=40");
  expect((await seen()).sgd).not.toBe(first.sgd);
});

test("the loss curves switch between steps and points seen", async ({ page }) => {
  await openEssay(page, "?step=20");
  const curves = page.locator('[data-figure="comparison-curves"]');
  const chart = curves.getByRole("img");
  await expect(chart).toHaveAccessibleName(/at each step.*full batch: loss 20\.5 at the start, [\d.]+ at step 20/);
  await curves.getByRole("button", { name: "per points seen" }).click();
  await expect(curves.getByRole("button", { name: "per points seen" })).toHaveAttribute("aria-pressed", "true");
  await expect(chart).toHaveAccessibleName(/by points seen.*full batch: .* at 800 points seen.*stochastic: .* at 20 points seen.*mini-batch: .* at 160 points seen/);
});

test("the data space rings the points of the next step's batch, and only for stochastic methods", async ({ page }) => {
  await openEssay(page, "?method=minibatch&step=5");
  const dataSpace = page.locator('[data-figure="data-space"]');
  const batch = dataSpace.locator("[data-batch]");
  await expect(batch).toHaveAttribute("data-batch", "8");
  await expect(batch).toContainText("next step's batch: 8 points");
  // The rings sit on the very points the engine's sampler draws for step 6 (batchAt is tested against descend).
  const expected = Array.from(batchAt(40, 8, 1, 5));
  const points = await dataSpace.locator(".points circle").evaluateAll((cs) => cs.map((c) => `${c.getAttribute("cx")},${c.getAttribute("cy")}`));
  const rings = await batch.locator("circle").evaluateAll((cs) => cs.map((c) => `${c.getAttribute("cx")},${c.getAttribute("cy")}`));
  expect(rings).toEqual(expected.map((i) => points[i]));

  const stochastic = figure(page).getByRole("radio", { name: /stochastic/ });
  await stochastic.check();
  await expect(batch).toHaveAttribute("data-batch", "1");
  await expect(batch.locator("circle")).toHaveCount(1);
  await figure(page).getByRole("radio", { name: /full batch/ }).check();
  await expect(batch).toHaveCount(0);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the comparison is drawn at the article's start, with its counts and a note that times need the browser", async ({ page }) => {
    await page.goto("./");
    for (const method of ["batch", "sgd", "minibatch"]) await expect(figure(page).locator(`[data-run="${method}"] path.ahead`)).toHaveAttribute("d", /^M[\d.]+,[\d.]+(L[\d.-]+,[\d.-]+){100}$/);
    // The methods' legend stays as a list; its radio buttons, which need the page's scripts, are hidden.
    await expect(figure(page).locator('[data-run="batch"] .name').first()).toHaveText(/full batch/);
    await expect(figure(page).getByRole("radio")).toHaveCount(0);
    await expect(cell(page, "points-per-step", "batch")).toHaveText("40");
    await expect(cell(page, "steps-per-epoch", "minibatch")).toHaveText("5");
    await expect(cell(page, "step-time", "batch")).toHaveText("timed live");
    await expect(page.locator('[data-step-time="batch"]')).toHaveText("(measured with JavaScript on)");
    await expect(figure(page).locator(":scope > figcaption")).toHaveText("At the start, the loss of each run is: full batch 20.5, stochastic 20.5, mini-batch 20.5; the bottom of the bowl is 3.52.");
  });
});

test("with the reader's own points, the comparison runs on them and the size slider stands aside", async ({ page }) => {
  const own = encodeData(datasetFromPoints([[-2, -1], [-1, 0.5], [0, 1], [1, 2.5], [2, 3], [3, 5.5]]));
  if (!own.ok) throw new Error(own.error);
  await openEssay(page, `?data=${own.text}&step=10`);
  const size = figure(page).getByRole("slider", { name: "number of points" });
  await expect(size).toBeDisabled();
  await expect(size).toHaveAttribute("aria-valuetext", "6 points (your own data)");
  await expect(cell(page, "points-per-step", "batch")).toHaveText("6");
  await expect(cell(page, "steps-per-epoch", "minibatch")).toHaveText("1");
});
