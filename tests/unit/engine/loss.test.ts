import { expect, test } from "vitest";
import { MAX_N, datasetFromPoints, generateDataset, lossFromStats, mse, seededRandom, summarize } from "../../../src/engine/index.ts";
import { relativeError } from "./fixtures.ts";

test("mse(data, {m, b}) averages the squared residuals", () => {
  const d = datasetFromPoints([[0, 1], [1, 1], [2, 5]]);
  // Residuals of y = 2x: 1, −1, 1.
  expect(mse(d, { m: 2, b: 0 })).toBe(1);
  expect(mse(d, { m: 2, b: 1 })).toBeCloseTo((0 + 4 + 0) / 3, 15);
});

test("lossFromStats(stats, {m, b}) equals mse(data, {m, b}) for random lines and datasets", () => {
  const random = seededRandom(2024);
  for (const [n, seed] of [[1, 1], [2, 2], [40, 78], [1000, 3], [MAX_N, 4]] as const) {
    const d = generateDataset(n, seed);
    const s = summarize(d);
    for (let trial = 0; trial < 5; trial++) {
      const p = { m: -5 + 10 * random(), b: -5 + 10 * random() };
      expect(relativeError(lossFromStats(s, p), mse(d, p))).toBeLessThan(1e-9);
    }
  }
});

test("lossFromStats(stats, {m, b}) is 0 for a line through every point", () => {
  const s = summarize(datasetFromPoints([[-1, -3], [0, -1], [2, 3]]));
  expect(lossFromStats(s, { m: 2, b: -1 })).toBeCloseTo(0, 12);
});
