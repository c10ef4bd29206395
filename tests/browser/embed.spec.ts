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
