import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { test, expect, openEssay } from "./fixtures.ts";

// Saving a figure (its "Save" panel): an SVG as shown, with the page's colours and fonts, and a PNG at twice
// its size. Each test saves several figures from one page load.

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** What a saved SVG holds, read by the page's own XML parser. */
interface SvgFacts {
  readonly parses: boolean;
  readonly width: number;
  readonly height: number;
  readonly marks: number;
  readonly title: string;
  readonly fonts: boolean;
  readonly embedded: boolean;
  readonly colours: number;
  readonly images: number;
}

/** save(page, figure, format) presses the figure's Save and the format's button, and returns the downloaded file's name and bytes. */
async function save(figure: Locator, format: "SVG" | "PNG"): Promise<{ name: string; bytes: Buffer }> {
  const page = figure.page();
  const trigger = figure.locator("[data-figure-actions] > button.trigger");
  await trigger.scrollIntoViewIfNeeded();
  await trigger.click();
  await expect(trigger).toHaveAttribute("aria-expanded", "true");
  const panel = figure.getByRole("group", { name: /^Save .* as$/ });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    panel.getByRole("button", { name: format === "SVG" ? "SVG" : "PNG at 2×" }).click(),
  ]);
  await expect(trigger).toHaveAttribute("aria-expanded", "false");
  await expect(trigger).toBeFocused();
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

/**
 * facts(page, text) is what the page's XML parser finds in a saved SVG. Its <style> (the embedded faces) is
 * read here and cut out before parsing: a document the page parses falls under the page's policy, which
 * refuses an inline style element.
 */
async function facts(page: Page, text: string): Promise<SvgFacts> {
  const style = /<style>([\s\S]*?)<\/style>/.exec(text)?.[1] ?? "";
  const found = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "image/svg+xml");
    const svg = doc.documentElement;
    const styled = [...doc.querySelectorAll("[style]")].map((el) => el.getAttribute("style")!);
    return {
      parses: svg.nodeName === "svg" && doc.getElementsByTagName("parsererror").length === 0,
      width: Number(svg.getAttribute("width")),
      height: Number(svg.getAttribute("height")),
      marks: doc.querySelectorAll("path, circle, line, polyline, rect, text").length,
      title: doc.querySelector("title")?.textContent ?? "",
      fonts: styled.some((s) => /font-family:[^;]*Source Sans 3/.test(s)),
      colours: new Set(styled.flatMap((s) => s.match(/(?:fill|stroke):rgb\([^)]*\)/g) ?? [])).size,
      images: doc.querySelectorAll("image").length,
    };
  }, text.replace(/<style>[\s\S]*?<\/style>/, ""));
  return { ...found, embedded: /@font-face\s*{[^}]*Source Sans 3[^}]*data:font\/woff2;base64,/.test(style) };
}

/** pngSize(bytes) is a PNG's width and height from its header, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)], "the PNG signature").toEqual(PNG_SIGNATURE);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Saves the figure both ways and checks both files against what the page shows; returns the SVG's facts. */
async function savesBothWays(figure: Locator, name: string, title: string): Promise<SvgFacts> {
  const svg = await save(figure, "SVG");
  expect(svg.name).toBe(`${name}.svg`);
  const found = await facts(figure.page(), svg.bytes.toString("utf8"));
  expect(found.parses, `${name}.svg parses`).toBe(true);
  expect(found.title).toBe(title);
  expect(found.fonts, `${name}.svg names the essay's face`).toBe(true);
  expect(found.embedded, `${name}.svg carries the face itself`).toBe(true);
  expect(found.colours, `${name}.svg keeps the figure's colours`).toBeGreaterThan(2);
  // As wide as the figure's plot on the page.
  const plot = await figure.evaluate((el) => Math.max(...[...el.querySelectorAll("svg, canvas")].map((s) => s.getBoundingClientRect().width)));
  expect(found.width).toBeGreaterThanOrEqual(Math.floor(plot));

  const png = await save(figure, "PNG");
  expect(png.name).toBe(`${name}.png`);
  expect(pngSize(png.bytes)).toEqual({ width: Math.round(found.width * 2), height: Math.round(found.height * 2) });
  return found;
}

test("the first view's figures save as SVG and as PNG at twice their size, as shown", async ({ page }) => {
  await openEssay(page, "?step=3");
  const loss = page.locator('[data-figure="loss-space"]');
  const lossFile = await savesBothWays(loss, "loss-space", "Loss space");
  // The contour's rings, the path and the markers.
  expect(lossFile.marks).toBeGreaterThan(20);
  expect(await loss.locator(".figure-stage svg").first().isVisible()).toBe(true);

  const data = page.locator('[data-figure="data-space"]');
  const dataFile = await savesBothWays(data, "data-space", "Data space");
  // Every point of the article's data, the line and the axes.
  const points = await data.locator(".points circle").count();
  expect(dataFile.marks).toBeGreaterThan(points);

  // Escape closes the panel and hands the focus back.
  const trigger = loss.locator("[data-figure-actions] > button.trigger");
  await trigger.click();
  await expect(loss.getByRole("button", { name: "SVG" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(trigger).toHaveAttribute("aria-expanded", "false");
  await expect(trigger).toBeFocused();
});

test("the other figures save too: the loss curve, the comparison and the three scalings", async ({ page }) => {
  await openEssay(page);
  await savesBothWays(page.locator('[data-figure="loss-curve"]'), "loss-curve", "Loss at each step");
  await savesBothWays(page.locator('[data-figure="comparison"]'), "comparison", "Full batch, stochastic and mini-batch from the same start");
  await savesBothWays(page.locator('[data-figure="scale-compare"]'), "scale-compare", "One fit, x measured three ways");
});

test("chapter 7's basins map saves with every basin's colour", async ({ page }) => {
  await openEssay(page, "#many-valleys");
  const basins = page.locator('[data-figure="basins"]');
  await basins.scrollIntoViewIfNeeded();
  await expect(basins.locator("[data-basins-status]")).toHaveText("128 × 128 starts", { timeout: 10_000 });
  const map = await savesBothWays(basins, "basins", "Where descent ends from each start");
  // Every valley's basin in its own colour.
  expect(map.colours).toBeGreaterThan(4);
});
