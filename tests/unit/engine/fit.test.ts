import { expect, test } from "vitest";
import { datasetFromPoints, generateDataset, gradientFromStats, leastSquares, summarize } from "../../../src/engine/index.ts";
import type { Dataset } from "../../../src/engine/index.ts";
import { relativeError } from "./fixtures.ts";

/** Solves the 2×2 normal equations [Σx² Σx; Σx n]·(m, b) = (Σxy, Σy) by Cramer's rule from raw sums. */
function normalEquations({ x, y }: Dataset) {
  const n = x.length;
  let sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (let i = 0; i < n; i++) sx += x[i]!, sy += y[i]!, sxx += x[i]! * x[i]!, sxy += x[i]! * y[i]!;
  const det = sxx * n - sx * sx;
  return { m: (sxy * n - sx * sy) / det, b: (sxx * sy - sx * sxy) / det };
}

test("leastSquares(stats) agrees with the normal equations solved from raw sums", () => {
  for (const [n, seed] of [[2, 1], [40, 78], [1000, 5], [100_000, 6]] as const) {
    const d = generateDataset(n, seed);
    const fit = leastSquares(summarize(d))!;
    const reference = normalEquations(d);
    expect(relativeError(fit.m, reference.m)).toBeLessThan(1e-9);
    expect(relativeError(fit.b, reference.b)).toBeLessThan(1e-9);
  }
});

test("leastSquares(stats) is where the gradient vanishes", () => {
  const s = summarize(generateDataset(40, 78));
  const g = gradientFromStats(s, leastSquares(s)!);
  expect(g.dm).toBeCloseTo(0, 12);
  expect(g.db).toBeCloseTo(0, 12);
});

test("leastSquares(stats) recovers a line through every point", () => {
  const fit = leastSquares(summarize(datasetFromPoints([[-1, -3], [0, -1], [2, 3], [4, 7]])))!;
  expect(fit.m).toBeCloseTo(2, 12);
  expect(fit.b).toBeCloseTo(-1, 12);
});

test("leastSquares(stats) is null when all x are equal", () => {
  expect(leastSquares(summarize(datasetFromPoints([[2, 1], [2, 3], [2, 5]])))).toBeNull();
  expect(leastSquares(summarize(datasetFromPoints([[7, 1]])))).toBeNull();
});

test("leastSquares(stats) is null when x differ only by rounding", () => {
  expect(leastSquares(summarize(datasetFromPoints([[0.1 + 0.2, 1], [0.3, 2]])))).toBeNull();
});
