import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect, quantity } from "../fixtures.ts";
import { nonFiniteProblems } from "./page-checks.ts";

const CHAPTER_DIR = "content/chapters";

/** A chapter as its source declares it: title, anchor, and whether its text typesets maths. */
interface Chapter {
  readonly file: string;
  readonly title: string;
  readonly anchor: string;
  readonly hasMath: boolean;
}

function field(source: string, name: string): string {
  const value = new RegExp(`^${name}:\\s*(.+)$`, "m").exec(source.split(/^---$/m)[1] ?? "")?.[1] ?? "";
  return value.trim().replace(/^(["'])(.*)\1$/, "$2");
}

const chapters: Chapter[] = readdirSync(CHAPTER_DIR)
  .filter((f) => /^\d\d-.*\.mdx$/.test(f))
  .sort()
  .map((file) => {
    const source = readFileSync(join(CHAPTER_DIR, file), "utf8");
    return { file, title: field(source, "title"), anchor: field(source, "anchor"), hasMath: /<Tex\b|<Math\b|\$\$|\\\(/.test(source) };
  });

test.use({ javaScriptEnabled: false });

// The page at the start, read four ways: one load of it (nothing here changes it).
test("with JavaScript off, every chapter's heading and prose is on the page, the live numbers show the start's values (never a blank or a dash), the maths is typeset (KaTeX at build time, its styles and fonts loaded) and both figures are drawn as SVG at the start state", async ({ page }) => {
  await page.goto("./");
  expect(chapters.length).toBeGreaterThan(0);
  for (const chapter of chapters) {
    const section = page.locator(`#${chapter.anchor}`);
    await expect(section, chapter.file).toBeVisible();
    await expect(section.getByRole("heading", { name: chapter.title }).first(), chapter.file).toBeVisible();
    // Text content, not innerText: a chapter far down is not rendered until it nears the screen.
    const prose = await section.locator("p").allTextContents();
    expect(prose.join(" ").length, `${chapter.file} prose`).toBeGreaterThan(80);
  }
  // The line's chapters are long reads, not stubs.
  for (const anchor of ["two-spaces", "landscape", "why-not-look", "starting-somewhere", "one-step", "full-batch", "your-turn"]) {
    const section = page.locator(`section#${anchor}`);
    await expect(section.locator("h2")).toBeVisible();
    expect((await section.locator("p").allTextContents()).join(" ").length, anchor).toBeGreaterThan(300);
  }

  // The live numbers.
  await expect(quantity(page, "loss")).toHaveText("20.5");
  await expect(quantity(page, "m")).toHaveText("−0.30");
  await expect(page.getByRole("slider", { name: "starting slope m" }).first()).toHaveText("−0.30");
  expect(await nonFiniteProblems(page)).toEqual([]);

  // The maths, with its live numbers at the start in the typeset text and in the MathML copy for screen readers.
  const math = page.locator(".katex");
  await expect(math.first()).toBeVisible();
  expect(await math.count(), "typeset formulas on the page").toBeGreaterThan(10);
  expect(await page.locator(".katex-mathml math").count(), "a MathML copy of each").toBe(await math.count());
  await expect(page.locator("#starting-somewhere .katex-html [data-quantity=loss0]")).toHaveText("20.5");
  await expect(page.locator("#starting-somewhere .katex-mathml [data-quantity=loss0]")).toHaveText("20.5");
  for (const chapter of chapters.filter((c) => c.hasMath)) {
    expect(await page.locator(`#${chapter.anchor} .katex`).count(), `${chapter.file} formulas`).toBeGreaterThan(0);
  }
  // The stylesheet is there when KaTeX's own font family applies and its MathML copy (for screen
  // readers) is clipped to nothing on screen.
  expect(await math.first().evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/KaTeX_Main/);
  const mathml = await page.locator(".katex-mathml").first().boundingBox();
  expect(mathml && mathml.width <= 1 && mathml.height <= 1, "the MathML copy is visually hidden").toBe(true);
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.replace(/"/g, "") === "KaTeX_Main" && f.status === "loaded"))).toBe(true);

  // The figures.
  for (const name of ["loss-space", "data-space"]) {
    const figure = page.locator(`[data-figure="${name}"]`).first();
    await expect(figure, name).toBeVisible();
    const svg = figure.locator("svg").first();
    await expect(svg, `${name} svg`).toBeVisible();
    const box = await svg.boundingBox();
    expect(box && box.width > 100 && box.height > 100, `${name} has a real size`).toBe(true);
    const marks = await svg.locator("path, circle, line, polyline, polygon, rect").count();
    expect(marks, `${name} marks`).toBeGreaterThan(3);
  }
  expect(await nonFiniteProblems(page)).toEqual([]);
});

test("with JavaScript off, the controls that need it are hidden and the numbers are plain numbers", async ({ page }) => {
  await page.goto("./?step=3");
  for (const section of await page.locator(".prose > section").all()) await section.evaluate((el) => (el.style.contentVisibility = "visible"));
  // Play, the step track, copy link, the keys hint, edit points, the loss space's views, theme, pin, undo, download, CSV,
  // and the pickers' radio buttons (their lists of optimisers and methods stay, as text).
  const pretending = await page.locator("button, kbd, textarea, select, input").evaluateAll((els) =>
    els.filter((el) => el.getClientRects().length > 0).map((el) => `${el.tagName.toLowerCase()} ${(el.textContent || el.getAttribute("aria-label") || el.getAttribute("type") || "").trim()}`),
  );
  expect(pretending).toEqual([]);
  await expect(page.locator(".player")).toHaveCount(2);
  await expect(page.locator(".player").first()).toBeHidden();
  await expect(page.getByText("Point at a data point")).toBeHidden();
  await expect(page.locator("fieldset.optimizers").first()).toContainText("keeps a velocity");
  // A number in the prose promises no drag: no dotted underline, no hint.
  const number = page.locator('.prose [role="slider"][data-quantity="lr"]').first();
  await number.hover();
  expect(await number.evaluate((el) => [getComputedStyle(el).borderBottomStyle, getComputedStyle(el, "::after").display])).toEqual(["none", "none"]);
  // What stays: the prose, the maths and the figures at the start.
  await expect(page.locator('[data-figure="loss-space"] figcaption')).toContainText("At the start, the line y = −0.30x + 2.50 has loss 20.5");
  await expect(page.locator(".katex").first()).toBeVisible();
});
