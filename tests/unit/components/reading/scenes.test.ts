import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { sceneFor } from "../../../../src/components/reading/scenes.ts";
import { DEFAULTS } from "../../../../src/state/fields.ts";
import { parseQuery } from "../../../../src/state/url-codec.ts";

const DIR = join(import.meta.dirname, "../../../../content/chapters");

/** The chapters' scenes as the page passes them to the director: anchor → frontmatter `scene`. */
const SCENES: Record<string, string> = Object.fromEntries(
  readdirSync(DIR)
    .filter((f) => /^\d\d-.*\.mdx$/.test(f))
    .flatMap((f) => {
      const front = readFileSync(join(DIR, f), "utf8").match(/^---\n([\s\S]*?)\n---/)![1]!;
      const anchor = front.match(/^anchor: (.+)$/m)![1]!;
      const scene = front.match(/^scene: "(.*)"$/m)?.[1];
      return scene === undefined ? [] : [[anchor, scene]];
    }),
);

describe("scenes", () => {
  test("the start chapters show the article's start, chapter 5 its first step", () => {
    expect(sceneFor(SCENES, "starting-somewhere")).toEqual(DEFAULTS);
    expect(sceneFor(SCENES, "one-step")).toEqual({ ...DEFAULTS, step: 1 });
  });
  test("the playground and unknown anchors set nothing", () => {
    expect(sceneFor(SCENES, "your-turn")).toBeNull();
    expect(sceneFor(SCENES, null)).toBeNull();
    expect(sceneFor(SCENES, "constructor")).toBeNull();
  });
  test("every scene is a clean link query: nothing in it needs correcting", () => {
    for (const query of Object.values(SCENES)) expect(parseQuery(query).notices).toEqual([]);
  });
});
