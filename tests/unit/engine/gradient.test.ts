import { expect, test } from "vitest";
import { batchGradient, generateDataset, gradientFromStats, gradientOver, mse, seededRandom, summarize } from "../../../src/engine/index.ts";
import type { Dataset, Params } from "../../../src/engine/index.ts";
import { relativeError } from "./fixtures.ts";

/** Central finite differences of mse; exact for a quadratic up to rounding. */
function numericGradient(d: Dataset, p: Params, h = 1e-4) {
  return {
    dm: (mse(d, { m: p.m + h, b: p.b }) - mse(d, { m: p.m - h, b: p.b })) / (2 * h),
    db: (mse(d, { m: p.m, b: p.b + h }) - mse(d, { m: p.m, b: p.b - h })) / (2 * h),
  };
}

test("gradientFromStats and gradientOver agree with central finite differences of mse", () => {
  const random = seededRandom(7);
  for (const [n, seed] of [[2, 1], [40, 78], [5000, 2]] as const) {
    const d = generateDataset(n, seed);
    const s = summarize(d);
    for (let trial = 0; trial < 5; trial++) {
      const p = { m: -4 + 8 * random(), b: -4 + 8 * random() };
      const numeric = numericGradient(d, p);
      for (const g of [gradientFromStats(s, p), gradientOver(d, p)]) {
        expect(relativeError(g.dm, numeric.dm)).toBeLessThan(1e-6);
        expect(relativeError(g.db, numeric.db)).toBeLessThan(1e-6);
      }
    }
  }
});

test("gradientOver(data, p) equals gradientFromStats(stats, p) at 500,000 points", () => {
  const d = generateDataset(500_000, 11);
  const s = summarize(d);
  const p = { m: -0.3, b: 2.5 };
  const exact = gradientFromStats(s, p);
  const pass = gradientOver(d, p);
  expect(relativeError(pass.dm, exact.dm)).toBeLessThan(1e-9);
  expect(relativeError(pass.db, exact.db)).toBeLessThan(1e-9);
});

test("batchGradient(data, indices, count, p) uses only the first count indices", () => {
  const d = generateDataset(10, 3);
  const p = { m: 0.5, b: -1 };
  const indices = Int32Array.from([4, 7, 0, 9]);
  const two = { x: Float64Array.from([d.x[4]!, d.x[7]!]), y: Float64Array.from([d.y[4]!, d.y[7]!]) };
  expect(batchGradient(d, indices, 2, p)).toEqual(gradientOver(two, p));
});

test("batchGradient over every index in any order is the full gradient", () => {
  const d = generateDataset(40, 78);
  const p = { m: -0.3, b: 2.5 };
  const reversed = Int32Array.from({ length: 40 }, (_, i) => 39 - i);
  const g = batchGradient(d, reversed, 40, p);
  const full = gradientFromStats(summarize(d), p);
  expect(g.dm).toBeCloseTo(full.dm, 10);
  expect(g.db).toBeCloseTo(full.db, 10);
});
