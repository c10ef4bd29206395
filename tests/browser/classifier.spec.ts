import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, openEssay, quantity } from "./fixtures.ts";
import { classifierExpected } from "./essay-expected.ts";
import { dataSpace, lossSpace, openData, pointEditor, editPoints } from "./data-helpers.ts";
import { classifierDefault, separable } from "../../src/engine/classifier-presets.ts";
import { encodeData } from "../../src/state/data-codec.ts";

/** The chapter's scene, from its frontmatter: the state its figures show as the reader arrives. */
const SCENE = /^scene: "(.*)"$/m.exec(readFileSync("content/chapters/08-decision-boundary.mdx", "utf8"))![1]!;
const chapter = (page: Page) => page.locator("#decision-boundary");
const boundary = (page: Page) => dataSpace(page).locator('[data-mark="decision-boundary"]');

async function enterChapter(page: Page): Promise<void> {
  await page.locator("#decision-boundary > h2").evaluate((e) => e.scrollIntoView({ block: "start" }));
  await expect(boundary(page)).toHaveCount(1);
}

test("the decision-boundary chapter shows the classifier in both spaces, steps them together, and gives the line back", async ({ page }) => {
  await openEssay(page);
  await enterChapter(page);
  const want = classifierExpected(SCENE);
  const points = classifierDefault();
  const ones = points.label!.reduce((t, k) => t + k, 0);
  // Classes by shape as well as colour: a square for each point of class 1, a circle for each of class 0.
  await expect(dataSpace(page).locator(".points rect.c1")).toHaveCount(ones);
  await expect(dataSpace(page).locator(".points circle.c0")).toHaveCount(points.x.length - ones);
  await expect(dataSpace(page).locator("rect.probability")).toHaveCount(1);
  // The chapter's numbers are the engine's; the loss and accuracy sit under the figures too.
  for (const name of ["n", "loss0", "accuracy0", "loss1", "accuracy1", "loss", "accuracy", "min-loss", "min-accuracy", "w1", "w2", "c", "w-norm"]) {
    await expect(chapter(page).locator(`[data-quantity="${name}"]:not([role="slider"])`).first(), name).toHaveText(want.texts[name]!);
  }
  const curve = page.locator('[data-figure="loss-curve"]');
  await expect(curve.locator('[data-quantity="loss"]')).toHaveText(want.texts["loss"]!);
  await expect(curve.locator('[data-quantity="accuracy"]')).toHaveText(want.texts["accuracy"]!);
  for (const [key, name] of [["w1", "weight of x1 w1"], ["w2", "weight of x2 w2"], ["c", "bias c"]] as const) {
    const slider = chapter(page).getByRole("slider", { name, exact: true }).first();
    await expect(slider).toHaveAttribute("data-quantity", key);
    await expect(slider).toHaveAttribute("aria-valuetext", `${name}: ${want.texts[key]}`);
  }
  await expect(lossSpace(page)).toContainText("weight of x1");

  // One step moves the boundary in the data space and the point in the loss space, to the engine's numbers.
  const before = { line: await boundary(page).getAttribute("d"), point: await lossSpace(page).locator("circle.current").getAttribute("cx") };
  await page.getByRole("button", { name: "Next step" }).first().click();
  const one = classifierExpected(`${SCENE}&step=1`);
  await expect(curve.locator('[data-quantity="loss"]')).toHaveText(one.texts["loss"]!);
  await expect(curve.locator('[data-quantity="accuracy"]')).toHaveText(one.texts["accuracy"]!);
  expect(await boundary(page).getAttribute("d")).not.toBe(before.line);
  expect(await lossSpace(page).locator("circle.current").getAttribute("cx")).not.toBe(before.point);
  await expect(page).toHaveURL(/model=classifier.*step=1/);

  // Leaving for a chapter about the line gives the line back, at the article's start.
  await page.locator("#two-spaces > h2").evaluate((e) => e.scrollIntoView({ block: "start" }));
  await expect(boundary(page)).toHaveCount(0);
  await expect(quantity(page, "loss")).toHaveText("20.5");
  await expect(page).not.toHaveURL(/model=/);
});

test("the loss space is a slice: the reader picks its two axes and scrubs the third, and the landscape reshapes", async ({ page }) => {
  await openEssay(page);
  await enterChapter(page);
  const rings = lossSpace(page).locator(".bands path");
  await expect(rings.first()).toBeAttached();
  await lossSpace(page).getByRole("combobox", { name: "axes of the loss space" }).selectOption("w1-c");
  await expect(page).toHaveURL(/axes=w1-c/);
  await expect(lossSpace(page)).toContainText("bias c");
  await expect(lossSpace(page).locator("[id$='-desc']").first()).toContainText("in the plane w2 = 1.50");
  // The prose's held parameter is now w2: scrubbing it moves the plane, and the rings are redrawn for it.
  const held = chapter(page).locator(".held").getByRole("slider");
  await expect(held).toHaveCount(1);
  await expect(held).toHaveAttribute("data-quantity", "w2");
  const shape = await rings.evaluateAll((paths) => paths.map((p) => p.getAttribute("d")).join());
  await held.focus();
  for (let k = 0; k < 5; k++) await page.keyboard.press("ArrowUp");
  await expect(held).toHaveAttribute("aria-valuetext", "weight of x2 w2: 2.00");
  await expect(lossSpace(page).locator("[id$='-desc']").first()).toContainText("in the plane w2 = 2.00");
  await expect.poll(() => rings.evaluateAll((paths) => paths.map((p) => p.getAttribute("d")).join())).not.toBe(shape);
  await expect(quantity(page, "w2")).toHaveText("2.00");
});

test("split classes: the loss sinks towards zero while the weights grow, in both spaces, and the link reopens it", async ({ page }) => {
  await openEssay(page);
  await enterChapter(page);
  await chapter(page).getByRole("link", { name: "Take away the points the best boundary gets wrong" }).click();
  await expect(chapter(page).locator('[data-quantity="min-loss"]')).toHaveText("—");
  await chapter(page).getByRole("link", { name: /^Run it for/ }).click();
  const encoded = encodeData(separable(classifierDefault()));
  if (!encoded.ok) throw new Error(encoded.error);
  const data = encoded.text;
  const late = classifierExpected(`?model=classifier&lr=1&step=1000&data=${data}`);
  const curve = page.locator('[data-figure="loss-curve"]');
  await expect(curve.locator('[data-quantity="loss"]')).toHaveText(late.texts["loss"]!);
  await expect(curve.locator('[data-quantity="accuracy"]')).toHaveText("100%");
  await expect(chapter(page).locator('[data-quantity="w-norm"]')).toHaveText(late.texts["w-norm"]!);
  expect(Number(late.texts["w-norm"])).toBeGreaterThan(6);
  expect(Number(late.texts["loss"])).toBeLessThan(0.01);
  await expect(lossSpace(page).locator("[id$='-desc']").first()).toContainText("this data has no single lowest point");
  // The link carries the points with their classes: reopened at the chapter, as "Copy link" writes it, it shows the same moment.
  const url = new URL(page.url());
  await openEssay(page, `${url.search}#decision-boundary`);
  await expect(curve.locator('[data-quantity="loss"]')).toHaveText(late.texts["loss"]!);
  await expect(boundary(page)).toHaveCount(1);
});

test("the classifier's points: CSV with x1,x2,label in and out, refusals naming the line, a class switched by key and undone", async ({ page }) => {
  await openData(page, "#decision-boundary");
  await expect(boundary(page)).toHaveCount(1);
  const panel = page.getByRole("group", { name: "The classifier's points" });
  const box = panel.getByRole("textbox");
  const use = panel.getByRole("button", { name: "Use this data" });
  const alert = panel.getByRole("alert");
  const caption = dataSpace(page).locator("[id$='-desc']").first();
  const before = await caption.textContent();
  for (const [text, message] of [
    ["x1,x2,label\n1,2,0\n3,4,2\n", 'Line 3: "2" in column label is not a class; a label is 0 or 1.'],
    ["x1,x2,label\n1,2,0\n3,4\n", "Line 3: found 2 columns; expected 3 (x1, x2 and label)."],
    ["x1,x2,label\n1,2,1\n3,4,1\n", "Lines 2 to 3: every point is in class 1; a classifier needs points of both classes."],
  ] as const) {
    await box.fill(text);
    await use.click();
    await expect(alert).toHaveText(message);
    await expect(caption).toHaveText(before!);
  }
  await box.fill("x1,x2,label\n-2,-1,0\n-1,-2,0\n1,2,1\n2,1,1\n0.5,-0.5,0\n");
  await use.click();
  await expect(alert).toHaveText("");
  await expect(caption).toContainText("of 5 points");
  await expect(dataSpace(page).locator(".points rect.c1")).toHaveCount(2);
  const download = page.waitForEvent("download");
  await panel.getByRole("button", { name: "Download CSV" }).click();
  const saved = readFileSync(await (await download).path(), "utf8");
  expect(saved.trim().split("\n")).toEqual(["x1,x2,label", "-2,-1,0", "-1,-2,0", "1,2,1", "2,1,1", "0.5,-0.5,0"]);

  // By keyboard in the data space: pick the first point (by x) and switch its class; Ctrl+Z undoes it.
  await editPoints(page);
  await pointEditor(page).focus();
  await page.keyboard.press("c");
  await expect(dataSpace(page).locator(".points rect.c1")).toHaveCount(3);
  await expect(dataSpace(page)).toContainText("Point 1 is now in class 1.");
  await page.keyboard.press("Control+z");
  await expect(dataSpace(page).locator(".points rect.c1")).toHaveCount(2);
});
