import { test, expect, openEssay } from "../fixtures.ts";
import { hydrateEverything } from "./page-checks.ts";

/**
 * The faces the essay ships, as the font files name themselves: its text faces (src/styles/fonts.css)
 * and the KaTeX fonts its formulas use. Any other family is a system font standing in for a missing one.
 */
const SHIPPED = /^(Source Serif 4 Variable|SourceSans3VF|KaTeX_\w+)$/;

test("every visible text on the page renders in a face the essay ships, glyph by glyph", async ({ page }) => {
  // A corrected link, so its notice is on the page too.
  await openEssay(page, "?m=NaN&step=3");
  await hydrateEverything(page);
  const probed = await page.evaluate(async () => {
    // Every chapter laid out, every face it asks for loaded.
    for (const section of document.querySelectorAll<HTMLElement>(".prose > section")) section.style.contentVisibility = "visible";
    await document.fonts.ready;
    // Text a reader can see: not in a box clipped to a pixel, as screen-reader-only text and KaTeX's MathML are.
    const hidden = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        const box = e.getBoundingClientRect();
        if (style.visibility === "hidden" || style.display === "none") return true;
        if (style.overflow !== "visible" && box.width <= 1 && box.height <= 1) return true;
      }
      return false;
    };
    let count = 0;
    for (const el of document.body.querySelectorAll("*")) {
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!ownText || el.closest("script, style, noscript") || hidden(el)) continue;
      el.setAttribute("data-face-probe", "");
      count++;
    }
    return count;
  });
  expect(probed).toBeGreaterThan(300);

  // Chromium reports, for each element, the fonts that drew its glyphs (not the CSS it asked for).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeIds } = await cdp.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector: "[data-face-probe]" });
  const strangers: string[] = [];
  let checked = 0;
  for (const nodeId of nodeIds) {
    // A few are redrawn while this runs (live numbers, timings as they arrive); those are skipped.
    const found = await cdp.send("CSS.getPlatformFontsForNode", { nodeId }).catch(() => null);
    if (!found) continue;
    checked++;
    const others = found.fonts.filter((f) => !SHIPPED.test(f.familyName));
    if (others.length === 0) continue;
    const { outerHTML } = await cdp.send("DOM.getOuterHTML", { nodeId });
    strangers.push(`${others.map((f) => `${f.familyName} (${f.glyphCount} glyphs)`).join(", ")} in ${outerHTML.slice(0, 120)}`);
  }
  expect(checked).toBeGreaterThan(probed * 0.9);
  expect(strangers, "text drawn in a face the essay does not ship").toEqual([]);
});
