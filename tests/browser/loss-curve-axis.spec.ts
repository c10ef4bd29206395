import { wideData } from "./data-helpers.ts";
import { test, expect, openEssay } from "./fixtures.ts";

/** Twelve points spread to the coordinates' limits, whose losses run to about 4 × 10¹¹. */
const WIDE = wideData();

/**
 * Every label of the loss curve's axes, as boxes in the page, with the curve's own box (which clips its paint)
 * and where its loss axis's ticks end in the page: 44 of its units in from the left (the plot starts at 48).
 */
async function curveLabels(page: import("@playwright/test").Page) {
  return page.locator('[data-figure="loss-curve"] svg').evaluate((svg) => {
    const r = svg.getBoundingClientRect();
    const box = { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    const unit = (svg as SVGSVGElement).getScreenCTM()!.a;
    const ticksEnd = r.left + 44 * unit;
    const labels = [...svg.querySelectorAll("text")].map((t) => {
      const b = t.getBoundingClientRect();
      return { text: t.textContent ?? "", left: b.left, right: b.right, top: b.top, bottom: b.bottom };
    });
    return { box, labels, ticksEnd };
  });
}

for (const [device, viewport] of [["a phone", { width: 390, height: 844 }], ["a laptop", { width: 1280, height: 800 }]] as const) {
  test(`on ${device}, the loss curve's log axis keeps its title and every tick whole and apart, from a loss of 3.5 to 10⁷`, async ({ browser }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    // Diverging: the losses span 20.5 to 1.36 × 10⁷, on a log axis with ticks from 100 to 10⁷.
    await openEssay(page, "?lr=0.2&step=16");
    await page.locator('[data-figure="loss-curve"]').scrollIntoViewIfNeeded();
    const { box, labels, ticksEnd } = await curveLabels(page);
    const title = labels.find((l) => l.text === "loss (log)");
    expect(title, "the log axis title").toBeDefined();
    const ticks = labels.filter((l) => l !== title && l.right < ticksEnd);
    expect(ticks.map((t) => t.text)).toContain("10³");
    for (const label of [title!, ...ticks]) {
      expect(label.left, `${label.text} inside the curve`).toBeGreaterThanOrEqual(box.left);
      expect(label.top, `${label.text} inside the curve`).toBeGreaterThanOrEqual(box.top - 0.5);
    }
    for (const tick of ticks) expect(tick.left, `${tick.text} clear of the title`).toBeGreaterThan(title!.right);
    await context.close();
  });
}

test("with data spread to ±1,000,000 the loss curve counts its losses in a power of ten, every label whole and apart", async ({ page }) => {
  await openEssay(page, `?data=${WIDE}&step=2`);
  await page.locator('[data-figure="loss-curve"]').scrollIntoViewIfNeeded();
  const { box, labels, ticksEnd } = await curveLabels(page);
  const title = labels.find((l) => l.text.startsWith("loss"));
  expect(title?.text).toBe("loss (× 10¹⁰)");
  const ticks = labels.filter((l) => l.right < ticksEnd && l !== title);
  expect(ticks.map((t) => t.text)).toEqual(["0", "10", "20", "30", "40"]);
  for (const label of [title!, ...ticks]) expect(label.left, `${label.text} inside the curve`).toBeGreaterThanOrEqual(box.left);
  for (const tick of ticks) expect(tick.left, `${tick.text} clear of the title`).toBeGreaterThan(title!.right);
});
