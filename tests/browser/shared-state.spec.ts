import { test, expect, openEssay } from "./fixtures.ts";

test("a change in one island shows in every island's numbers on screen before the next frame, and in those far off screen once the page is idle", async ({ page }) => {
  await openEssay(page);
  const seen = await page.evaluate(async () => {
    const numbers = Array.from(document.querySelectorAll<HTMLElement>('[data-quantity="step"]:not(input):not([role="slider"])'));
    const islands = new Set(Array.from(document.querySelectorAll('[data-quantity="step"]'), (e) => e.closest("astro-island")));
    // On screen: inside the viewport, not in KaTeX's MathML copy (read by screen readers, never seen).
    const onScreen = (e: HTMLElement) => {
      const box = e.getBoundingClientRect();
      return !e.closest(".katex-mathml") && box.width > 0 && box.bottom > 0 && box.top < innerHeight;
    };
    const slider = document.querySelector<HTMLInputElement>('input[type="range"][data-quantity="step"]')!;
    slider.value = "2";
    slider.dispatchEvent(new Event("input", { bubbles: true }));
    // Svelte flushes in a microtask; a frame callback runs after it, before anything is painted.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const shown = numbers.filter(onScreen).map((e) => e.textContent);
    // The page's next idle moment (or at most a second on).
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { islands: islands.size, shown, all: numbers.map((e) => e.textContent), far: numbers.length - shown.length };
  });
  expect(seen.islands).toBeGreaterThan(1);
  expect(seen.shown.length, "step numbers on screen").toBeGreaterThan(0);
  expect(seen.far, "step numbers far off screen").toBeGreaterThan(0);
  for (const text of seen.shown) expect(text).toBe("2");
  for (const text of seen.all) expect(text).toBe("2");
});
