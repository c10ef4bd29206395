import AxeBuilder from "@axe-core/playwright";
import type { Result } from "axe-core";
import { test, expect, openEssay } from "../fixtures.ts";
import { hydrateEverything, renderEveryChapter } from "./page-checks.ts";

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const VIEWPORTS = [
  { label: "desktop", width: 1280, height: 800 },
  { label: "phone", width: 360, height: 740 },
] as const;

/** One line per failing rule with the first few offending elements, so a failure reads on its own. */
function describeViolations(violations: Result[]): string[] {
  return violations.map((v) => {
    const nodes = v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")}: ${n.failureSummary?.replace(/\s+/g, " ")}`);
    return `${v.id} (${v.impact}, ${v.nodes.length} elements): ${v.help} — ${nodes.join(" | ")}`;
  });
}

// Each theme once and each size once: colour contrast depends on the theme, target sizes and overlaps on the
// size, and neither on the other (a whole-page axe run costs some 15 s of a loaded machine).
for (const [colorScheme, viewport] of [["light", VIEWPORTS[0]], ["dark", VIEWPORTS[1]]] as const) {
  test(`axe finds no WCAG 2.2 A/AA violation, ${colorScheme} theme, ${viewport.label} ${viewport.width}×${viewport.height}`, async ({ page }) => {
    test.slow(); // axe over a page of two thousand elements is heavy on a busy machine
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
    await openEssay(page, "?m=0.5&step=3");
    await hydrateEverything(page);
    await renderEveryChapter(page);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.passes.length, "rules axe checked and passed").toBeGreaterThan(10);
    expect(describeViolations(results.violations)).toEqual([]);
  });
}

test("axe finds no violation while a link's corrections are on show", async ({ page }) => {
  test.slow();
  await openEssay(page, "?m=NaN&step=99999");
  await expect(page.getByRole("status").filter({ hasText: "slope" }).first()).toBeVisible();
  // The notices and the numbers they corrected; the page around them is the tests' above.
  const results = await new AxeBuilder({ page }).withTags(TAGS).include("[data-notices]").include(".two-spaces").analyze();
  expect(results.passes.length, "rules axe checked and passed").toBeGreaterThan(5);
  expect(describeViolations(results.violations)).toEqual([]);
});
