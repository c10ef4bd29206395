import { formatNumber, readNumber } from "../../src/format/numbers.ts";
import { test, expect, quantity } from "./fixtures.ts";
import { openPhone, reach, scrollOf, touchDrag } from "./touch.ts";
import { DEFAULT_SEED, generateDataset } from "../../src/engine/index.ts";
import {
  bottomText, dataPanel, dataSpace, linkedData, editPoints, handleCentres, lossSpace, openData, plotAt, pointEditor, textOf,
} from "./data-helpers.ts";

const caption = (page: import("@playwright/test").Page) => dataSpace(page).locator("figcaption");
const status = (page: import("@playwright/test").Page) => dataSpace(page).locator("[data-edit-status]");

test("dragging a point moves the bottom of the bowl at once, holds the axes still, and the link carries the new data", async ({ page }) => {
  await openData(page);
  await expect(lossSpace(page).locator("figcaption")).toContainText(bottomText(generateDataset(40, DEFAULT_SEED)));
  const marker = lossSpace(page).locator(".minimum");
  const markerBefore = await marker.getAttribute("transform");
  await editPoints(page);

  // The rightmost point has the most leverage on the slope; pull it far down.
  const handles = await handleCentres(page);
  const from = handles.reduce((a, b) => (b.x > a.x ? b : a));
  const ticksBefore = await dataSpace(page).locator("svg.backdrop text").allTextContents();
  const bottom = await plotAt(page, 0.5, 0.98);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x, (from.y + bottom.y) / 2, { steps: 4 });
  await page.mouse.move(from.x, bottom.y, { steps: 4 });
  // Mid-drag: the data (and so the bowl) has changed, but the axes have not.
  await expect(marker).not.toHaveAttribute("transform", markerBefore!);
  expect(await dataSpace(page).locator("svg.backdrop text").allTextContents()).toEqual(ticksBefore);
  await page.mouse.up();

  await expect(status(page)).toContainText(/^Moved point \d+ to \(−?\d+\.\d\d, −?\d+\.\d\d\)\.$/);
  const data = await linkedData(page);
  expect(data.x.length).toBe(40);
  expect(await textOf(lossSpace(page).locator("figcaption"))).not.toContain(bottomText(generateDataset(40, DEFAULT_SEED)));
});

test("a click on empty space adds a point there, and an Alt-click removes it", async ({ page }) => {
  await openData(page);
  await editPoints(page);
  await expect(caption(page)).toContainText("through 40 points");
  const spot = await plotAt(page, 0.1, 0.1);
  await page.mouse.click(spot.x, spot.y);
  await expect(caption(page)).toContainText("through 41 points");
  await expect(status(page)).toContainText(/^Added point 41 at \(−?\d+\.\d\d, −?\d+\.\d\d\); 41 points now\.$/);
  const added = await linkedData(page);
  expect(added.x.length).toBe(41);
  // Snapped to 0.01 by the editor.
  expect(Math.round(added.x[40]! * 100) / 100).toBe(added.x[40]);

  await page.keyboard.down("Alt");
  await page.mouse.click(spot.x, spot.y);
  await page.keyboard.up("Alt");
  await expect(caption(page)).toContainText("through 40 points");
  await expect(status(page)).toContainText(/^Removed point 41, at \(.*\); 40 points left\.$/);
});

test("by keyboard: pick a point, move it with the arrows, remove it with Delete, add one with A, undo and redo", async ({ page }) => {
  await openData(page);
  await editPoints(page);
  const editor = pointEditor(page);
  await editor.focus();
  await page.keyboard.press("End");
  const readout = dataSpace(page).locator(".readout");
  const picked = /Point \((−?\d+\.\d\d), (−?\d+\.\d\d)\)/.exec(await textOf(readout))!;
  const [x, y] = [readNumber(picked[1]!), readNumber(picked[2]!)];

  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Shift+ArrowLeft");
  const moved = `(${formatNumber(x - 1, 2)}, ${formatNumber(y + 0.2, 2)})`;
  await expect(status(page)).toContainText(`to ${moved}.`);
  await expect(readout).toContainText(`Point ${moved}`);
  await expect(page).toHaveURL(/[?&]data=/);

  await page.keyboard.press("Delete");
  await expect(caption(page)).toContainText("through 39 points");
  await expect(status(page)).toContainText(`at ${moved}; 39 points left.`);
  await page.keyboard.press("a");
  await expect(caption(page)).toContainText("through 40 points");
  await expect(status(page)).toContainText(/^Added point 40 at/);

  await page.keyboard.press("Control+z");
  await expect(caption(page)).toContainText("through 39 points");
  await expect(status(page)).toHaveText("Undid the last data edit.");
  await page.keyboard.press("Control+Shift+z");
  await expect(caption(page)).toContainText("through 40 points");
  // Back past every edit: the essay's own data, and the link drops its data.
  // Three moves (one per key press), a removal and an addition.
  for (let i = 0; i < 5; i++) await page.keyboard.press("Control+z");
  await expect(page).not.toHaveURL(/data=/);
  await expect(quantity(page, "loss")).toHaveText("20.5");
});

test("an edit that would leave fewer than 2 points is refused with a message and the data stays", async ({ page }) => {
  await openData(page);
  await editPoints(page);
  // The box is made once its chapter is drawn (once-drawn.ts): a reader types in it where it is.
  await dataPanel(page).scrollIntoViewIfNeeded();
  const panelBox = dataPanel(page).getByRole("textbox", { name: /Your own points as CSV/ });
  await panelBox.fill("x,y\n1,1\n2,3\n");
  await dataPanel(page).getByRole("button", { name: "Use this data" }).click();
  await expect(caption(page)).toContainText("through 2 points");
  await pointEditor(page).focus();
  await page.keyboard.press("Home");
  await page.keyboard.press("Delete");
  await expect(status(page)).toHaveText("Point 1 stays where it was: A line needs at least 2 points.");
  await expect(caption(page)).toContainText("through 2 points");
});

test("a long press on a point removes it on a touch screen", async ({ page }) => {
  await openData(page);
  await editPoints(page);
  const at = (await handleCentres(page))[0]!;
  const cdp = await page.context().newCDPSession(page);
  const touch = [{ x: at.x, y: at.y }];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: touch });
  await expect(caption(page)).toContainText("through 39 points");
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await expect(status(page)).toContainText(/^Removed point 1, at/);
});

test("while editing, a finger on the plot's empty space still scrolls the page", async ({ browser }) => {
  test.slow();
  // (A finger on a point drags it instead: see touch-drags.spec.ts.)
  const { context, page } = await openPhone(browser, "?step=0");
  await editPoints(page);
  const area = dataSpace(page).locator("rect.add-area");
  await expect.poll(() => reach(area, 0.05, 0.95)).not.toBeNull();
  const from = (await reach(area, 0.05, 0.95))!;
  const scrolled = await scrollOf(page);
  await touchDrag(page, from, { x: from.x, y: from.y - 120 });
  await expect.poll(() => scrollOf(page)).toBeGreaterThan(scrolled);
  await context.close();
});
