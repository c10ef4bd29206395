import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./fixtures.ts";
import { dataPanel, dataSpace, editPoints, openData, pointEditor } from "./data-helpers.ts";

/** WCAG 2.0, 2.1 and 2.2, levels A and AA, as the quality gate checks the page at rest. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

test("axe finds no violation with the points editable, a point picked and a CSV error on show, in the light theme and the dark", async ({ page }) => {
  // Two axe runs (one a theme), as the axe specs' single runs are slow: they took 17 to 32 s together, against a 30 s default.
  test.slow();
  await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
  await openData(page, "#your-turn");
  await editPoints(page);
  await pointEditor(page).focus();
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowUp");
  await expect(dataSpace(page).locator("[data-edit-status]")).toContainText("Moved point");
  await dataPanel(page).getByRole("textbox", { name: /Your own points as CSV/ }).fill("x,y\n1,2\nthree,4\n");
  await dataPanel(page).getByRole("button", { name: "Use this data" }).click();
  await expect(dataPanel(page).getByRole("alert")).toContainText("Line 3");
  // The same state in both themes: the page's colours are light-dark() pairs that follow the system's scheme as it changes.
  let light = "";
  for (const colorScheme of ["light", "dark"] as const) {
    if (colorScheme === "dark") {
      await page.emulateMedia({ colorScheme });
      await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), "the page turned dark").not.toBe(light);
    } else {
      light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    }
    const results = await new AxeBuilder({ page }).include('[data-figure="data-space"]').include('[aria-label="The data"]').withTags(TAGS).analyze();
    expect(results.passes.length, colorScheme).toBeGreaterThan(5);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), colorScheme).toEqual([]);
  }
});

test("the edit toggle says whether the points are editable, and the editor names its keys", async ({ page }) => {
  await openData(page);
  const toggle = dataSpace(page).getByRole("button", { name: "edit points" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(pointEditor(page)).toHaveCount(0);
  await toggle.press("Enter");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(pointEditor(page)).toHaveAccessibleName(/Page Up and Page Down pick a point, arrow keys move it/);
  await toggle.press("Space");
  await expect(pointEditor(page)).toHaveCount(0);
  // Back to reading: the points group picks points to read their residuals again.
  await expect(dataSpace(page).getByRole("slider", { name: /data points/ })).toHaveCount(1);
});

test("on a 320 px phone the data panel fits its column, error message and all", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openData(page, "#your-turn");
  await dataPanel(page).getByRole("textbox", { name: /Your own points as CSV/ }).fill("x,y\n1,2\n2,a-rather-long-cell-that-is-not-a-number\n");
  await dataPanel(page).getByRole("button", { name: "Use this data" }).click();
  await expect(dataPanel(page).getByRole("alert")).toContainText("Line 3");
  const overflowing = await dataPanel(page).evaluate((panel) => {
    const right = panel.getBoundingClientRect().right;
    return [...panel.querySelectorAll("*")].filter((el) => el.getBoundingClientRect().right > right + 0.5).map((el) => el.tagName);
  });
  expect(overflowing).toEqual([]);
  expect(await dataPanel(page).evaluate((panel) => panel.getBoundingClientRect().right)).toBeLessThanOrEqual(320);
});
