import { test, expect, quantity, openEssay } from "./fixtures.ts";
import { expectedFor } from "./essay-expected.ts";

const STARTS = ["start at a low frequency", "start in the middle", "start at a high frequency"];

test("chapter 7's jump links start the wave in three valleys, and each descent ends at its valley's loss", async ({ page }) => {
  await openEssay(page, "#many-valleys");
  await expect(page).toHaveURL(/model=valleys/);
  const chapter = page.locator("section#many-valleys");
  const track = page.getByRole("slider", { name: "step" }).first();
  const ends: string[] = [];
  for (const name of STARTS) {
    const link = chapter.getByRole("link", { name });
    const query = new URL((await link.getAttribute("href"))!, page.url()).search;
    await link.click();
    await expect.poll(() => new URL(page.url()).search).toBe(query);
    const want = expectedFor(query).texts;
    await expect(quantity(page, "end-loss")).toHaveText(want["end-loss"]!);
    await expect(quantity(page, "end-w")).toHaveText(want["end-w"]!);
    // The words before the place say how the descent ends; live like the numbers, but not a number.
    await expect(page.locator('[data-words="end-fate"]')).toHaveText(want["end-fate"]!);
    // Run the descent to its end with the step track (End reaches step 100, the end of its short range; the next
    // step, the track covers every step, and End again reaches the last).
    await track.focus();
    await track.press("End");
    await expect(quantity(page, "step")).toHaveText("100");
    await page.getByRole("button", { name: "Next step" }).first().click();
    await expect(quantity(page, "step")).toHaveText("101");
    await track.press("End");
    await expect(quantity(page, "step")).toHaveText("1,000");
    await expect(quantity(page, "loss")).toHaveText(want["end-loss"]!);
    ends.push(want["end-loss"]!);
  }
  expect(new Set(ends).size, `the three ends' losses ${ends.join(", ")}`).toBe(3);
  await expect(quantity(page, "lowest-loss")).toHaveText(ends.reduce((a, b) => (Number(a) < Number(b) ? a : b)));
});

test("the basins map fills in, starts the descent where it is pressed, and is drawn again for another optimiser", async ({ page }) => {
  await openEssay(page, "#many-valleys");
  const map = page.locator('[data-figure="basins"]');
  await map.scrollIntoViewIfNeeded();
  const status = map.locator("[data-basins-status]");
  await expect(status).toHaveText("128 × 128 starts", { timeout: 10_000 });
  const legend = map.getByRole("list", { name: "The valleys, lowest first" });
  await expect(legend.locator('[data-valley="0"]')).toContainText("valley 1, the lowest: loss 0.186");
  const plainShares = await legend.locator(".share").allTextContents();

  // Press the lowest valley's cross: the descent starts there, and the readout says where it ends.
  const lowest = map.locator(".valley.lowest");
  await lowest.click({ force: true });
  await expect(map.locator("[data-basin-start]")).toContainText("drains to valley 1, the lowest (loss 0.186)");
  await expect(page).toHaveURL(/[?&]w=1\.6\d?(&|$)/);
  await expect(quantity(page, "step")).toHaveText("0");

  // The start's handle moves by keyboard, and says where its descent ends.
  const handle = map.getByRole("slider", { name: /start of the descent on the basins map/ });
  const before = await handle.getAttribute("aria-valuenow");
  await handle.press("ArrowRight");
  await expect(handle).not.toHaveAttribute("aria-valuenow", before ?? "");
  await expect(handle).toHaveAttribute("aria-valuetext", /drains to valley \d/);

  await page.locator("section#many-valleys").getByRole("radio", { name: /momentum/ }).check();
  await expect(map.locator("figcaption")).toContainText("momentum");
  await expect(status).toHaveText("128 × 128 starts", { timeout: 10_000 });
  expect(await legend.locator(".share").allTextContents()).not.toEqual(plainShares);
});

test("a key pressed the moment the focus arrives in chapter 7 acts on the wave, and is not undone by the switch to it", async ({ page }) => {
  await openEssay(page);
  const rate = page.locator('section#many-valleys [role="slider"][data-quantity="lr"]').first();
  // Focus from the top of the page, and press at once: the chapter is taken as the focus arrives.
  await rate.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => new URL(page.url()).searchParams.get("model")).toBe("valleys");
  await expect.poll(() => Number(new URL(page.url()).searchParams.get("lr"))).toBeGreaterThan(0.2);
  await expect(rate).not.toHaveText("0.2");
});
