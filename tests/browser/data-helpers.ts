import { expect, type Locator, type Page } from "@playwright/test";
import { datasetFromPoints, leastSquares, lossFromStats, summarize, type Dataset } from "../../src/engine/index.ts";
import { decodeData, encodeData } from "../../src/state/data-codec.ts";
import { MAX_COORDINATE } from "../../src/state/data-limits.ts";
import { formatLoss, formatNumber } from "../../src/format/numbers.ts";

/** The data-space figure. */
export const dataSpace = (page: Page) => page.locator('[data-figure="data-space"]');
/** The loss-space figure. */
export const lossSpace = (page: Page) => page.locator('[data-figure="loss-space"]');
/** The data panel in the playground chapter. */
export const dataPanel = (page: Page) => page.getByRole("group", { name: "The data" });
/** The point editor's keyboard target (present only while points are editable). */
export const pointEditor = (page: Page) => dataSpace(page).getByRole("application", { name: /Data points, editable/ });

/**
 * Opens the essay and waits for every island that hydrates on load or at idle (the data panel is one of
 * the later islands: a click on its server-rendered button before it hydrates does nothing).
 */
export async function openData(page: Page, query = ""): Promise<void> {
  await page.goto(`./${query}`);
  await page.waitForFunction(
    () => document.querySelectorAll('astro-island[ssr]:is([client="load"], [client="idle"], [client="near"])').length === 0,
  );
}

/** Turns point editing on in the data space. */
export async function editPoints(page: Page): Promise<void> {
  const toggle = dataSpace(page).getByRole("button", { name: "edit points" });
  await toggle.click();
  await toggle.scrollIntoViewIfNeeded();
}

/** The page position of each point's grab handle, in data order. */
export async function handleCentres(page: Page): Promise<{ x: number; y: number }[]> {
  const handles = dataSpace(page).locator("circle.handle");
  const boxes = await handles.evaluateAll((els) => els.map((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }));
  return boxes;
}

/** The page position at fractions (fx across, fy down) of the data-space plot. */
export async function plotAt(page: Page, fx: number, fy: number): Promise<{ x: number; y: number }> {
  const box = (await dataSpace(page).locator("rect.add-area").boundingBox())!;
  return { x: box.x + fx * box.width, y: box.y + fy * box.height };
}

/** The points the page's link carries, or null when it carries none. */
export function dataInLink(page: Page): Dataset | null {
  const text = new URL(page.url()).searchParams.get("data");
  if (text === null) return null;
  const decoded = decodeData(text);
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.data;
}

/** How the loss-space description names the bottom of the bowl for this data, computed by the engine. */
export function bottomText(data: Dataset): string {
  const stats = summarize(data);
  const min = leastSquares(stats)!;
  return `the bottom of the bowl is ${formatLoss(lossFromStats(stats, min))}, at m = ${formatNumber(min.m, 2)}, b = ${formatNumber(min.b, 2)}`;
}

/** The text of a locator, or "" when it has none. */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.textContent()) ?? "";
}

/**
 * Waits until the link (written a little after each change) carries the data on screen, judged by the bowl's
 * bottom the engine computes from the link's points, and returns those points.
 */
export async function linkedData(page: Page): Promise<Dataset> {
  await expect.poll(async () => {
    const data = dataInLink(page);
    return data !== null && (await textOf(lossSpace(page).locator("figcaption"))).includes(bottomText(data));
  }).toBe(true);
  return dataInLink(page)!;
}

/** Twelve points spread to the coordinates' limits, as link data: axes, residuals and losses (about 4 × 10¹¹) reach their largest. */
export function wideData(): string {
  const points: [number, number][] = [];
  for (let i = 0; i < 12; i++) {
    const x = -MAX_COORDINATE + (2 * MAX_COORDINATE * i) / 11;
    points.push([x, (i % 3) * 400_000 - MAX_COORDINATE * 0.4 + x * 0.3]);
  }
  const encoded = encodeData(datasetFromPoints(points));
  if (!encoded.ok) throw new Error(encoded.error);
  return encoded.text;
}
