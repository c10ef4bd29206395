import { expect, test } from "vitest";
import { contourBands, contourLevels } from "../../../src/components/figures/contours.ts";
import { lossGrid } from "../../../src/engine/index.ts";
import { stats } from "../engine/fixtures.ts";

test("contourLevels(min, max, count) rises by the square, so rings fall evenly apart in a quadratic bowl", () => {
  const levels = contourLevels(2, 102, 4);
  expect(levels).toHaveLength(4);
  levels.forEach((level, k) => expect(level).toBeCloseTo(2 + 100 * ((k + 1) / 5) ** 2, 12));
  const gaps = levels.map((l) => Math.sqrt(l - 2));
  expect(gaps[1]! - gaps[0]!).toBeCloseTo(gaps[3]! - gaps[2]!, 12);
});

test("contourBands(grid, levels, box) traces one closed path per level inside the box", () => {
  const window = { m0: -1.5, m1: 3, b0: -2.5, b1: 5 };
  const grid = lossGrid(stats, window, 32, 32);
  const levels = contourLevels(grid.min, grid.max, 6);
  const box = { left: 40, top: 10, width: 200, height: 180 };
  const bands = contourBands(grid, levels, box);
  expect(bands.map((b) => b.level)).toEqual(levels);
  for (const band of bands) {
    expect(band.d).toMatch(/^M[\d.,LMZ-]+Z$/);
    const numbers = band.d.match(/-?[\d.]+,-?[\d.]+/g)!.map((pair) => pair.split(",").map(Number));
    for (const [x, y] of numbers) {
      expect(x).toBeGreaterThanOrEqual(box.left - 1e-9);
      expect(x).toBeLessThanOrEqual(box.left + box.width + 1e-9);
      expect(y).toBeGreaterThanOrEqual(box.top - 1e-9);
      expect(y).toBeLessThanOrEqual(box.top + box.height + 1e-9);
    }
  }
});
