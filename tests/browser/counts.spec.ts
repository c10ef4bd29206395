import { presetData } from "../../src/engine/index.ts";
import { encodeData } from "../../src/state/data-codec.ts";
import { readNumber } from "../../src/format/numbers.ts";
import { test, expect, openEssay, quantity } from "./fixtures.ts";
import { hydrateEverything } from "./quality/page-checks.ts";

/** A link to the essay showing one of the data panel's presets. */
function presetLink(id: Parameters<typeof presetData>[0]): { query: string; size: number } {
  const data = presetData(id);
  const encoded = encodeData(data);
  if (!encoded.ok) throw new Error(encoded.error);
  return { query: `?data=${encoded.text}`, size: data.x.length };
}

test("with the reader's own points, every count in the prose is theirs, not the essay's forty", async ({ page }) => {
  const { query, size } = presetLink("outlier");
  expect(size).not.toBe(40);
  await openEssay(page, query);
  await hydrateEverything(page);
  // Every live count of points, slider or not.
  const counts = await page.locator('[data-quantity="n"]:not(input)').evaluateAll((els) => els.map((el) => el.textContent ?? ""));
  expect(counts.length).toBeGreaterThan(3);
  for (const text of counts) expect(readNumber(text)).toBe(size);
  // Chapter 3's grid: each setting needs the residuals of all the points shown.
  const settings = readNumber((await page.locator('[data-grid="settings"]').first().textContent()) ?? "");
  const work = readNumber((await page.locator('[data-grid="work"]').first().textContent()) ?? "");
  expect(work).toBe(settings * size);
});

test("asking for a number of points while showing one's own goes back to generated points, and says how many", async ({ page }) => {
  const { query } = presetLink("outlier");
  await openEssay(page, query);
  const n = page.locator("#full-batch").getByRole("slider", { name: "number of points", exact: true }).and(page.locator("span"));
  await n.focus();
  await page.keyboard.press("End");
  await expect(quantity(page, "n")).toHaveText("500,000", { timeout: 15_000 });
  await expect(page).not.toHaveURL(/[?&]data=/);
});
