import { test, expect, openEssay } from "./fixtures.ts";
import type { Page } from "@playwright/test";

/**
 * A figure's SVG as text, with what changes from build to build taken out: Svelte's style hashes,
 * its hydration comments and generated ids. What is left is what a reader's browser draws.
 */
async function svgMarkup(page: Page, figure: string): Promise<string> {
  const layers = await page.locator(`[data-figure="${figure}"] svg`).evaluateAll((els) => els.map((el) => el.outerHTML));
  const html = layers.join("");
  return `${html
    .replace(/<!--.*?-->/gs, "")
    // Svelte's scoped-style classes are "s-" and a hash (svelte.config.js cssHash); only in class="".
    .replace(/ class="([^"]*)"/g, (_, names: string) => ` class="${names.replace(/(^|\s+)s-[a-z0-9]+\b/g, "").trim()}"`)
    .replace(/ class=""/g, "")
    .replace(/(id="|url\(#)[^"()]*?(-clip)/g, "$1ID$2")
    // $props.id()'s ids ("s2-s3-readout") number the islands in page order.
    .replace(/\bs\d+(-s\d+)+-/g, "ID-")
    .replace(/></g, ">\n<")}\n`;
}

test.describe("at the article's start, with JavaScript", () => {
  // One page load for both: the two figures of the same page.
  test("the loss space's and the data space's SVGs match their snapshots", async ({ page }) => {
    await openEssay(page);
    expect(await svgMarkup(page, "loss-space")).toMatchSnapshot("loss-space.svg.txt");
    expect(await svgMarkup(page, "data-space")).toMatchSnapshot("data-space.svg.txt");
  });
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("both figures render as static SVG at the start, the same SVG the page hydrates into", async ({ page }) => {
    await page.goto("./");
    expect(await page.locator('[data-figure="loss-space"] .bands path').count()).toBeGreaterThanOrEqual(10);
    await expect(page.locator('[data-figure="data-space"] .points circle')).toHaveCount(40);
    const residuals = (await page.locator('[data-figure="data-space"] .residuals path.bars').getAttribute("d")) ?? "";
    expect(residuals.match(/M/g)).toHaveLength(40);
    await expect(page.locator('[data-figure="loss-space"] figcaption')).toContainText("the line y = −0.30x + 2.50 has loss 20.5");
    // Switches that need the island are not offered: a reader without scripts sees no control that does nothing.
    await expect(page.getByRole("button", { name: "bowl (3D)" })).toBeHidden();
    await expect(page.getByRole("button", { name: "squared residuals" })).toBeHidden();
    expect(await svgMarkup(page, "loss-space")).toMatchSnapshot("loss-space.svg.txt");
    expect(await svgMarkup(page, "data-space")).toMatchSnapshot("data-space.svg.txt");
  });
});
