import { expect, test } from "vitest";
import { datasetFromPoints, generateDataset, summarize } from "../../../src/engine/index.ts";
import type { Dataset } from "../../../src/engine/index.ts";
import { relativeError } from "./fixtures.ts";

/** The textbook two-pass centred sums, as an independent reference. */
function twoPass({ x, y }: Dataset) {
  const n = x.length;
  let meanX = 0, meanY = 0;
  for (let i = 0; i < n; i++) meanX += x[i]! / n, meanY += y[i]! / n;
  let sxx = 0, sxy = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - meanX, dy = y[i]! - meanY;
    sxx += dx * dx, sxy += dx * dy, syy += dy * dy;
  }
  return { n, meanX, meanY, sxx, sxy, syy };
}

function expectStatsClose(actual: ReturnType<typeof twoPass>, expected: ReturnType<typeof twoPass>, tolerance: number) {
  expect(actual.n).toBe(expected.n);
  for (const key of ["meanX", "meanY", "sxx", "sxy", "syy"] as const) {
    expect(relativeError(actual[key], expected[key]), key).toBeLessThan(tolerance);
  }
}

test("summarize(data) matches the two-pass centred sums", () => {
  for (const n of [1, 2, 40, 50_000]) {
    const d = generateDataset(n, n);
    expectStatsClose(summarize(d), twoPass(d), 1e-12);
  }
});

test("summarize(data) keeps its digits when the data sit far from 0", () => {
  const d = generateDataset(10_000, 5);
  const far = { x: d.x.map((v) => v + 1e8), y: d.y.map((v) => v - 1e8) };
  const s = summarize(far);
  expectStatsClose({ ...s, meanX: s.meanX - 1e8, meanY: s.meanY + 1e8 }, twoPass(d), 1e-6);
});

test("summarize(data) of one point has zero spread", () => {
  expect(summarize(datasetFromPoints([[2, 3]]))).toEqual({ n: 1, meanX: 2, meanY: 3, sxx: 0, sxy: 0, syy: 0 });
});
