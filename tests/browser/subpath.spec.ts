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

test("the landscape worker draws the wave's landscape and basins map under the sub-path and the strict policy", async ({ page }) => {
  const failed: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`));
  });
  await openEssay(page, "?model=valleys&lr=0.2&n=40#many-valleys");
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
  // The wave has no fast path: its rings come only from the worker.
  await expect.poll(() => page.locator('[data-figure="loss-space"] .bands path').count()).toBeGreaterThan(3);
  const map = page.locator('[data-figure="basins"]');
  await map.scrollIntoViewIfNeeded();
  await expect(map.locator("[data-basins-status]")).toHaveText("128 × 128 starts", { timeout: 10_000 });
  await expect.poll(() => map.locator(".rings path").count()).toBeGreaterThan(3);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(failed).toEqual([]);
});

test("an embed page under the sub-path loads every asset, hydrates under its strict policy, links back into the sub-path and copies its code with the sub-path", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const failed: string[] = [];
  const elsewhere: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on("request", (r) => {
    if (!r.url().startsWith("http://127.0.0.1:")) elsewhere.push(r.url());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`));
  });
  await page.goto("./embed/loss-space/?model=valleys&lr=0.2");
  await page.waitForSelector("html[data-embed=ready]");
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
  // The wave has no fast path: its rings come from the worker, which loads under the sub-path too.
  await expect.poll(() => page.locator('[data-figure="loss-space"] .bands path').count()).toBeGreaterThan(3);
  await page.getByRole("slider", { name: "step" }).fill("3");
  await expect(page).toHaveURL(/\/essays\/loss-space\/embed\/loss-space\/\?model=valleys&lr=0\.2&step=3$/);
  await expect(page.getByRole("link", { name: /Open in the essay/ })).toHaveAttribute(
    "href",
    "/essays/loss-space/?model=valleys&lr=0.2&step=3#many-valleys",
  );
  // Its own embed code, for a page elsewhere, names the sub-path.
  await page.getByRole("button", { name: "Save or embed the loss space" }).click();
  await page.getByRole("button", { name: "Copy embed code" }).click();
  await expect(page.getByRole("button", { name: "Embed code copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    `src="${new URL(page.url()).origin}/essays/loss-space/embed/loss-space/?model=valleys&amp;lr=0.2&amp;step=3"`,
  );
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(failed).toEqual([]);
  expect(elsewhere).toEqual([]);
});
