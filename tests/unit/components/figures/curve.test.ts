import { expect, test } from "vitest";
import { curveX, lossPath, useLogScale, wholeTicks } from "../../../../src/components/figures/curve.ts";
import { linearScale } from "../../../../src/components/figures/geometry.ts";

test("curveX(mode, step, pointsPerStep) counts steps or points seen", () => {
  expect(curveX("step", 12, 32)).toBe(12);
  expect(curveX("points seen", 12, 32)).toBe(384);
});

test("useLogScale(min, max) switches on past a fifty-fold spread", () => {
  expect(useLogScale(3.5, 20.5)).toBe(false);
  expect(useLogScale(3.5, 1e6)).toBe(true);
  expect(useLogScale(0, 10)).toBe(false);
});

test("lossPath draws through the losses and stops at the first non-finite one", () => {
  const y = linearScale([0, 10], [100, 0]);
  const losses = Float64Array.from([10, 5, Number.POSITIVE_INFINITY, 1]);
  expect(lossPath(losses, 0, 3, (i) => i * 10, y)).toBe("M0,0L10,50");
});

test("lossPath thins steps closer than a unit apart but keeps both ends", () => {
  const y = linearScale([0, 1], [1, 0]);
  const losses = new Float64Array(1001).fill(0.5);
  const d = lossPath(losses, 0, 1000, (i) => i * 0.1, y);
  expect((d.match(/[ML]/g) ?? []).length).toBeLessThan(150);
  expect(d.startsWith("M0,")).toBe(true);
  expect(d.endsWith("L100,0.5")).toBe(true);
});

test("wholeTicks(max, count) never ticks between two steps", () => {
  expect(wholeTicks(3, 5)).toEqual([0, 1, 2, 3]);
  expect(wholeTicks(60, 5)).toEqual([0, 10, 20, 30, 40, 50, 60]);
  expect(wholeTicks(1, 5)).toEqual([0, 1]);
});
