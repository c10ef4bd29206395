import type { Locator, Page } from "@playwright/test";
import { test, expect, openEssay, quantity, valueOf } from "./fixtures.ts";
import { dataSpace, editPoints, handleCentres, lossSpace, plotAt, wideData } from "./data-helpers.ts";
import { nonFiniteProblems, typographyProblems } from "./quality/page-checks.ts";
import { openPhone, reach } from "./touch.ts";
import {
  DEFAULT_SEED, SCALINGS, generateDataset, line, outlook, rescaledFit, type Dataset, type Scaling,
} from "../../src/engine/index.ts";
import { formatCount, formatRatio } from "../../src/format/numbers.ts";

// The data's footprint in the loss space (a point is a line there), the angle between a step and the way
// to the bottom, and x rescaled three ways (the link's `scale`). The numbers are the engine's, for the data
// and start on the page. Each test checks several things per page load: the suite's time is shared.

/** The picked point's line in the loss space, drawn as one path ("" when none is picked). */
const pickedLine = (page: Page) => lossSpace(page).locator(".footprint path.picked");
/** No point's line is drawn as picked (the footprint's layer comes only when it has something to draw). */
const nonePicked = (page: Page) => expect(lossSpace(page).locator(".footprint path.picked:not([d=''])")).toHaveCount(0);
/** The label beside the vertical gap from the dot to the picked point's line. */
const gapLabel = (page: Page) => lossSpace(page).locator(".footprint text");
/** The comparison of the three scalings in chapter 5. */
const compare = (page: Page) => page.locator('[data-figure="scale-compare"]');
/** One cell of its table: a row (by its name) for one scaling. */
const cell = (page: Page, scaling: Scaling, row: string) => compare(page).locator(`td[data-scaling="${scaling}"][data-row="${row}"]`);

/** The segments of an SVG path, as [x0, y0, x1, y1] each. */
async function segments(path: Locator): Promise<number[][]> {
  const d = (await path.getAttribute("d")) ?? "";
  return [...d.matchAll(/M(-?[\d.]+),(-?[\d.]+)L(-?[\d.]+),(-?[\d.]+)/g)].map((m) => m.slice(1).map(Number));
}

/** The centre on the page of the data space's point drawn k-th. */
async function pointCentre(page: Page, k: number): Promise<{ x: number; y: number }> {
  const box = (await dataSpace(page).locator(".points circle").nth(k).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where each of the data space's points is drawn. */
const pointPositions = (page: Page) =>
  dataSpace(page).locator(".points circle").evaluateAll((els) => els.map((e) => `${e.getAttribute("cx")},${e.getAttribute("cy")}`));

/** What the engine says of the data and start under each scaling. */
function outlooks(data: Dataset, start: readonly number[] = [-0.3, 2.5]) {
  return Object.fromEntries(SCALINGS.map((s) => {
    const fit = rescaledFit(line, data, s)!;
    return [s, outlook(fit.objective, line.rescaled!(start, fit.transform))!];
  })) as Record<Scaling, NonNullable<ReturnType<typeof outlook>>>;
}

test("a point is a line in the loss space: by pointer and by keyboard, all of them at once, and the step's aim at the article's start", async ({ page }) => {
  await openEssay(page, "?step=0");
  await nonePicked(page);
  // Pointing at a point draws its line; the gap from the dot to it is the residual the data space writes.
  const at = await pointCentre(page, 0);
  await page.mouse.move(at.x, at.y);
  await expect.poll(async () => (await segments(pickedLine(page))).length).toBe(1);
  const residual = await dataSpace(page).locator(".inspector text").textContent();
  await expect(gapLabel(page)).toHaveText(residual!);
  await page.mouse.move(0, 0);
  await nonePicked(page);
  // The point picker, by keyboard, draws each picked point's line in turn.
  await dataSpace(page).getByRole("slider", { name: /data points/ }).focus();
  await expect.poll(async () => (await segments(pickedLine(page))).length).toBe(1);
  const first = await pickedLine(page).getAttribute("d");
  await page.keyboard.press("End");
  await expect(pickedLine(page)).not.toHaveAttribute("d", first!);
  await expect(gapLabel(page)).toHaveText(/^r = −?\d+\.\d\d$/);
  // Every point as a line: one faint line per point that crosses the window, in both views.
  const toggle = lossSpace(page).getByRole("button", { name: "every point as a line" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  const lines = await segments(lossSpace(page).locator("path.point-lines"));
  expect(lines.length).toBeGreaterThan(30);
  expect(lines.length).toBeLessThanOrEqual(40);
  // The aim: 38° at the article's start, as the engine computes it, in the figure, its words and the prose.
  const expected = outlook(rescaledFit(line, generateDataset(40, DEFAULT_SEED), "none")!.objective, [-0.3, 2.5])!.aim!;
  expect(Math.round(expected)).toBe(38);
  await expect(quantity(page, "aim")).toHaveText("38");
  await expect(quantity(page, "aim0")).toHaveText("38");
  await expect(lossSpace(page).locator("figcaption")).toContainText("It heads 38° away from the straight way to the bottom.");
  await expect(lossSpace(page).locator("line.to-bottom")).toHaveCount(1);
  await lossSpace(page).getByRole("button", { name: "bowl (3D)" }).click();
  expect((await segments(lossSpace(page).locator("path.point-lines"))).length).toBeGreaterThan(30);
  await expect(quantity(page, "aim")).toHaveText("38");
});

test("x standardised: the axes say so, the rings are circles, a stochastic step heads square to its point's line, and the fit is the same line", async ({ page }) => {
  await openEssay(page, "?method=sgd&step=2&scale=standardize");
  const before = await pointPositions(page);
  await expect(dataSpace(page).locator(".axis.bottom .label")).toHaveText("x (standardised)");
  await expect(lossSpace(page).locator(".axis.bottom .label")).toHaveText("slope m (x standardised)");
  await expect(lossSpace(page).locator(".axis.left .label")).toHaveText("intercept b (x standardised)");
  // Each ring an arc with equal radii: a circle on screen.
  const arcs = await lossSpace(page).locator(".bands path").evaluateAll((els) => els.map((e) => e.getAttribute("d") ?? ""));
  const radii = arcs.filter(Boolean).map((d) => d.match(/A([\d.]+),([\d.]+),/)!.slice(1).map(Number));
  expect(radii.length).toBeGreaterThan(5);
  for (const [rx, ry] of radii) expect(Math.abs(rx! - ry!)).toBeLessThanOrEqual(0.2);
  // The next step's one point is drawn as its line, and plain descent heads for it at a right angle.
  const batch = await segments(lossSpace(page).locator(".footprint path.batch"));
  expect(batch).toHaveLength(1);
  const [x0, y0, x1, y1] = batch[0]!;
  const shaft = lossSpace(page).locator(".arrow line.shaft");
  const [ax0, ay0, ax1, ay1] = await Promise.all(["x1", "y1", "x2", "y2"].map(async (a) => Number(await shaft.getAttribute(a))));
  const along = [x1! - x0!, y1! - y0!];
  const step = [ax1! - ax0!, ay1! - ay0!];
  const cos = (along[0]! * step[0]! + along[1]! * step[1]!) / Math.hypot(along[0]!, along[1]!) / Math.hypot(step[0]!, step[1]!);
  expect(Math.abs(cos)).toBeLessThan(0.05);
  const distance = (x: number, y: number) => Math.abs((x1! - x0!) * (y0! - y) - (x0! - x) * (y1! - y0!)) / Math.hypot(along[0]!, along[1]!);
  expect(distance(ax1!, ay1!)).toBeLessThan(distance(ax0!, ay0!));
  // The bottom read back in x's own units is the line x as given puts at the bottom.
  await expect(quantity(page, "own-min-m")).toHaveText("1.38");
  await expect(quantity(page, "own-min-b")).toHaveText("1.03");
  await expect(dataSpace(page).locator("figcaption")).toContainText("In x's own units, before it was standardised, that is the line y = ");

  // The comparison: the three scalings side by side, as the engine computes them. The sections below the fold
  // are laid out at an estimated height (content-visibility), so the first scroll can land past chapter 5
  // once they render, in chapter 7, whose model has no scalings: scroll again until the table is on screen
  // (away from it, the table keeps what it last showed until the page is next idle: holdWhileAway). Scrolled
  // by the page itself each time: a figure in a chapter the browser skips keeps the box it last had, and
  // Playwright's scrollIntoViewIfNeeded, reading that box, may see it on screen and not scroll.
  const expected = outlooks(generateDataset(40, DEFAULT_SEED));
  expect(SCALINGS.map((s) => formatRatio(expected[s].condition))).toEqual(["6.79", "5.92", "1.00"]);
  expect(SCALINGS.map((s) => expected[s].steps)).toEqual([15, 13, 1]);
  await expect(async () => {
    await compare(page).evaluate((figure) => figure.scrollIntoView({ block: "center" }));
    await expect(compare(page)).toBeInViewport({ timeout: 1_000 });
    for (const s of SCALINGS) {
      await expect(cell(page, s, "condition")).toHaveText(formatRatio(expected[s].condition), { timeout: 1_000 });
      await expect(cell(page, s, "steps-needed")).toHaveText(formatCount(expected[s].steps), { timeout: 1_000 });
      await expect(cell(page, s, "aim0")).toHaveText(`${Math.round(expected[s].aim!)}°`, { timeout: 1_000 });
    }
  }).toPass({ timeout: 15_000 });
  await expect(quantity(page, "condition")).toHaveText("1.00");
  await expect(quantity(page, "steps-needed")).toHaveText("1");
  // By keyboard: centred, then back to x as given, which leaves the link.
  await compare(page).getByRole("radio", { name: /standardised/ }).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(compare(page).getByRole("radio", { name: /centred/ })).toBeChecked();
  await expect(page).toHaveURL(/[?&]scale=center/);
  await expect(quantity(page, "condition")).toHaveText("5.92");
  await expect(quantity(page, "min-m")).toHaveText("1.38");
  await page.keyboard.press("ArrowLeft");
  await expect(page).not.toHaveURL(/scale=/);
  await expect(dataSpace(page).locator(".axis.bottom .label")).toHaveText("x");
  expect(await pointPositions(page)).toEqual(before);
  // The prose's jump: standardised, one full-batch step at the best rate lands on the bottom, where no step is left to aim.
  await page.getByRole("link", { name: "Standardise x and take that one step." }).click();
  await expect(page).toHaveURL(/scale=standardize/);
  await expect(quantity(page, "step")).toHaveText("1");
  await expect.poll(() => valueOf(page, "loss")).toBe(await valueOf(page, "min-loss"));
  await expect(lossSpace(page).locator("[data-quantity=aim]")).toHaveCount(0);
  await expect(lossSpace(page).locator("line.to-bottom")).toHaveCount(0);
});

test("a finger taps a point to draw its line, taps it away, and picks a scaling", async ({ browser }) => {
  test.slow();
  const { context, page } = await openPhone(browser, "?step=0");
  const circle = dataSpace(page).locator(".points circle").nth(3);
  await expect.poll(() => reach(dataSpace(page).locator("svg.overlay"))).not.toBeNull();
  const box = (await circle.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(async () => (await segments(pickedLine(page))).length).toBe(1);
  const plot = (await dataSpace(page).locator("rect.ground").boundingBox())!;
  await page.touchscreen.tap(plot.x + 4, plot.y + 4);
  await nonePicked(page);
  const radio = compare(page).getByRole("radio", { name: /standardised/ });
  const spot = await reach(radio);
  expect(spot).not.toBeNull();
  await page.touchscreen.tap(spot!.x, spot!.y);
  await expect(radio).toBeChecked();
  await expect(page).toHaveURL(/[?&]scale=standardize/);
  await context.close();
});


test("the reader's own points over ±1,000,000, in the dark: each scaling draws and sets every number, and a dragged point moves alone", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await openEssay(page, `?data=${wideData()}&method=sgd&step=1`);
  await lossSpace(page).getByRole("button", { name: "every point as a line" }).click();
  await dataSpace(page).getByRole("slider", { name: /data points/ }).focus();
  const ours = ["aim", "aim0", "condition", "lambda-min", "lr-best", "steps-needed", "x-shift", "x-scale", "own-min-m", "own-min-b", "gap1", "sxx", "sxy"];
  for (const scaling of SCALINGS) {
    await compare(page).getByRole("radio", { name: new RegExp(scaling === "none" ? "as given" : scaling === "center" ? "centred" : "standardised") }).check();
    // At this size a step at the essay's learning rate flies out at once; the bowl's own numbers stay set.
    const problems = (await nonFiniteProblems(page)).filter((p) => ours.some((name) => p.includes(`number ${name} `)));
    expect(problems, scaling).toEqual([]);
    expect(await typographyProblems(page), scaling).toEqual([]);
    expect(await lossSpace(page).locator(".bands path").count(), scaling).toBeGreaterThan(5);
    expect((await segments(lossSpace(page).locator("path.point-lines"))).length, scaling).toBeGreaterThan(0);
  }
  // The data's lines, the batch's and the aim stand out from the dark background.
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  for (const selector of ["path.point-lines", ".footprint path.batch", "line.to-bottom"]) {
    const colour = await lossSpace(page).locator(selector).first().evaluate((e) => getComputedStyle(e).stroke);
    expect(colour, selector).not.toBe(background);
    expect(colour, selector).not.toBe("none");
  }
  // Standardised x holds still while a point is dragged, so no other point jumps; let go, it follows the data.
  const shift = await valueOf(page, "x-shift");
  await editPoints(page);
  const handles = await handleCentres(page);
  const still = await pointPositions(page);
  const to = await plotAt(page, 0.5, 0.1);
  await page.mouse.move(handles[0]!.x, handles[0]!.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 5 });
  const moving = await pointPositions(page);
  expect(moving.filter((p, k) => p !== still[k]).length).toBe(1);
  await page.mouse.up();
  await expect.poll(() => valueOf(page, "x-shift")).not.toBe(shift);
});
