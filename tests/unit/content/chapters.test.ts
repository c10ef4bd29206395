import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

const DIR = join(import.meta.dirname, "../../../content/chapters");
const FILES = readdirSync(DIR).filter((f) => /^\d\d-.*\.mdx$/.test(f)).sort();

/**
 * proseOf(mdx) is what a reader reads of a chapter as written: the MDX without frontmatter, imports,
 * exports, JSX tags (with their attributes, where the maths and settings live) and {expressions}.
 */
function proseOf(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?---/, "")
    .replace(/^(import|export) .*$/gm, "")
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, "")
    .replace(/<[A-Za-z][^>]*?\/>/g, " ")
    .replace(/<\/?[A-Za-z][^>]*>/g, " ")
    .replace(/\{[^}]*\}/g, " ")
    // Ordered-list markers count items, not quantities.
    .replace(/^\s*\d+\.\s/gm, "");
}

test("the chapters are those of the story, in order (the playground is last)", () => {
  expect(FILES).toEqual([
    "01-two-spaces.mdx", "02-landscape.mdx", "03-why-not-look.mdx", "04-starting-somewhere.mdx",
    "05-one-step.mdx", "06-full-batch.mdx", "07-many-valleys.mdx", "08-decision-boundary.mdx", "09-your-turn.mdx",
  ]);
});

describe.each(FILES)("%s", (file) => {
  const mdx = readFileSync(join(DIR, file), "utf8");
  test("has no number typed into its prose: every number is live or comes from the code", () => {
    // "3D" names the view, not a quantity.
    const digits = proseOf(mdx).replace(/\b3D\b/g, "").match(/[^\s]*\d[^\s]*/g);
    expect(digits).toBeNull();
  });
  test("has a title and an anchor matching its file name", () => {
    const anchor = mdx.match(/^anchor: (.+)$/m)?.[1];
    expect(file).toBe(`${file.slice(0, 2)}-${anchor}.mdx`);
    expect(mdx).toMatch(/^title: .+$/m);
  });
});

test("the article the essay grows from is named, dated and credited where the essay first cites it", () => {
  const first = FILES.map((f) => readFileSync(join(DIR, f), "utf8")).find((mdx) => /\barticle\b/.test(proseOf(mdx)))!;
  const prose = first.replace(/^---[\s\S]*?---/, "");
  const cite = prose.search(/\barticle\b/);
  expect(prose.indexOf("{SOURCE.title}")).toBeGreaterThan(-1);
  expect(prose.indexOf("{SOURCE.title}")).toBeLessThan(cite + 80);
  expect(prose).toContain("{SOURCE.posted}");
});

test("no sentence claims more than the maths does", () => {
  const all = FILES.map((f) => proseOf(readFileSync(join(DIR, f), "utf8")).replace(/\s+/g, " ")).join(" ");
  // All linear least squares has the six-number shortcut; many models, not most, have many valleys; the first
  // step's line is not the best line; a stochastic step can raise the loss a great deal.
  for (const overstatement of [/only this model has/, /Most models/, /to rising, through the middle of the cloud/, /misses a little/]) {
    expect(all).not.toMatch(overstatement);
  }
});
