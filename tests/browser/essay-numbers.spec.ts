import { test, expect, openEssay } from "./fixtures.ts";
import { readFileSync } from "node:fs";
import { classifierExpected, expectedFor, sliderValue } from "./essay-expected.ts";

/** Every live number on the page, as the reader sees it, with how it is shown. */
async function readLiveNumbers(page: import("@playwright/test").Page) {
  return page.locator("[data-quantity]").evaluateAll((elements) =>
    elements.map((e) => ({
      name: e.getAttribute("data-quantity") ?? "",
      slider: e.getAttribute("role") === "slider" || e instanceof HTMLInputElement,
      text: (e.textContent ?? "").trim(),
      // A range input may move over positions rather than values (a ladder of sizes); then its text says the value.
      value: e instanceof HTMLInputElement ? e.value : e.getAttribute("aria-valuenow"),
      valueText: e.getAttribute("aria-valuetext"),
      native: e instanceof HTMLInputElement,
      chapter: e.closest("section")?.id ?? "",
    })),
  );
}

const LINKS = [
  "",
  "?m=0.4&b=-1&lr=0.08&step=5",
  "?step=1",
  "?method=sgd&step=7&seed=3&scale=standardize",
  "?method=minibatch&batch=5&step=12&lr=0.02",
  "?n=200&step=40&scale=center",
  "?m=-3.5&b=7&lr=0.12&step=60",
  "?lr=0.2&step=30",
];

for (const link of LINKS) {
  test(`every live number for "${link || "/"}" is the engine's`, async ({ page }) => {
    await openEssay(page, link);
    const expected = expectedFor(link);
    // The whole page settles in one flush; wait until the loss shows the expected value, then read all at once.
    await expect(page.locator('[data-quantity="loss"]:not(input):not([role="slider"])').first()).toHaveText(expected.texts.loss!);
    const shown = await readLiveNumbers(page);
    expect(shown.length).toBeGreaterThan(40);
    const seen = new Set<string>();
    for (const { name, slider, text, value, valueText, native } of shown) {
      seen.add(name);
      if (slider) {
        const want = sliderValue(expected.params, name);
        if (want === undefined) continue;
        if (native && valueText) expect(valueText.replace(/,/g, ""), `slider ${name}`).toMatch(new RegExp(`(^|\\D)${want.replace(".", "\\.")}(\\D|$)`));
        else expect(value, `slider ${name}`).toBe(want);
        continue;
      }
      expect(Object.keys(expected.texts), `a live number named ${name}`).toContain(name);
      expect(text, `live number ${name}`).toBe(expected.texts[name]);
    }
    // The story quotes all of these somewhere.
    for (const name of ["loss", "m", "b", "grad-m", "grad-b", "lr", "step", "n", "loss0", "loss1", "m1", "b1", "min-m", "min-b", "min-loss", "curvature", "lr-zigzag", "lr-limit", "m0", "b0",
      "aim0", "condition", "lambda-min", "lr-best", "steps-needed", "x-shift", "x-scale", "own-min-m", "own-min-b", "gap1", "sxx", "sxy"]) {
      expect(seen, `the page shows ${name}`).toContain(name);
    }
  });
}

test("no live number on the page is typed in by hand: the build shows the article's start", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("./");
  const expected = expectedFor("");
  // A chapter about another model shows its own scene's numbers (its frontmatter's link query).
  const sceneOf = (file: string) => /^scene: "(.*)"$/m.exec(readFileSync(`content/chapters/${file}`, "utf8"))![1]!;
  const byChapter: Readonly<Record<string, ReturnType<typeof expectedFor>>> = {
    "many-valleys": expectedFor(sceneOf("07-many-valleys.mdx")),
    "decision-boundary": classifierExpected(sceneOf("08-decision-boundary.mdx")),
  };
  const shown = await readLiveNumbers(page);
  expect(shown.some((e) => e.chapter === "many-valleys" && e.name === "end-loss")).toBe(true);
  expect(shown.some((e) => e.chapter === "decision-boundary" && e.name === "accuracy0")).toBe(true);
  for (const { name, slider, text, chapter } of shown) {
    const want = byChapter[chapter] ?? expected;
    if (slider || !(name in want.texts)) continue;
    expect(text, `live number ${name} in ${chapter}`).toBe(want.texts[name]);
  }
  await context.close();
});

test("after the figures switch to chapter 7's wave and back, every live number is the line's again", async ({ page }) => {
  await openEssay(page);
  // In, and the figures and numbers follow the wave (the prose's numbers a task or two after the figures)...
  await page.locator("#many-valleys").evaluate((e) => e.scrollIntoView());
  await expect(page).toHaveURL(/model=valleys/);
  // ...and back to the first chapter: the line as the reader left it, every number with it.
  await page.locator("#two-spaces").evaluate((e) => e.scrollIntoView());
  await expect(page).not.toHaveURL(/model=/);
  const expected = expectedFor(new URL(page.url()).search);
  const wrong = async () =>
    (await readLiveNumbers(page)).filter((e) => !e.slider && e.name in expected.texts && e.text !== expected.texts[e.name]).map((e) => `${e.name} in ${e.chapter}: ${e.text}`);
  await expect.poll(wrong).toEqual([]);
});
