import { expect, test } from "vitest";
import { contourBands, contourLevels, ringLabel, ringLabelSpots } from "../../../src/components/figures/contours.ts";
import { leastSquares, lossFromStats, lossGrid } from "../../../src/engine/index.ts";
import { stats } from "../engine/fixtures.ts";

test("contourLevels(min, max, count) rises by the square, so rings fall evenly apart in a quadratic bowl", () => {
  expect(contourLevels(2, 102, 4)).toEqual([6, 18, 38, 66]);
  const levels = contourLevels(3.524, 75.18, 12);
  expect(levels).toHaveLength(12);
  levels.forEach((level, k) => {
    expect(Number(level.toFixed(1))).toBe(level);
    expect(Math.abs(level - (3.524 + (75.18 - 3.524) * ((k + 1) / 13) ** 2))).toBeLessThanOrEqual(0.05);
  });
});

test("contourLevels keeps a level once when two round to the same number, and none at the bottom itself", () => {
  const levels = contourLevels(10, 10.5, 8);
  expect(levels.length).toBeGreaterThan(4);
  expect(new Set(levels).size).toBe(levels.length);
  expect(levels.every((l) => l > 10)).toBe(true);
  expect(contourLevels(0, 1e-9, 3).length).toBeGreaterThan(0);
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

test("ringLabelSpots puts each label where its ring crosses the segment from the bottom of the bowl", () => {
  const minimum = leastSquares(stats)!;
  const bottom = { ...minimum, loss: lossFromStats(stats, minimum) };
  const corner = { m: -1.5, b: 5, loss: lossFromStats(stats, { m: -1.5, b: 5 }) };
  const spots = ringLabelSpots(bottom, corner, [bottom.loss - 1, 5, 10, 20, corner.loss + 1]);
  expect(spots.map((s) => s.level)).toEqual([5, 10, 20]);
  for (const s of spots) {
    expect(lossFromStats(stats, s)).toBeCloseTo(s.level, 10);
    // On the segment: the same fraction of the way in m as in b.
    expect((s.m - bottom.m) / (corner.m - bottom.m)).toBeCloseTo((s.b - bottom.b) / (corner.b - bottom.b), 10);
  }
});

test("contourLevels of an empty range is no levels", () => {
  expect(contourLevels(3, 3, 5)).toEqual([]);
});

test("ringLabel(level) is short: three significant figures, exponent form past ten thousand", () => {
  expect(ringLabel(5.3)).toBe("5.3");
  expect(ringLabel(10.64)).toBe("10.6");
  expect(ringLabel(86)).toBe("86");
  expect(ringLabel(925757)).toBe("9.3e5");
});
