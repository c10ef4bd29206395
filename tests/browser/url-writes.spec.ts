import { test, expect, openEssay } from "./fixtures.ts";

test("a long scrub rewrites the URL about once a second, and ends on the final state", async ({ page }) => {
  await page.addInitScript(() => {
    const original = history.replaceState.bind(history);
    (window as unknown as { urlWrites: number }).urlWrites = 0;
    history.replaceState = (...args: Parameters<History["replaceState"]>) => {
      (window as unknown as { urlWrites: number }).urlWrites++;
      return original(...args);
    };
  });
  await openEssay(page);
  const changes = await page.evaluate(async () => {
    const slider = document.querySelector<HTMLInputElement>('input[type="range"][data-quantity="step"]')!;
    const started = performance.now();
    let changes = 0;
    // Two seconds of one change per frame, like a reader dragging a slider.
    while (performance.now() - started < 2000) {
      slider.value = String((changes % 50) + 1);
      slider.dispatchEvent(new Event("input", { bubbles: true }));
      changes++;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return changes;
  });
  const lastStep = ((changes - 1) % 50) + 1;
  await expect(page).toHaveURL(new RegExp(`[?&]step=${lastStep}$`));
  const writes = await page.evaluate(() => (window as unknown as { urlWrites: number }).urlWrites);
  expect(changes).toBeGreaterThan(20);
  // 2 s of changes with a write at least once a second is 2 writes, plus the last one; never one per change.
  expect(writes).toBeLessThanOrEqual(4);
  expect(writes).toBeGreaterThanOrEqual(2);
});

test("a refused history write does not break the page", async ({ page }) => {
  await page.addInitScript(() => {
    history.replaceState = () => {
      throw new DOMException("too many calls", "SecurityError");
    };
  });
  await openEssay(page);
  await page.locator('input[type="range"][data-quantity="step"]').first().fill("3");
  await expect(page.locator('[data-quantity="step"]:not(input):not([role="slider"])').first()).toHaveText("3");
});

test("a link with an empty query is rewritten to the bare page, keeping its hash", async ({ page }) => {
  await openEssay(page, "?#top");
  await expect(page).toHaveURL(/\/#top$/);
  await openEssay(page, "?");
  await expect(page).toHaveURL(/\/$/);
});
