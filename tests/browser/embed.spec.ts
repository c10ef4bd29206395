import type { Page } from "@playwright/test";
import { test, expect, quantity } from "./fixtures.ts";
import { nonFiniteProblems } from "./quality/page-checks.ts";

/** Opens an embed page at a query and waits until its figure has hydrated. */
async function openEmbed(page: Page, figure: string, query = ""): Promise<void> {
  await page.goto(`./embed/${figure}/${query}`);
  await page.waitForSelector("html[data-embed=ready]");
}

test("the loss space's embed page shows that figure alone, scrubs by keyboard and links back at the same state", async ({ page }) => {
  await openEmbed(page, "loss-space", "?m=1&b=2&step=2");
  await expect(page.locator("[data-figure]")).toHaveCount(1);
  await expect(page.locator('[data-figure="loss-space"]')).toBeVisible();
  await expect(quantity(page, "step")).toHaveText("2");
  const slope = page.getByRole("slider", { name: "starting slope m" });
  await expect(slope).toHaveAttribute("aria-valuenow", "1");
  const marker = page.locator('[data-figure="loss-space"]');
  const before = await marker.innerHTML();
  await slope.focus();
  await page.keyboard.press("ArrowRight");
  await expect(slope).toHaveAttribute("aria-valuenow", "1.1");
  await expect.poll(() => marker.innerHTML()).not.toBe(before);
  await expect(page).toHaveURL(/\/embed\/loss-space\/\?m=1\.1&b=2&step=2$/);
  const back = page.getByRole("link", { name: /Open in the essay/ });
  await expect(back).toHaveAttribute("href", "/?m=1.1&b=2&step=2#landscape");
  await expect(back).toHaveAttribute("target", "_blank");
  expect(await nonFiniteProblems(page)).toEqual([]);
});

test("the comparison's embed page runs the three methods from the embed's start and links back to its chapter", async ({ page }) => {
  await openEmbed(page, "comparison", "?step=3");
  const figure = page.locator('[data-figure="comparison"]');
  await expect(figure).toBeVisible();
  await expect(page.locator('[data-figure="loss-space"], [data-figure="data-space"], [data-figure="basins"]')).toHaveCount(0);
  const before = await figure.innerHTML();
  const intercept = page.getByRole("slider", { name: "starting intercept b" });
  await intercept.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(intercept).toHaveAttribute("aria-valuenow", "2.4");
  await expect.poll(() => figure.innerHTML()).not.toBe(before);
  await expect(page).toHaveURL(/\/embed\/comparison\/\?b=2\.4&step=3$/);
  await expect(page.getByRole("link", { name: /Open in the essay/ })).toHaveAttribute("href", "/?b=2.4&step=3#full-batch");
  expect(await nonFiniteProblems(page)).toEqual([]);
});

test("the basins map's embed page is of the wave, recolours for another rate and links back to chapter 7", async ({ page }) => {
  await openEmbed(page, "basins");
  // A link of no model opens the wave, the map's model, as its chapter does.
  await expect(page).toHaveURL(/\/embed\/basins\/\?model=valleys$/);
  const map = page.locator('[data-figure="basins"]');
  await expect(map.locator("[data-basins-status]")).toHaveText("128 × 128 starts", { timeout: 10_000 });
  await expect(page.locator(".embed-start")).toContainText("ω0 =");
  const before = await map.locator("svg").first().innerHTML();
  const rate = page.getByRole("slider", { name: "learning rate" });
  await rate.focus();
  await page.keyboard.press("Shift+ArrowRight");
  await expect(page).toHaveURL(/\/embed\/basins\/\?model=valleys&lr=0\.06$/);
  await expect(map.locator("[data-basins-status]")).toHaveText("128 × 128 starts", { timeout: 10_000 });
  await expect.poll(() => map.locator("svg").first().innerHTML()).not.toBe(before);
  await expect(page.getByRole("link", { name: /Open in the essay/ })).toHaveAttribute("href", "/?model=valleys&lr=0.06#many-valleys");
  expect(await nonFiniteProblems(page)).toEqual([]);
});
