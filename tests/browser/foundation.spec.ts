import { test, expect, quantity, openEssay } from "./fixtures.ts";

test("the start m = -0.3, b = 2.5 shows a loss of 20.5", async ({ page }) => {
  await openEssay(page, "?m=-0.3&b=2.5&step=0");
  await expect(quantity(page, "loss")).toHaveText("20.5");
  await expect(quantity(page, "m")).toHaveText("−0.30");
  await expect(quantity(page, "b")).toHaveText("2.50");
});

test("a slider in one island changes the live numbers in the others and the URL", async ({ page }) => {
  await openEssay(page);
  const slider = page.getByRole("slider", { name: "learning rate" }).first();
  await slider.focus();
  await page.keyboard.press("ArrowRight");
  await expect(quantity(page, "lr")).toHaveText("0.051");
  await page.getByRole("slider", { name: "step" }).first().fill("3");
  await expect(quantity(page, "step")).toHaveText("3");
  await expect(page).toHaveURL(/[?&]lr=0\.051(&|$)/);
  await expect(page).toHaveURL(/[?&]step=3(&|$)/);
});

test("reloading a changed URL restores the same state and numbers", async ({ page }) => {
  await openEssay(page, "?m=0.4&b=-1&lr=0.08&step=5");
  const loss = await quantity(page, "loss").textContent();
  const m = await quantity(page, "m").textContent();
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll("astro-island[ssr]").length === 0);
  await expect(quantity(page, "loss")).toHaveText(loss ?? "");
  await expect(quantity(page, "m")).toHaveText(m ?? "");
  await expect(quantity(page, "m0")).toHaveCount(0); // m0 is only a slider on this page
  // The first such slider may be a native range input (a value) or a scrubbable number (aria-valuenow).
  const slope = page.getByRole("slider", { name: "starting slope m" }).first();
  await expect
    .poll(() => slope.evaluate((e) => (e instanceof HTMLInputElement ? e.value : e.getAttribute("aria-valuenow"))))
    .toBe("0.4");
});

test("a hostile link is corrected with a visible notice and a canonical URL", async ({ page }) => {
  await openEssay(page, "?m=NaN&lr=1e309&step=99999999&method=%3Cscript%3E&b=2.5&b=7&foo=bar");
  // The notices' banner (each figure has a status of its own for its Save panel).
  const notices = page.getByRole("status").and(page.locator("[data-notices]"));
  await expect(notices).toContainText("slope");
  await expect(notices).toContainText("learning rate");
  await expect(notices).toContainText("step");
  await expect(notices).toContainText("method");
  await expect(quantity(page, "loss")).not.toHaveText("—");
  await expect(page).toHaveURL(/\?step=1000$/);
  expect(await page.locator("script:not([src]):not([type])").evaluateAll((s) => s.filter((e) => e.textContent?.includes("<script>")).length)).toBe(0);
});
