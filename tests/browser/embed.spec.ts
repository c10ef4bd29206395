import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, openEssay, quantity } from "./fixtures.ts";
import { nonFiniteProblems } from "./quality/page-checks.ts";

/** Opens an embed page at a query and waits until its figure has hydrated. */
async function openEmbed(page: Page, figure: string, query = ""): Promise<void> {
  await page.goto(`./embed/${figure}/${query}`);
  await page.waitForSelector("html[data-embed=ready]");
}

/** Axe finds no WCAG 2.2 A/AA violation on the page as it is. */
async function expectNoAxeViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
}

test("the loss space's embed page shows that figure alone, scrubs by keyboard and links back at the same state", async ({ page }) => {
  await openEmbed(page, "loss-space", "?m=1&b=2&step=2");
  await expect(page.locator("[data-figure]")).toHaveCount(1);
  await expect(page.locator('[data-figure="loss-space"]')).toBeVisible();
  await expect(quantity(page, "step")).toHaveText("2");
  const slope = page.getByRole("slider", { name: "starting slope m" });
  await expect(slope).toHaveValue("1");
  const marker = page.locator('[data-figure="loss-space"]');
  const before = await marker.innerHTML();
  await slope.focus();
  await page.keyboard.press("ArrowRight");
  await expect(slope).toHaveValue("1.1");
  await expect(quantity(page, "m0")).toHaveText("1.10");
  await expect.poll(() => marker.innerHTML()).not.toBe(before);
  await expect(page).toHaveURL(/\/embed\/loss-space\/\?m=1\.1&b=2&step=2$/);
  const back = page.getByRole("link", { name: /Open in the essay/ });
  await expect(back).toHaveAttribute("href", "/?m=1.1&b=2&step=2#landscape");
  await expect(back).toHaveAttribute("target", "_blank");
  expect(await nonFiniteProblems(page)).toEqual([]);
  await expectNoAxeViolations(page);
});

test("the comparison's embed page runs the three methods from the embed's start, fits a phone in the reader's stored theme and links back to its chapter", async ({ page }) => {
  // A reader who chose the dark theme in the essay sees embeds (same origin, same storage) dark too, on a phone.
  await page.addInitScript(() => localStorage.setItem("loss-space-theme", "dark"));
  await page.setViewportSize({ width: 320, height: 740 });
  await openEmbed(page, "comparison", "?step=3");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const figure = page.locator('[data-figure="comparison"]');
  await expect(figure).toBeVisible();
  await expect(page.locator('[data-figure="loss-space"], [data-figure="data-space"], [data-figure="basins"]')).toHaveCount(0);
  const before = await figure.innerHTML();
  const intercept = page.getByRole("slider", { name: "starting intercept b" });
  await intercept.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(intercept).toHaveValue("2.4");
  await expect.poll(() => figure.innerHTML()).not.toBe(before);
  await expect(page).toHaveURL(/\/embed\/comparison\/\?b=2\.4&step=3$/);
  await expect(page.getByRole("link", { name: /Open in the essay/ })).toHaveAttribute("href", "/?b=2.4&step=3#full-batch");
  expect(await nonFiniteProblems(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), "no sideways scrolling at 320 px").toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
});

test("the basins map's embed page is of the wave, recolours for another rate and links back to chapter 7", async ({ page }) => {
  await openEmbed(page, "basins");
  // A link of no model opens the wave, the map's model, as its chapter does.
  await expect(page).toHaveURL(/\/embed\/basins\/\?model=valleys$/);
  const map = page.locator('[data-figure="basins"]');
  await expect(map.locator("[data-basins-status]")).toHaveText("128 × 128 starts", { timeout: 10_000 });
  await expect(page.locator(".embed-start")).toContainText("ω₀");
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

test("the essay's figure copies its embed code, which shows that figure at the same state in a page elsewhere, scrubbable, with a way back", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openEssay(page, "?m=0.5&step=2");
  const loss = page.locator('[data-figure="loss-space"]').first();
  const trigger = loss.getByRole("button", { name: "Save or embed the loss space" });
  await trigger.click();
  const copy = loss.getByRole("button", { name: "Copy embed code" });
  await copy.click();
  // Seen on the button, heard through the actions' live region.
  await expect(loss.getByRole("button", { name: "Embed code copied" })).toBeVisible();
  await expect(loss.locator("[data-figure-actions] [role=status]")).toHaveText(/Embed code for the loss space copied/);
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  const origin = new URL(page.url()).origin;
  expect(snippet).toBe(
    `<iframe src="${origin}/embed/loss-space/?m=0.5&amp;step=2" title="The loss space: every slope and intercept, and its loss" ` +
      `width="100%" height="980" loading="lazy" style="border:0"></iframe>`,
  );

  // The data space's too, for a page that shows both.
  const data = page.locator('[data-figure="data-space"]').first();
  await data.getByRole("button", { name: "Save or embed the data space" }).click();
  await data.getByRole("button", { name: "Copy embed code" }).click();
  await expect(data.getByRole("button", { name: "Embed code copied" })).toBeVisible();
  const dataSnippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(dataSnippet).toContain(`src="${origin}/embed/data-space/?m=0.5&amp;step=2" title="The data space: the points and the line through them"`);

  // A clipboard that refuses: the code is shown, selected, to copy by hand.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("refused", "NotAllowedError"));
  });
  await data.getByRole("button", { name: /Copy embed code|Embed code copied/ }).click();
  await expect(data.getByRole("textbox", { name: "Embed code for the data space" })).toHaveValue(dataSnippet);

  // Pasted into a page of its own: the iframe loads the figure at the copied state.
  await page.setContent(`<!doctype html><html lang="en"><title>A course page</title><body><main>${snippet}${dataSnippet}</main></body></html>`);
  const frame = page.frameLocator("iframe >> nth=0");
  await expect(frame.locator("html[data-embed=ready]")).toHaveCount(1);
  await expect(page.locator("iframe").first()).toHaveAttribute("title", "The loss space: every slope and intercept, and its loss");
  // The data space's frame draws its line at the same state, and steps on by keyboard.
  const dataFrame = page.frameLocator("iframe >> nth=1");
  await expect(dataFrame.locator("html[data-embed=ready]")).toHaveCount(1);
  const track = dataFrame.getByRole("slider", { name: "step" });
  await expect(track).toHaveValue("2");
  const line = dataFrame.locator('[data-figure="data-space"]');
  const drawn = await line.innerHTML();
  await track.focus();
  await page.keyboard.press("ArrowRight");
  await expect(dataFrame.locator('[data-quantity="step"]:not(input)')).toHaveText("3");
  await expect.poll(() => line.innerHTML()).not.toBe(drawn);
  const slope = frame.getByRole("slider", { name: "starting slope m" });
  await expect(slope).toHaveValue("0.5");
  await expect(frame.locator('[data-quantity="step"]:not(input)')).toHaveText("2");
  const figure = frame.locator('[data-figure="loss-space"]');
  const before = await figure.innerHTML();
  await slope.focus();
  await page.keyboard.press("ArrowRight");
  await expect(slope).toHaveValue("0.6");
  await expect.poll(() => figure.innerHTML()).not.toBe(before);
  const back = frame.getByRole("link", { name: /Open in the essay/ });
  await expect(back).toHaveAttribute("href", "/?m=0.6&step=2#landscape");
});

test("the data space's embed page draws chapter 8's classifier from its link, scrubs a weight and links back to chapter 8", async ({ page }) => {
  await openEmbed(page, "data-space", "?model=classifier&lr=1&step=4");
  const figure = page.locator('[data-figure="data-space"]');
  await expect(figure).toBeVisible();
  const weight = page.getByRole("slider", { name: "starting weight of x1 w1" });
  await expect(weight).toHaveValue("-1");
  await expect(page.locator('.embed-start [data-quantity="w10"]:not(input)')).toHaveText("−1.00");
  const before = await figure.innerHTML();
  await weight.focus();
  await page.keyboard.press("ArrowRight");
  await expect(weight).toHaveValue("-0.9");
  await expect.poll(() => figure.innerHTML()).not.toBe(before);
  await expect(page).toHaveURL(/\/embed\/data-space\/\?model=classifier&w1=-0\.9&lr=1&step=4$/);
  await expect(page.getByRole("link", { name: /Open in the essay/ })).toHaveAttribute("href", "/?model=classifier&w1=-0.9&lr=1&step=4#decision-boundary");
  expect(await nonFiniteProblems(page)).toEqual([]);
});
