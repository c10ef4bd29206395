import { expect, test } from "vitest";
import { aimAngle, line, objective, scaleData, xTransform } from "../../../src/engine/index.ts";
import { data, fit, stats, theta0 } from "./fixtures.ts";

/** The angle between two vectors of the plane by the textbook formula, in degrees. */
function textbook(a: readonly number[], b: readonly number[]): number {
  return (Math.acos((a[0]! * b[0]! + a[1]! * b[1]!) / Math.hypot(a[0]!, a[1]!) / Math.hypot(b[0]!, b[1]!)) * 180) / Math.PI;
}

test("aimAngle(step, start, bottom) of the article's first step is 38°: downhill is not towards the bottom", () => {
  const step = fit.gradient(theta0).map((g) => -0.05 * g);
  const angle = aimAngle(step, theta0, fit.minimum!)!;
  const way = fit.minimum!.map((v, k) => v - theta0[k]!);
  expect(angle).toBeCloseTo(textbook(step, way), 10);
  expect(Math.round(angle)).toBe(38);
});

test("aimAngle of the first step on the standardised data's round bowl is 0: downhill points at the bottom", () => {
  const t = xTransform("standardize", stats);
  const f = objective(line, scaleData(data, t));
  const start = line.rescaled!(theta0, t);
  expect(aimAngle(f.gradient(start).map((g) => -g), start, f.minimum!)).toBeLessThan(1e-6);
});

test("aimAngle is 0 straight at the target, 90 across and 180 straight away, in any number of dimensions", () => {
  expect(aimAngle([2, 0], [0, 0], [5, 0])).toBe(0);
  expect(aimAngle([0, 3], [1, 1], [4, 1])).toBeCloseTo(90, 12);
  expect(aimAngle([-1, -1, -1], [0, 0, 0], [1, 1, 1])).toBeCloseTo(180, 12);
  // Kahan's form keeps a tiny angle, which acos rounds to 0.
  expect(aimAngle([1, 1e-9], [0, 0], [1, 0])).toBeCloseTo((1e-9 * 180) / Math.PI, 20);
});

test("aimAngle is null for a step of no length or a start already at the target, and survives huge and tiny numbers", () => {
  expect(aimAngle([0, 0], [0, 0], [1, 1])).toBeNull();
  expect(aimAngle([1, 1], [3, 4], [3, 4])).toBeNull();
  expect(aimAngle([1, 1], [3, 4], [3 + 1e-11, 4])).toBeNull();
  expect(aimAngle([1e200, 1e200], [0, 0], [1e200, 0])).toBeCloseTo(45, 10);
  expect(aimAngle([1e-200, 1e-200], [0, 0], [1, 0])).toBeCloseTo(45, 10);
  expect(aimAngle([Number.NaN, 1], [0, 0], [1, 0])).toBeNull();
});
