import { expect, test } from "vitest";
import { linesPath, pointLines, sliceLineSegment } from "../../../../src/components/figures/footprint.ts";
import { linearScale } from "../../../../src/components/figures/geometry.ts";
import { firstTwo, line } from "../../../../src/engine/index.ts";
import { data, theta0 } from "../../engine/fixtures.ts";

const window = { u0: -1.5, u1: 3, v0: -2.5, v1: 5 };

test("sliceLineSegment(line, window) is the part of a·u + b·v = c inside the window", () => {
  // b = 2 − m: from (−1.5, 3.5) to (3, −1).
  expect(sliceLineSegment({ a: 1, b: 1, c: 2 }, window)).toEqual([{ x: -1.5, y: 3.5 }, { x: 3, y: -1 }]);
  // A steep line, b = 40 − 20m, crosses the top and the bottom edge.
  const steep = sliceLineSegment({ a: 20, b: 1, c: 40 }, window)!;
  for (const p of steep) expect(20 * p.x + p.y).toBeCloseTo(40, 12);
  expect(steep.map((p) => p.y).sort()).toEqual([-2.5, 5]);
});

test("sliceLineSegment is null for a line that misses the window, and follows a line along v without dividing by 0", () => {
  expect(sliceLineSegment({ a: 0, b: 1, c: 100 }, window)).toBeNull();
  expect(sliceLineSegment({ a: 1, b: 0, c: 1 }, window)).toEqual([{ x: 1, y: -2.5 }, { x: 1, y: 5 }]);
});

test("pointLines gives every point's line, and linesPath draws those crossing the window as one path", () => {
  const lines = pointLines(line, data, [0, 1, 2], firstTwo(theta0));
  expect(lines).toEqual([0, 1, 2].map((i) => ({ a: data.x[i], b: 1, c: data.y[i] })));
  const d = linesPath(lines, window, linearScale([-1.5, 3], [0, 100]), linearScale([-2.5, 5], [100, 0]));
  expect(d.match(/M/g)!.length).toBeLessThanOrEqual(3);
  expect(d).not.toMatch(/NaN|Infinity/);
});
