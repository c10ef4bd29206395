import { presetData } from "../../src/engine/index.ts";
import { encodeData } from "../../src/state/data-codec.ts";
import { test, expect, openEssay, quantity } from "./fixtures.ts";

const flat = encodeData(presetData("flat-cloud"));

/** The text of a chapter as a reader reads it, whether or not it has been scrolled to. */
function chapterText(page: import("@playwright/test").Page, anchor: string): Promise<string> {
  return page.locator(`#${anchor}`).evaluate((el) => (el.textContent ?? "").replace(/\s+/g, " "));
}

test("on a flat cloud the prose claims no rising data of its own: the article's points rise, these need not", async ({ page }) => {
  if (!flat.ok) throw new Error(flat.error);
  await openEssay(page, `?data=${flat.text}`);
  await expect(quantity(page, "min-m")).toHaveText("0.00");
  expect(await chapterText(page, "two-spaces")).toContain("In the article’s points y really does grow with x");
  const four = await chapterText(page, "starting-somewhere");
  expect(four).not.toContain("The data rises");
  expect(four).toContain("The article’s points rise from left to right (for the points shown, the best line has slope 0.00)");
});

test("past the bowl's limit the prose does not promise the first step goes down the wall", async ({ page }) => {
  await openEssay(page, "?lr=0.2&step=1");
  const five = await chapterText(page, "one-step");
  expect(five).not.toMatch(/the dot moves along the arrow, down the wall of the bowl\./);
  expect(five).toContain("one too long lands higher on the far side");
  expect(five).toContain("For plain descent at a learning rate the bowl allows, the steps shorten");
});
