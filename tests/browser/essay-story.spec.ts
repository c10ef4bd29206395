import { test, expect, quantity, valueOf, openEssay } from "./fixtures.ts";
import { expectedFor } from "./essay-expected.ts";

const CHAPTERS = [
  ["two-spaces", "Two spaces"],
  ["landscape", "The loss as a landscape"],
  ["why-not-look", "Why not just look?"],
  ["starting-somewhere", "Starting somewhere"],
  ["one-step", "One step"],
  ["full-batch", "The luxury of the full batch"],
  ["many-valleys", "Many valleys"],
  ["decision-boundary", "A line between classes"],
  ["your-turn", "Your turn"],
] as const;

test("a reader opens the essay at the article's start: slope -0.30, intercept 2.50, loss 20.5, and its chapters in order, each at its anchor", async ({ page }) => {
  await openEssay(page);
  await expect(quantity(page, "loss")).toHaveText("20.5");
  await expect(quantity(page, "m")).toHaveText("−0.30");
  await expect(quantity(page, "b")).toHaveText("2.50");
  await expect(quantity(page, "loss0")).toHaveText("20.5");
  await expect(page.getByRole("slider", { name: "starting slope m" }).first()).toHaveAttribute("aria-valuetext", "starting slope m: −0.30");
  const headings = page.locator(".prose section:not(.appendix) > h2");
  await expect(headings).toHaveCount(CHAPTERS.length);
  for (const [i, [anchor, title]] of CHAPTERS.entries()) {
    await expect(page.locator(`section#${anchor} > h2`)).toContainText(title);
    await expect(headings.nth(i)).toContainText(title);
  }
});

test("taking one step with the player lowers the loss, moves both figures and the link", async ({ page }) => {
  await openEssay(page);
  // Every figure that follows the step (the scalings' comparison draws each scaling from the start, at its best
  // rate; the basins map is of starts, not steps).
  const figures = page.locator('[data-figure]:not([data-figure="scale-compare"]):not([data-figure="basins"])');
  const before = await figures.evaluateAll((els) => els.map((e) => e.innerHTML));
  await page.getByRole("button", { name: "Next step" }).first().click();
  const one = expectedFor("?step=1");
  await expect(quantity(page, "step")).toHaveText("1");
  await expect(quantity(page, "loss")).toHaveText(one.texts.loss!);
  expect(await valueOf(page, "loss")).toBeLessThan(20.5);
  await expect(quantity(page, "m")).toHaveText(one.texts.m!);
  await expect(page).toHaveURL(/\?step=1$/);
  const after = await figures.evaluateAll((els) => els.map((e) => e.innerHTML));
  expect(before.length).toBeGreaterThanOrEqual(2);
  for (const [i, html] of after.entries()) expect(html, `figure ${i} redrew`).not.toBe(before[i]);
});

test("a link to chapter 5 at step 1 lands in that chapter with the first step's numbers: a loss lower than the start's, the same in every island that shows it", async ({ page }) => {
  await openEssay(page, "?m=-0.3&b=2.5&step=1#one-step");
  const one = expectedFor("?step=1");
  await expect(page.locator("#one-step > h2")).toBeInViewport();
  await expect(quantity(page, "step")).toHaveText("1");
  await expect(quantity(page, "loss")).toHaveText(one.texts.loss!);
  await expect(quantity(page, "loss1")).toHaveText(one.texts.loss!);
  expect(await valueOf(page, "loss")).toBeLessThan(20.5);
  const losses = await page.locator('[data-quantity="loss"]:not(input):not([role="slider"])').allTextContents();
  expect(losses.length, "islands that show the loss").toBeGreaterThan(1);
  expect(new Set(losses).size, "one loss, whichever island shows it").toBe(1);
  await expect(page.getByRole("button", { name: /Contents/ })).toHaveCount(0); // the contents is a disclosure, not a button
  await expect(page.locator(".reading-bar summary")).toContainText("One step");
  // The defaults drop out of the canonical link; the chapter stays.
  await expect(page).toHaveURL(/\/\?step=1#one-step$/);
});

test("a link's own state wins over the chapter's scene", async ({ page }) => {
  await openEssay(page, "?m=0.4&step=3#one-step");
  const three = expectedFor("?m=0.4&step=3");
  await expect(page.locator("#one-step > h2")).toBeInViewport();
  await expect(quantity(page, "step")).toHaveText("3");
  await expect(quantity(page, "loss")).toHaveText(three.texts.loss!);
  // Scrolling through other chapters does not reset it either.
  await page.locator("#starting-somewhere").scrollIntoViewIfNeeded();
  await expect(page.locator(".reading-bar summary")).toContainText("Starting somewhere");
  await expect(quantity(page, "step")).toHaveText("3");
});

test("each chapter sets its scene as the reader arrives, until the reader takes over", async ({ page }) => {
  await openEssay(page);
  await page.locator("#one-step > h2").evaluate((e) => e.scrollIntoView({ block: "start" }));
  await expect(quantity(page, "step")).toHaveText("1");
  await page.locator("#starting-somewhere > h2").evaluate((e) => e.scrollIntoView({ block: "start" }));
  await expect(quantity(page, "step")).toHaveText("0");
  // The reader nudges the start, right there in chapter 4: from now on the essay leaves the state alone.
  const slope = page.locator("#starting-somewhere").getByRole("slider", { name: "starting slope m" });
  await slope.focus();
  await page.keyboard.press("ArrowRight");
  await expect(slope).toHaveAttribute("aria-valuenow", "-0.2");
  // The number shows a pressed value at once; the essay takes it once its frame is drawn.
  await expect(quantity(page, "m")).toHaveText("−0.20");
  await page.locator("#one-step > h2").evaluate((e) => e.scrollIntoView({ block: "start" }));
  await expect(page.locator(".reading-bar summary")).toContainText("One step");
  await expect(quantity(page, "step")).toHaveText("0");
  await expect(quantity(page, "m")).toHaveText("−0.20");
});

test("the contents lists every chapter, marks the one being read, and jumps to it", async ({ page }) => {
  await openEssay(page);
  await page.locator(".reading-bar summary").click();
  const nav = page.getByRole("navigation", { name: "Chapters" });
  await expect(nav.getByRole("link")).toHaveCount(CHAPTERS.length);
  await nav.getByRole("link", { name: "Why not just look?" }).click();
  await expect(page.locator("#why-not-look > h2")).toBeInViewport();
  await expect(page).toHaveURL(/#why-not-look$/);
  await expect(nav.locator('a[aria-current="location"]')).toHaveText("Why not just look?");
  await expect(page.locator(".reading-bar summary")).toContainText(`3/${CHAPTERS.length}`);
});

test("links in the prose jump to the bottom of the bowl and back to the article's start", async ({ page }) => {
  await openEssay(page);
  const bottom = expectedFor("");
  await page.getByRole("link", { name: "Start at the bottom of the bowl" }).click();
  await expect(quantity(page, "grad-m")).toHaveText("0.00");
  await expect(quantity(page, "grad-b")).toHaveText("0.00");
  await expect(quantity(page, "loss")).toHaveText(bottom.texts["min-loss"]!);
  await expect(page).toHaveURL(/[?&]m=1\.3\d*&b=1\.0\d*/);
  await page.getByRole("link", { name: /^Back to the article.s start\.$/ }).first().click();
  await expect(quantity(page, "loss")).toHaveText("20.5");
  await expect(page).toHaveURL(/\/(#[a-z-]+)?$/);
});

test("too large a learning rate diverges, and the essay says so instead of showing NaN", async ({ page }) => {
  await openEssay(page);
  await page.getByRole("link", { name: /See it diverge/ }).click();
  await expect(quantity(page, "lr")).toHaveText("0.2");
  await expect(page).toHaveURL(/[?&]lr=0\.2&step=30/);
  await expect(page.locator("[data-figure]").first()).toContainText(/overshoot|diverg|million/i);
});
