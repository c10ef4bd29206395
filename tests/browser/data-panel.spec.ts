import { readFile } from "node:fs/promises";
import { test, expect, quantity } from "./fixtures.ts";
import type { Page } from "@playwright/test";
import { DEFAULT_SEED, generateDataset, presetData } from "../../src/engine/index.ts";
import { parseCsv, toCsv } from "../../src/state/csv.ts";
import { bottomText, dataPanel, dataSpace, editPoints, linkedData, lossSpace, openData, plotAt, textOf } from "./data-helpers.ts";

const csvBox = (page: Page) => dataPanel(page).getByRole("textbox", { name: /Your own points as CSV/ });
const useButton = (page: Page) => dataPanel(page).getByRole("button", { name: "Use this data" });
const alert = (page: Page) => dataPanel(page).getByRole("alert");
const panelStatus = (page: Page) => dataPanel(page).locator("[data-data-status]");
const dataCaption = (page: Page) => dataSpace(page).locator("figcaption");
const lossCaption = (page: Page) => lossSpace(page).locator("figcaption");

/** The figures' two descriptions: every number a reader reads off the data and the bowl. */
async function captions(page: Page): Promise<string[]> {
  return [await textOf(lossCaption(page)), await textOf(dataCaption(page))];
}

test("a CSV with a bad cell is refused with its line and problem, and the data on screen stays as it was", async ({ page }) => {
  await openData(page, "#your-turn");
  const before = await captions(page);
  await csvBox(page).fill("x,y\n1,2\n3,abc\n5,6\n");
  await useButton(page).click();
  await expect(alert(page)).toHaveText('Line 3: "abc" in column y is not a number.');
  await expect(csvBox(page)).toHaveAttribute("aria-invalid", "true");
  expect(await captions(page)).toEqual(before);
  await expect(quantity(page, "loss")).toHaveText("20.5");
  await expect(page).not.toHaveURL(/data=/);

  // Told to skip bad rows, the same text gives the two good points and lists the one skipped.
  await dataPanel(page).getByRole("checkbox", { name: "Skip bad rows" }).check();
  await useButton(page).click();
  await expect(alert(page)).toHaveText("");
  await expect(dataPanel(page).getByText('Line 3: "abc" in column y is not a number.')).toBeVisible();
  await expect(panelStatus(page)).toContainText("Using 2 points from the box, skipping 1 bad row.");
  await expect(dataCaption(page)).toContainText("through 2 points");
  const data = await linkedData(page);
  expect(Array.from(data.x)).toEqual([1, 5]);
});

test("the CSV box is made as its chapter is drawn: none while the browser skips the chapter, the same size when it comes", async ({ page }) => {
  // A text box or select entering a chapter the browser skips made Chromium lay the whole chapter out at load.
  await openData(page);
  const controlsInSkippedChapters = () =>
    page.evaluate(() => [...document.querySelectorAll(".prose textarea, .prose select")].filter((el) => !el.checkVisibility({ contentVisibilityAuto: true })).length);
  expect(await controlsInSkippedChapters()).toBe(0);
  await expect(csvBox(page)).toHaveCount(0);

  // Drawn as the reader arrives, the chapter's stand-in box gives way to the box, at the stand-in's height: nothing
  // below it moves. The stand-in is measured as the chapter is drawn, before the page hears of it (window hears first).
  const standIn = page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        window.addEventListener(
          "contentvisibilityautostatechange",
          (event) => {
            const section = event.target as Element;
            if (section.id === "your-turn" && !(event as Event & { skipped: boolean }).skipped)
              resolve(section.querySelector(".csv [aria-hidden='true']")?.getBoundingClientRect().height ?? -1);
          },
          { capture: true },
        ),
      ),
  );
  await dataPanel(page).scrollIntoViewIfNeeded();
  const standInHeight = await standIn;
  await expect(csvBox(page)).toBeVisible();
  expect(standInHeight).toBeGreaterThan(100);
  expect((await csvBox(page).boundingBox())!.height).toBeCloseTo(standInHeight, 1);
  expect(await controlsInSkippedChapters()).toBe(0);
});

test("pasted points replace the data, move the bottom of the bowl, and a reloaded link shows the same data and numbers", async ({ page }) => {
  await openData(page, "#your-turn");
  await csvBox(page).fill("x;y\n-2;1,5\n0;2\n1;4,25\n3;5\n4,5;9\n");
  await useButton(page).click();
  await expect(panelStatus(page)).toContainText("Using 5 points from the box.");
  await expect(panelStatus(page)).toContainText("This data travels in the link.");
  const data = await linkedData(page);
  expect(Array.from(data.y)).toEqual([1.5, 2, 4.25, 5, 9]);
  await expect(lossCaption(page)).toContainText(bottomText(data));
  const shown = await captions(page);
  const loss = await textOf(page.locator('[data-quantity="loss"]:not(input):not([role="slider"])').first());

  const link = page.url();
  await page.goto("about:blank");
  await page.goto(link);
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr][client="load"]').length === 0);
  expect(await captions(page)).toEqual(shown);
  await expect(quantity(page, "loss")).toHaveText(loss);
  await expect(page.locator("[data-notices]")).toBeEmpty();
});

test("Download CSV saves exactly the points on screen", async ({ page }) => {
  await openData(page, "#your-turn");
  const download = async () => {
    const [file] = await Promise.all([page.waitForEvent("download"), dataPanel(page).getByRole("button", { name: "Download CSV" }).click()]);
    expect(file.suggestedFilename()).toBe("loss-space-data.csv");
    return readFile((await file.path())!, "utf8");
  };
  // The generated points, to the last digit the browser's maths gives (which may differ from Node's in the last bit).
  const saved = parseCsv(await download());
  const essayData = generateDataset(40, DEFAULT_SEED);
  expect(saved.ok && saved.data.x.length).toBe(40);
  if (saved.ok) {
    for (let i = 0; i < 40; i++) {
      expect(saved.data.x[i]).toBeCloseTo(essayData.x[i]!, 12);
      expect(saved.data.y[i]).toBeCloseTo(essayData.y[i]!, 12);
    }
  }
  await expect(panelStatus(page)).toContainText("Saved the 40 points shown as loss-space-data.csv.");

  await dataPanel(page).getByRole("radio", { name: "One far outlier" }).check();
  await editPoints(page);
  const spot = await plotAt(page, 0.9, 0.1);
  await page.mouse.click(spot.x, spot.y);
  const data = await linkedData(page);
  expect(data.x.length).toBe(presetData("outlier").x.length + 1);
  expect(await download()).toBe(toCsv(data));
});

test("presets replace the data and teach their lesson; Undo and Redo walk back and forth", async ({ page }) => {
  await openData(page, "#your-turn");
  const panel = dataPanel(page);
  await expect(panel.getByRole("radio", { name: "The essay's data" })).toBeChecked();
  await panel.getByRole("radio", { name: "A flat cloud" }).check();
  await expect(lossCaption(page)).toContainText(bottomText(presetData("flat-cloud")));
  await expect(lossCaption(page)).toContainText("at m = 0.00");
  await expect(panelStatus(page)).toContainText("Showing “A flat cloud”: 30 points.");
  await panel.getByRole("radio", { name: "A clean line" }).check();
  await expect(lossCaption(page)).toContainText(bottomText(presetData("clean-line")));

  await panel.getByRole("button", { name: "Undo" }).click();
  await expect(panel.getByRole("radio", { name: "A flat cloud" })).toBeChecked();
  await panel.getByRole("button", { name: "Undo" }).click();
  await expect(panel.getByRole("radio", { name: "The essay's data" })).toBeChecked();
  await expect(quantity(page, "loss")).toHaveText("20.5");
  await expect(panel.getByRole("button", { name: "Undo" })).toHaveAttribute("aria-disabled", "true");
  await panel.getByRole("button", { name: "Redo" }).click();
  await expect(panel.getByRole("radio", { name: "A flat cloud" })).toBeChecked();
  // Ctrl+Z works anywhere in the panel, except in the text box, which keeps it for its own text.
  await panel.getByRole("button", { name: "Redo" }).focus();
  await page.keyboard.press("Control+z");
  await expect(panel.getByRole("radio", { name: "The essay's data" })).toBeChecked();
});

test("the link status says when the points were rounded for the link, and when there are too many for one", async ({ page }) => {
  await openData(page, "#your-turn");
  await expect(panelStatus(page)).toHaveText("This data travels in the link.");
  await editPoints(page);
  const spot = await plotAt(page, 0.5, 0.5);
  await page.mouse.click(spot.x, spot.y);
  await expect(panelStatus(page)).toContainText("Rounded to 0.001 so it fits in the link.");

  const rows = Array.from({ length: 300 }, (_, i) => `${i / 10},${(i % 7) / 2}`).join("\n");
  await csvBox(page).fill(rows);
  await useButton(page).click();
  await expect(panelStatus(page)).toContainText("These 300 points are too many for a link (at most 200).");
  await expect(dataCaption(page)).toContainText("through 300 points");
  await expect(page).not.toHaveURL(/data=/);
});

test("a CSV file is read, and a binary or empty file is refused before the data changes", async ({ page }) => {
  await openData(page, "#your-turn");
  const chooser = dataPanel(page).getByLabel("Or read a CSV file:");
  await chooser.setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
  await expect(alert(page)).toHaveText("This is not text but a binary file: choose a .csv or .txt file, or paste the numbers.");
  await chooser.setInputFiles({ name: "empty.csv", mimeType: "text/csv", buffer: Buffer.alloc(0) });
  await expect(alert(page)).toHaveText("The file is empty: there is nothing to read.");
  await expect(dataCaption(page)).toContainText("through 40 points");

  await chooser.setInputFiles({ name: "<b>mine</b>.csv", mimeType: "text/csv", buffer: Buffer.from("x\ty\n0\t1\n1\t3\n2\t5\n") });
  await expect(alert(page)).toHaveText("");
  await expect(panelStatus(page)).toContainText("Using 3 points from the file <b>mine</b>.csv.");
  await expect(dataPanel(page).locator("b")).toHaveCount(0);
  await expect(dataCaption(page)).toContainText("through 3 points");
  await expect(csvBox(page)).toHaveValue("x\ty\n0\t1\n1\t3\n2\t5\n");
});

test("a damaged data link shows a notice and the essay's own data", async ({ page }) => {
  await openData(page, "#your-turn");
  await csvBox(page).fill("x,y\n0,1\n1,3\n2,4\n");
  await useButton(page).click();
  await linkedData(page);
  const damaged = page.url().replace(/(data=1\.)(.)/, (_, head: string, c: string) => head + (c === "A" ? "B" : "A"));
  await page.goto(damaged);
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr][client="load"]').length === 0);
  await expect(page.locator("[data-notices]")).toContainText("The data in the link is damaged: it was changed or cut short. The essay's own data is shown instead.");
  await expect(dataCaption(page)).toContainText("through 40 points");
  await expect(quantity(page, "loss")).toHaveText("20.5");
  await expect(page).not.toHaveURL(/data=/);
});
