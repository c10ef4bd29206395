import { test, expect, quantity, openEssay } from "./fixtures.ts";

test("the build under a sub-path loads every asset and hydrates", async ({ page }) => {
  const failed: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await openEssay(page, "?step=2");
  expect(new URL(page.url()).pathname).toBe("/essays/loss-space/");
  await expect(quantity(page, "step")).toHaveText("2");
  await page.getByRole("slider", { name: "step" }).first().fill("4");
  await expect(quantity(page, "step")).toHaveText("4");
  await expect(page).toHaveURL(/\/essays\/loss-space\/\?step=4$/);
  expect(failed).toEqual([]);
});
