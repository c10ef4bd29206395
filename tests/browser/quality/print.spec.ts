import { test, expect, openEssay } from "../fixtures.ts";
import { hydrateEverything } from "./page-checks.ts";

test("printed, the page shows the prose and keeps each heading with its text, shows no controls or their labels, and the figures as they stand", async ({ page }) => {
  await openEssay(page, "?lr=0.2&step=2");
  await hydrateEverything(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".reading-bar-slot")).toBeHidden();
  await expect(page.getByRole("group", { name: "Step through the descent" }).first()).toBeHidden();
  await expect(page.locator("[data-figure]").first()).toBeVisible();
  await expect(page.locator("#one-step p").first()).toBeVisible();
  await page.evaluate(() => {
    for (const section of document.querySelectorAll<HTMLElement>(".prose > section")) section.style.contentVisibility = "visible";
  });
  // No heading alone at a page's foot: each asks the printer to break after the text it heads, not before.
  const headings = await page.locator(".prose h2, .prose h3").evaluateAll((els) => els.map((el) => `${el.tagName} ${getComputedStyle(el).breakAfter}`));
  expect(headings.length).toBeGreaterThan(8);
  for (const heading of headings) expect(heading).toMatch(/ avoid$/);
  // Nothing to press on paper, and no words that name something to press.
  const controls = await page
    .locator("button, input, textarea, select, kbd, legend, fieldset, .player, [data-room] .readout, .keys")
    .evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).map((el) => el.outerHTML.slice(0, 80)));
  expect(controls).toEqual([]);
  const labels = await page.locator("label").evaluateAll((els) =>
    els.filter((el) => el.getClientRects().length > 0 && el.querySelector("input, textarea, select") && !el.querySelector("output")).map((el) => el.textContent?.trim()),
  );
  expect(labels).toEqual([]);
  await expect(page.getByText("Point at a data point")).toBeHidden();
  // The figures print the state on screen: step 2 of a rate past the bowl's limit, and the warning with it.
  const lossSpace = page.locator('[data-figure="loss-space"]');
  await expect(lossSpace.locator("figcaption")).toContainText("After 2 steps");
  await expect(lossSpace.locator("figcaption")).toContainText("Learning rate 0.2 is past 0.1576");
  const box = await lossSpace.locator("svg").first().boundingBox();
  expect(box!.width).toBeGreaterThan(150);
});
