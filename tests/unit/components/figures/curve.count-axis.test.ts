import { expect, test } from "vitest";
import { countScale, powerTicks } from "../../../../src/components/figures/curve.ts";

test("countScale(max, range) puts 0 at the start, max at the end and powers of ten evenly between", () => {
  const x = countScale(5e7, [0, 100]);
  expect(x(0)).toBe(0);
  expect(x(5e7)).toBeCloseTo(100, 9);
  // Within half a percent: log10(1 + count) is log10(count) plus at most 0.005 from 100 up.
  const decade = x(1e6) - x(1e5);
  for (const v of [1e2, 1e3, 1e4]) expect(Math.abs(x(v * 10) - x(v) - decade) / decade).toBeLessThan(0.005);
  expect(x.invert(x(1234))).toBeCloseTo(1234, 6);
  expect(x(-5)).toBe(0);
});

test("powerTicks(max, most) lists the powers of ten up to max, thinned to at most `most` and always ending at the largest", () => {
  expect(powerTicks(4000)).toEqual([1, 10, 100, 1000]);
  expect(powerTicks(5e7)).toEqual([10, 1000, 1e5, 1e7]);
  expect(powerTicks(0.5)).toEqual([1]);
  expect(powerTicks(1e9, 5).length).toBeLessThanOrEqual(5);
  expect(powerTicks(1e9, 5).at(-1)).toBe(1e9);
});
