import { describe, expect, test } from "vitest";
import {
  IDENTITY, applyX, datasetFromPoints, inverse, presetData, scaleData, scaleStats, summarize, undoX, xTransform,
} from "../../../src/engine/index.ts";
import { data, relativeError, stats } from "./fixtures.ts";

/** Points spread over ±1,000,000 around a centre far from 0, on a rising line with some scatter. */
function wide(centre: number): ReturnType<typeof datasetFromPoints> {
  return datasetFromPoints(Array.from({ length: 25 }, (_, i) => [centre + (i - 12) * 80_000 + (i % 3) * 7, 0.3 * i + (i % 4)] as const));
}

describe("xTransform(scaling, stats)", () => {
  test("leaves x alone, centres it on its mean, or also divides by its spread", () => {
    expect(xTransform("none", stats)).toBe(IDENTITY);
    expect(xTransform("center", stats)).toEqual({ shift: stats.meanX, scale: 1 });
    expect(xTransform("standardize", stats)).toEqual({ shift: stats.meanX, scale: Math.sqrt(stats.sxx / stats.n) });
  });

  test("gives data whose mean is 0 and, standardised, whose spread is 1", () => {
    for (const points of [data, presetData("steep-line"), wide(0), wide(-900_000)]) {
      const centred = summarize(scaleData(points, xTransform("center", summarize(points))));
      const standard = summarize(scaleData(points, xTransform("standardize", summarize(points))));
      const spread = Math.sqrt(summarize(points).sxx / points.x.length);
      expect(Math.abs(centred.meanX) / spread).toBeLessThan(1e-12);
      expect(Math.abs(standard.meanX)).toBeLessThan(1e-12);
      expect(relativeError(standard.sxx / standard.n, 1)).toBeLessThan(1e-12);
    }
  });

  test("keeps every digit of x spread over ±1,000,000 around a centre far from 0", () => {
    const points = wide(-900_000);
    const t = xTransform("standardize", summarize(points));
    const scaled = scaleData(points, t);
    // Undone, each x comes back to within a few units in the last place of a million.
    points.x.forEach((x, i) => expect(Math.abs(undoX(t, scaled.x[i]!) - x)).toBeLessThan(1e-9));
    // The spread of the raw sums, Σx²/n − x̄², would have lost all but a few digits here.
    expect(relativeError(t.scale, Math.sqrt(points.x.reduce((s, x) => s + (x - t.shift) ** 2, 0) / points.x.length))).toBeLessThan(1e-12);
  });

  test("of x with no spread only centres: there is nothing to divide by", () => {
    const flat = summarize(datasetFromPoints([[2, 1], [2, 3]]));
    expect(xTransform("standardize", flat)).toEqual({ shift: 2, scale: 1 });
  });
});

describe("scaleData(data, t)", () => {
  test("changes x by t and keeps y", () => {
    const t = { shift: 1, scale: 2 };
    const scaled = scaleData(data, t);
    expect(scaled.y).toBe(data.y);
    data.x.forEach((x, i) => expect(scaled.x[i]).toBe((x - 1) / 2));
  });

  test("is the data itself when t changes nothing", () => {
    expect(scaleData(data, IDENTITY)).toBe(data);
  });
});

describe("inverse(t)", () => {
  test("undoes t", () => {
    const t = { shift: -3.5, scale: 0.25 };
    for (const x of [-7, 0, 0.1, 12345.678]) {
      expect(applyX(inverse(t), applyX(t, x))).toBeCloseTo(x, 10);
      expect(undoX(t, applyX(t, x))).toBeCloseTo(x, 10);
    }
  });
});

describe("scaleStats(stats, t)", () => {
  test("is the statistics of the rescaled data, without a pass over it", () => {
    for (const points of [data, presetData("steep-line"), wide(-900_000)]) {
      const own = summarize(points);
      for (const scaling of ["none", "center", "standardize"] as const) {
        const t = xTransform(scaling, own);
        const made = summarize(scaleData(points, t));
        const derived = scaleStats(own, t);
        for (const key of ["meanX", "meanY", "sxx", "sxy", "syy"] as const) {
          expect(Math.abs(derived[key] - made[key]), `${scaling} ${key}`).toBeLessThan(1e-9 * Math.max(1, Math.abs(made[key]), Math.sqrt(made.sxx / made.n)));
        }
      }
    }
  });
});
