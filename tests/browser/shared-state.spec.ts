import { test, expect, openEssay } from "./fixtures.ts";

test("a change in one island shows in every island's live numbers before the next frame", async ({ page }) => {
  await openEssay(page);
  const seen = await page.evaluate(async () => {
    const read = () =>
      Array.from(document.querySelectorAll<HTMLElement>('[data-quantity="step"]:not(input):not([role="slider"])'), (e) => e.textContent);
    const islands = new Set(
      Array.from(document.querySelectorAll('[data-quantity="step"]'), (e) => e.closest("astro-island")),
    );
    const slider = document.querySelector<HTMLInputElement>('input[type="range"][data-quantity="step"]')!;
    slider.value = "2";
    slider.dispatchEvent(new Event("input", { bubbles: true }));
    // Svelte flushes in a microtask; a frame callback runs after it, before anything is painted.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return { islands: islands.size, texts: read() };
  });
  expect(seen.islands).toBeGreaterThan(1);
  expect(seen.texts.length).toBeGreaterThan(0);
  for (const text of seen.texts) expect(text).toBe("2");
});
