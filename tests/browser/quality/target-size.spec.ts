import { test, expect, openEssay } from "../fixtures.ts";
import { hydrateEverything } from "./page-checks.ts";

/** WCAG 2.2's minimum target size (2.5.8), in CSS pixels. */
const MINIMUM = 24;

/**
 * Every control a reader can press, drag or tap that is smaller than 24 × 24 CSS pixels, measured as drawn
 * (an SVG line by its stroke, scaled to the screen). Links inside a sentence are exempt, as WCAG exempts them.
 */
async function smallTargets(page: import("@playwright/test").Page): Promise<string[]> {
  return page.evaluate((minimum) => {
    const controls = document.querySelectorAll<Element>(
      'button, input:not([type="hidden"]), select, textarea, summary, [role="slider"], [role="button"], [role="switch"], [role="radio"], [role="application"], [tabindex="0"], a[href]',
    );
    const small: string[] = [];
    for (const el of controls) {
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden" || el.closest("[hidden], [inert]")) continue;
      if (el.tagName === "A" && el.closest("p, li") && !el.closest("nav")) continue;
      // A radio button or checkbox is pressed through its label too: the label is its target.
      const label = el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox") ? el.closest("label") : null;
      let { width, height } = (label ?? el).getBoundingClientRect();
      if (width === 0 && height === 0) continue;
      if (el instanceof SVGGeometryElement && el.tagName === "line") {
        const scale = (el.ownerSVGElement?.getScreenCTM()?.a ?? 1);
        const stroke = parseFloat(style.strokeWidth) * scale;
        width = Math.max(width, stroke);
        height = Math.max(height, stroke);
      }
      if (width < minimum - 0.5 || height < minimum - 0.5) {
        const name = el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 40) ?? "";
        small.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}"> "${name}": ${width.toFixed(1)} × ${height.toFixed(1)}`);
      }
    }
    return small;
  }, MINIMUM);
}

for (const [device, viewport] of [["a phone", { width: 390, height: 844 }], ["a laptop", { width: 1280, height: 800 }]] as const) {
  test(`every control is at least 24 × 24 CSS pixels on ${device}, the one-digit numbers in the prose included`, async ({ browser }) => {
    test.slow();
    const context = await browser.newContext({ viewport, hasTouch: device === "a phone" });
    const page = await context.newPage();
    await openEssay(page, "?step=1");
    await hydrateEverything(page);
    expect(await smallTargets(page)).toEqual([]);
    // The editor's point handles and the bowl appear only when asked for.
    await page.locator('[data-figure="data-space"]').getByRole("button", { name: "edit points" }).click();
    await page.locator('[data-figure="loss-space"]').getByRole("button", { name: "bowl (3D)" }).click();
    expect(await smallTargets(page)).toEqual([]);
    await context.close();
  });
}
