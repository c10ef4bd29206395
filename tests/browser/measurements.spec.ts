import { test, expect, openEssay } from "./fixtures.ts";

// A clock too coarse for the runs (privacy modes round it) is the timing's unit test's (speed-looks.test.ts):
// the times are taken on a worker thread, where a page's script cannot reach the clock.
test("the grid's cost and the full pass's time are measured on every load, as the reader reaches them", async ({ page }) => {
  test.slow();
  for (let load = 0; load < 4; load++) {
    await openEssay(page);
    for (const selector of ['[data-grid="time"]', "[data-pass-points]"]) {
      const shown = page.locator(selector).first();
      await shown.scrollIntoViewIfNeeded();
      await expect(shown, `${selector}, load ${load + 1}`).toHaveText(/^\d[\d.,]* ?(ns|µs|ms|s|seconds?|minutes?|hours?|days?|years?)$/, { timeout: 8000 });
    }
  }
});

test("at 500,000 points the prose's full pass and the table's full-batch step are one measurement, shown once", async ({ page }) => {
  test.slow();
  await openEssay(page, "?n=500000");
  const table = page.locator('[data-figure="comparison"] tr[data-cost="step-time"] td[data-method="batch"]');
  const prose = page.locator("[data-pass-points]").first();
  await table.scrollIntoViewIfNeeded();
  await expect(table).toHaveText(/^\d[\d.,]* (ns|µs|ms|s)$/, { timeout: 15_000 });
  await expect(prose).toHaveText((await table.textContent())!.trim());
});
