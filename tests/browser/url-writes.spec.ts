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
  const scrub = await page.evaluate(async () => {
    const slider = document.querySelector<HTMLInputElement>('input[type="range"][data-quantity="step"]')!;
    const started = performance.now();
    let changes = 0;
    let last = started;
    // Gaps between changes long enough for the page to count the scrub as paused (a busy machine can
    // hold a frame that long); each may rightly write the URL once.
    let pauses = 0;
    // Two seconds of one change per frame, like a reader dragging a slider up and back down its track.
    // The value never comes back to one the URL holds within the scrub: a change back to the written
    // state leaves nothing to write, and the wait for the next write starts again.
    const at = (k: number) => 1 + Math.abs(((k + 99) % 198) - 99);
    while (performance.now() - started < 2000) {
      slider.value = String(at(changes));
      slider.dispatchEvent(new Event("input", { bubbles: true }));
      changes++;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      if (now - last >= 250) pauses++;
      last = now;
    }
    return { changes, pauses, seconds: (performance.now() - started) / 1000, last: at(changes - 1) };
  });
  await expect(page).toHaveURL(new RegExp(`[?&]step=${scrub.last}$`));
  const writes = await page.evaluate(() => (window as unknown as { urlWrites: number }).urlWrites);
  expect(scrub.changes).toBeGreaterThan(5);
  // A write at least once a second of changes (2 in 2 s), plus the last one, plus one for each pause the
  // machine made; never one per change.
  expect(writes).toBeLessThanOrEqual(Math.ceil(scrub.seconds) + 1 + scrub.pauses);
  expect(writes).toBeLessThan(scrub.changes);
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
