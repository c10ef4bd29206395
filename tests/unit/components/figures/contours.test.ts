import { expect, test } from "vitest";
import { bowlBands, contourLevels, ringEllipse, apartLabels, ringLabel, ringLabelSpots } from "../../../../src/components/figures/contours.ts";
import { firstTwo, leastSquares, line, lossFromStats, lossGrid, objective, summarize, type Bowl } from "../../../../src/engine/index.ts";
import { fit, stats, theta0 } from "../../engine/fixtures.ts";

const bowl: Bowl = fit.bowl!;

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

const WINDOW = { u0: -1.5, u1: 3, v0: -2.5, v1: 5 };
const BOX = { left: 40, top: 10, width: 200, height: 180 };

/** The data-space point under a viewBox point of BOX over WINDOW. */
function toParams(x: number, y: number): { m: number; b: number } {
  return {
    m: WINDOW.u0 + ((x - BOX.left) / BOX.width) * (WINDOW.u1 - WINDOW.u0),
    b: WINDOW.v0 + ((BOX.top + BOX.height - y) / BOX.height) * (WINDOW.v1 - WINDOW.v0),
  };
}

test("ringEllipse(bowl, window, box, level) is the exact ring: every point on it has that loss", () => {
  const bottom = lossFromStats(stats, leastSquares(stats)!);
  for (const level of [bottom + 0.5, 10, 40]) {
    const e = ringEllipse(bowl, WINDOW, BOX, level)!;
    const turn = (e.angle * Math.PI) / 180;
    for (let k = 0; k < 16; k++) {
      const t = (k / 16) * 2 * Math.PI;
      const x = e.cx + e.rx * Math.cos(t) * Math.cos(turn) - e.ry * Math.sin(t) * Math.sin(turn);
      const y = e.cy + e.rx * Math.cos(t) * Math.sin(turn) + e.ry * Math.sin(t) * Math.cos(turn);
      expect(lossFromStats(stats, toParams(x, y))).toBeCloseTo(level, 9);
    }
  }
  expect(ringEllipse(bowl, WINDOW, BOX, bottom - 1)).toBeNull();
});

test("bowlBands(bowl, window, levels, box) draws one ellipse per level, as two arcs", () => {
  const grid = lossGrid(fit, firstTwo(theta0), WINDOW, 32, 32);
  const levels = contourLevels(grid.min, grid.max, 6);
  const bands = bowlBands(bowl, WINDOW, levels, BOX);
  expect(bands.map((b) => b.level)).toEqual(levels);
  for (const band of bands) {
    expect(band.d).toMatch(/^M-?[\d.]+,-?[\d.]+(A[\d.]+,[\d.]+,-?[\d.]+,0,1,-?[\d.]+,-?[\d.]+){2}Z$/);
    const [x, y] = band.d.slice(1).split("A")[0]!.split(",").map(Number);
    // The path starts on the ring, to within the tenth of a unit it is rounded to.
    const p = toParams(x!, y!);
    const slack = Math.abs(lossFromStats(stats, toParams(x! + 0.1, y! + 0.1)) - lossFromStats(stats, p)) * 2;
    expect(Math.abs(lossFromStats(stats, p) - band.level)).toBeLessThanOrEqual(slack);
  }
  expect(bowlBands(bowl, WINDOW, [lossFromStats(stats, leastSquares(stats)!) - 1], BOX)[0]!.d).toBe("");
});

test("with every x the same the bowl is a trough, and each ring a straight band around its floor line", () => {
  const points = { x: Float64Array.from([2, 2, 2, 2]), y: Float64Array.from([1, 3, 2, 5]) };
  const trough = summarize(points);
  const troughBowl = objective(line, points).bowl!;
  expect(troughBowl.unique).toBe(false);
  const floor = lossFromStats(trough, { m: 0, b: trough.meanY });
  const [band] = bowlBands(troughBowl, WINDOW, [floor + 1], BOX);
  expect(band!.d).toMatch(/^M-?[\d.]+,-?[\d.]+(L-?[\d.]+,-?[\d.]+){3}Z$/);
  const corners = band!.d.slice(1, -1).split("L").map((pair) => pair.split(",").map(Number) as [number, number]);
  // Two long sides, each on the level set: where the loss is floor + 1, at every point along them.
  for (const [[x0, y0], [x1, y1]] of [[corners[0]!, corners[1]!], [corners[2]!, corners[3]!]] as const) {
    for (const t of [0.25, 0.5, 0.75]) {
      expect(lossFromStats(trough, toParams(x0 + t * (x1 - x0), y0 + t * (y1 - y0)))).toBeCloseTo(floor + 1, 1);
    }
  }
  expect(bowlBands(troughBowl, WINDOW, [floor - 1], BOX)[0]!.d).toBe("");
});

test("ringLabelSpots puts each label where its ring crosses the segment from the bottom of the bowl", () => {
  const minimum = leastSquares(stats)!;
  const bottom = { u: minimum.m, v: minimum.b, loss: lossFromStats(stats, minimum) };
  const corner = { u: -1.5, v: 5, loss: lossFromStats(stats, { m: -1.5, b: 5 }) };
  const spots = ringLabelSpots(bottom, corner, [bottom.loss - 1, 5, 10, 20, corner.loss + 1]);
  expect(spots.map((s) => s.level)).toEqual([5, 10, 20]);
  for (const s of spots) {
    expect(lossFromStats(stats, { m: s.u, b: s.v })).toBeCloseTo(s.level, 10);
    // On the segment: the same fraction of the way in m as in b.
    expect((s.u - bottom.u) / (corner.u - bottom.u)).toBeCloseTo((s.v - bottom.v) / (corner.v - bottom.v), 10);
  }
});

test("contourLevels of an empty range is no levels", () => {
  expect(contourLevels(3, 3, 5)).toEqual([]);
});

test("ringLabel(level) is short: three significant figures, a superscript power of ten past ten thousand", () => {
  expect(ringLabel(5.3)).toBe("5.3");
  expect(ringLabel(10.64)).toBe("10.6");
  expect(ringLabel(86)).toBe("86");
  expect(ringLabel(925757)).toBe("9.3 × 10⁵");
});

test("apartLabels keeps, in order, the labels whose boxes overlap none kept before them", () => {
  const spots = [{ x: 0, y: 0 }, { x: 10, y: 5 }, { x: 30, y: 5 }, { x: 12, y: 20 }, { x: 31, y: 10 }];
  // The second overlaps the first (10 < 24 across, 5 < 12 up); the fifth the third.
  expect(apartLabels(spots, 24, 12)).toEqual([spots[0], spots[2], spots[3]]);
  expect(apartLabels([], 24, 12)).toEqual([]);
});

test("apartLabels leaves out a label whose box covers one of the marks, and keeps the rest", () => {
  const spots = [{ x: 100, y: 100 }, { x: 160, y: 100 }];
  // The minimum's cross at (95, 98): the first label would print over it.
  const marks = [{ left: 87, top: 90, right: 103, bottom: 106 }];
  expect(apartLabels(spots, 24, 12, marks)).toEqual([spots[1]]);
  // Touching edges do not overlap.
  expect(apartLabels([{ x: 115, y: 98 }], 24, 12, marks)).toEqual([{ x: 115, y: 98 }]);
});
