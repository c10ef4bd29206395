import { test, expect, openEssay, quantity, valueOf } from "./fixtures.ts";

const lossSpace = (page: import("@playwright/test").Page) => page.locator('[data-figure="loss-space"]');
const dataSpace = (page: import("@playwright/test").Page) => page.locator('[data-figure="data-space"]');
const player = (page: import("@playwright/test").Page) => page.locator(".essay-controls .player");

test("a rate past 2/λ is named at its first step, in both figures, both captions and the player, while the loss is only climbing", async ({ page }) => {
  await openEssay(page, "?lr=0.2");
  for (const figure of [lossSpace(page), dataSpace(page)]) await expect(figure.locator(".alarm")).toHaveCount(0);
  await expect(player(page).locator(".flag")).toHaveCount(0);
  await player(page).getByRole("button", { name: "Next step" }).click();
  await expect(quantity(page, "step")).toHaveText("1");
  const flag = "Diverging: learning rate 0.2 is past this bowl's limit of 0.1576.";
  const warning = "Learning rate 0.2 is past 0.1576, the most this bowl allows: each step overshoots the bottom by more than the last, so the loss grows without end.";
  for (const figure of [lossSpace(page), dataSpace(page)]) {
    await expect(figure.locator(".alarm")).toHaveText(flag);
    await expect(figure.locator("figcaption")).toContainText(warning);
  }
  await expect(player(page).locator(".flag")).toHaveText(flag);
  // Far from a million-fold: the loss has not even doubled.
  expect(await valueOf(page, "loss")).toBeLessThan(2 * 20.5);
  await expect(page.locator("[data-announcer]")).toContainText(warning);
});

test("once diverged, the player says where the figures stopped, and the captions agree", async ({ page }) => {
  await openEssay(page, "?lr=0.2&step=30");
  await expect(player(page).locator(".flag")).toHaveText("Diverged at step 17: the figures stop at step 16, the last before it.");
  await expect(lossSpace(page).locator("figcaption")).toContainText(/^After 16 steps, .*At step 17 the loss had grown a million-fold: learning rate 0\.2 /);
  await expect(lossSpace(page).locator(".alarm")).toHaveText(/^At step 17 /);
});

test("a stochastic step is told as taken, not as the full gradient would take it (?method=sgd&seed=3&step=10)", async ({ page }) => {
  await openEssay(page, "?method=sgd&seed=3&step=10");
  await expect(lossSpace(page).locator("figcaption")).toContainText("The next step raises the slope by 0.37 and raises the intercept by 0.24.");
  await expect(dataSpace(page).locator("figcaption")).toContainText("The line y = 0.92x + 1.80 through 40 points has a mean squared residual (loss) of 5.02. The next step turns it to y = 1.29x + 2.04.");
  await expect(lossSpace(page).locator(".arrow")).toHaveAttribute("aria-label", /so the next step changes m by \+0\.37 and b by \+0\.24$/);
});
