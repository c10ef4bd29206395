import { expect, test } from "vitest";
import {
  curvature, datasetFromPoints, descend, generateDataset, leastSquares, line, objective, seededRandom, summarize,
} from "../../../src/engine/index.ts";
import { descendOptions, relativeError, stats } from "./fixtures.ts";

/** The Hessian of the MSE at any (m, b), from raw sums: 2/n·[[Σx², Σx], [Σx, n]]. */
function hessian(points: ReadonlyArray<readonly [number, number]>): [number, number, number] {
  const n = points.length;
  const sx = points.reduce((t, [x]) => t + x, 0);
  const sxx = points.reduce((t, [x]) => t + x * x, 0);
  return [(2 * sxx) / n, (2 * sx) / n, 2];
}

test("curvature(stats) is the pair of eigenvalues of the MSE's Hessian", () => {
  const points = [[-1, 2], [0.5, 1], [3, 4], [4, -2]] as const;
  const [a, b, c] = hessian(points);
  const { max, min } = curvature(summarize(datasetFromPoints(points)));
  // Trace and determinant of a 2×2 matrix are the sum and product of its eigenvalues.
  expect(relativeError(max + min, a + c)).toBeLessThan(1e-12);
  expect(relativeError(max * min, a * c - b * b)).toBeLessThan(1e-12);
  expect(max).toBeGreaterThanOrEqual(min);
});

test("curvature(stats) of points at x = 0 only is 2 along b and 0 along m", () => {
  expect(curvature(summarize(datasetFromPoints([[0, 1], [0, 3]])))).toEqual({ max: 2, min: 0 });
});

test("curvature(stats) keeps the small eigenvalue exact when x lies far from 0", () => {
  const points = Array.from({ length: 50 }, (_, i) => [1e4 + i, i] as const);
  const [a, b, c] = hessian(points);
  const { max, min } = curvature(summarize(datasetFromPoints(points)));
  // Here min is about 1e-5 of max; subtracting two near-equal numbers would leave no correct digit.
  expect(relativeError(min, (a * c - b * b) / max)).toBeLessThan(1e-6);
});

test("curvature(stats) of the default data puts the divergence limit between 0.155 and 0.16", () => {
  expect(2 / curvature(stats).max).toBeGreaterThan(0.155);
  expect(2 / curvature(stats).max).toBeLessThan(0.16);
});

test("full-batch descent closes in just below 2 / max and diverges just above it", () => {
  for (const seed of [1, 7, 42]) {
    const data = generateDataset(40, seed);
    const s = summarize(data);
    const limit = 2 / curvature(s).max;
    const run = (learningRate: number) => descend(descendOptions({ objective: objective(line, data), learningRate, steps: 1000, random: seededRandom(1) }));
    const below = run(limit * 0.98);
    expect(below.divergence).toBeNull();
    expect(below.loss[below.length - 1]).toBeLessThan(below.loss[0]!);
    expect(run(limit * 1.02).divergence).not.toBeNull();
  }
});

test("full-batch descent zigzags only past 1 / max: across the rings, each step then lands on the other side", () => {
  const { max } = curvature(stats);
  const bottom = leastSquares(stats)!;
  // The steepest direction is the Hessian's eigenvector for max: (mean x, max / 2 − mean x²) up to scale.
  const v = { m: stats.meanX, b: max / 2 - (stats.sxx / stats.n + stats.meanX * stats.meanX) };
  const sides = (learningRate: number) => {
    const t = descend(descendOptions({ learningRate, steps: 12 }));
    return Array.from({ length: t.length }, (_, i) => Math.sign((t.params[0]![i]! - bottom.m) * v.m + (t.params[1]![i]! - bottom.b) * v.b));
  };
  const crossings = (s: number[]) => s.slice(1).filter((side, i) => side !== s[i]).length;
  expect(crossings(sides(0.9 / max))).toBe(0);
  expect(crossings(sides(1.5 / max))).toBe(12);
});
