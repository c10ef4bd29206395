import { expect, test } from "vitest";
import { DEFAULT_LOSS_WINDOW, LOSS_WINDOW_LADDER, holds, lossWindowFor } from "../../../../src/components/figures/loss-window.ts";
import { leastSquares } from "../../../../src/engine/index.ts";
import { stats } from "../../engine/fixtures.ts";

test("the default window holds the article's start and the default data's minimum", () => {
  const minimum = leastSquares(stats)!;
  expect(holds(DEFAULT_LOSS_WINDOW, { m: -0.3, b: 2.5 })).toBe(true);
  expect(holds(DEFAULT_LOSS_WINDOW, minimum)).toBe(true);
  expect(lossWindowFor([{ m: -0.3, b: 2.5 }, minimum])).toBe(DEFAULT_LOSS_WINDOW);
});

test("lossWindowFor(points) keeps the same window while points move inside it", () => {
  const a = lossWindowFor([{ m: 0, b: 0 }]);
  const b = lossWindowFor([{ m: 2, b: 4 }]);
  expect(a).toBe(b);
});

test("lossWindowFor steps up the ladder when a point leaves, up to the whole settable range", () => {
  expect(lossWindowFor([{ m: 3.5, b: 0 }])).toBe(LOSS_WINDOW_LADDER[1]);
  expect(lossWindowFor([{ m: -4, b: 8 }])).toBe(LOSS_WINDOW_LADDER[2]);
  expect(lossWindowFor([{ m: 4, b: -6 }])).toBe(LOSS_WINDOW_LADDER[2]);
});

test("lossWindowFor fits a nice window around points beyond the settable range, ignoring non-finite ones", () => {
  const w = lossWindowFor([{ m: 0, b: 0 }, { m: 40, b: -30 }, { m: Number.NaN, b: 1 }]);
  expect(holds(w, { m: 0, b: 0 })).toBe(true);
  expect(holds(w, { m: 40, b: -30 })).toBe(true);
  for (const v of [w.m0, w.m1, w.b0, w.b1]) expect(Number.isInteger(v)).toBe(true);
});

test("a window fitted around far points is never smaller than the default one", () => {
  const w = lossWindowFor([{ m: 50, b: 50 }]);
  expect(w.m1 - w.m0).toBeGreaterThanOrEqual(DEFAULT_LOSS_WINDOW.m1 - DEFAULT_LOSS_WINDOW.m0);
  expect(w.b1 - w.b0).toBeGreaterThanOrEqual(DEFAULT_LOSS_WINDOW.b1 - DEFAULT_LOSS_WINDOW.b0);
  expect(holds(w, { m: 50, b: 50 })).toBe(true);
});
