import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fromBuffer } from "@capsizecss/unpack";
import subsetFont from "subset-font";
import { describe, expect, test } from "vitest";

const CSS = readFileSync(join(import.meta.dirname, "../../../src/styles/fonts.css"), "utf8");
const require = createRequire(import.meta.url);

/** Average lowercase widths per em of the system faces the fallbacks stand on (Capsize's metrics: Times New Roman 832/2048, Arial 913/2048). */
const SYSTEM_WIDTH = { serif: 832 / 2048, sans: 913 / 2048 };

const FALLBACKS = [
  { family: "Source Serif 4 fallback", font: "source-serif/WOFF2/VAR/SourceSerif4Variable-Roman.ttf.woff2", axes: { wght: 400, opsz: 20 }, system: SYSTEM_WIDTH.serif },
  { family: "Source Sans 3 fallback", font: "source-sans/WOFF2/VF/SourceSans3VF-Upright.ttf.woff2", axes: { wght: 400 }, system: SYSTEM_WIDTH.sans },
];

/** The descriptors of the @font-face of this family in fonts.css, as numbers (percentages). */
function descriptors(family: string): Record<string, number> {
  const body = [...CSS.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => m[1]!).find((b) => b.includes(`"${family}"`));
  if (!body) throw new Error(`no @font-face for ${family}`);
  return Object.fromEntries([...body.matchAll(/([a-z-]+):\s*([\d.]+)%/g)].map((m) => [m[1]!, Number(m[2])]));
}

describe.each(FALLBACKS)("$family", ({ family, font, axes, system }) => {
  test("takes the room of the web face at weight 400: its average width, ascent and descent", async () => {
    const instance = await subsetFont(readFileSync(require.resolve(font)), null, { keepAllGlyphs: true, variationAxes: axes, targetFormat: "sfnt" });
    const metrics = await fromBuffer(instance);
    const sizeAdjust = metrics.xWidthAvg / metrics.unitsPerEm / system;
    const want = {
      "size-adjust": sizeAdjust * 100,
      "ascent-override": (metrics.ascent / metrics.unitsPerEm / sizeAdjust) * 100,
      "descent-override": (Math.abs(metrics.descent) / metrics.unitsPerEm / sizeAdjust) * 100,
      "line-gap-override": (metrics.lineGap / metrics.unitsPerEm / sizeAdjust) * 100,
    };
    const got = descriptors(family);
    for (const [name, value] of Object.entries(want)) expect(got[name], name).toBeCloseTo(value, 1);
  });
});
