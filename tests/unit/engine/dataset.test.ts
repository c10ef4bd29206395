import { expect, test } from "vitest";
import { DATA_SHAPE, MAX_N, datasetFromPoints, generateDataset, leastSquares, mse, summarize } from "../../../src/engine/index.ts";
import { data, start } from "./fixtures.ts";

test("mse(data, {m: -0.3, b: 2.5}) is 20.5 for the default data", () => {
  expect(mse(data, start).toFixed(1)).toBe("20.5");
});

test("the default data has 40 points and a clearly rising trend", () => {
  expect(data.x.length).toBe(40);
  expect(data.y.length).toBe(40);
  expect(leastSquares(summarize(data))!.m).toBeGreaterThan(1);
});

test("generateDataset(n, seed) puts every x in [xMin, xMax)", () => {
  for (const xi of generateDataset(1000, 3).x) {
    expect(xi).toBeGreaterThanOrEqual(DATA_SHAPE.xMin);
    expect(xi).toBeLessThan(DATA_SHAPE.xMax);
  }
});

test("generateDataset(n, seed) gives the same points for the same seed", () => {
  expect(generateDataset(100, 42)).toEqual(generateDataset(100, 42));
});

test("generateDataset(n, seed) gives different points for different seeds", () => {
  const a = generateDataset(100, 42);
  const b = generateDataset(100, 43);
  expect(a.x).not.toEqual(b.x);
  expect(a.y).not.toEqual(b.y);
});

test("generateDataset(n, seed) is the first n points of a larger set with the same seed", () => {
  const small = generateDataset(40, 9);
  const large = generateDataset(5000, 9);
  expect(large.x.subarray(0, 40)).toEqual(small.x);
  expect(large.y.subarray(0, 40)).toEqual(small.y);
});

test("generateDataset(500000, seed) makes finite Float64Arrays that recover the process", () => {
  const big = generateDataset(MAX_N, 1);
  expect(big.x).toBeInstanceOf(Float64Array);
  expect(big.y).toBeInstanceOf(Float64Array);
  expect(big.x.length).toBe(MAX_N);
  expect(big.y.length).toBe(MAX_N);
  expect(big.x.every(Number.isFinite) && big.y.every(Number.isFinite)).toBe(true);
  const fit = leastSquares(summarize(big))!;
  expect(fit.m).toBeCloseTo(DATA_SHAPE.slope, 1);
  expect(fit.b).toBeCloseTo(DATA_SHAPE.intercept, 1);
});

test("datasetFromPoints(points) copies the pairs in order", () => {
  const d = datasetFromPoints([[1, 2], [3, 4], [-5, 6.5]]);
  expect(Array.from(d.x)).toEqual([1, 3, -5]);
  expect(Array.from(d.y)).toEqual([2, 4, 6.5]);
});
