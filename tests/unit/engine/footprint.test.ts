import { expect, test } from "vitest";
import { firstTwo, gapAlongV, line, pointLine, type Model } from "../../../src/engine/index.ts";
import { data, fit, theta0 } from "./fixtures.ts";

const slice = firstTwo(theta0);

test("pointLine(line, x, y, slice) is the line m·x + b = y of the loss space: every line through the point", () => {
  const l = pointLine(line, 2, 5, slice)!;
  expect(l).toEqual({ a: 2, b: 1, c: 5 });
  for (const m of [-3, 0, 1.5]) expect(line.predict([m, (l.c - l.a * m) / l.b], 2, 0)).toBeCloseTo(5, 12);
});

test("gapAlongV is the point's residual: the vertical gap from (m, b) to its line", () => {
  for (let i = 0; i < data.x.length; i++) {
    const l = pointLine(line, data.x[i]!, data.y[i]!, slice)!;
    expect(gapAlongV(l, theta0[0]!, theta0[1]!)).toBeCloseTo(line.residual(theta0, data, i), 12);
  }
});

test("the loss anywhere is the mean of the squared vertical gaps to the data's lines: the bowl is built from them", () => {
  const lines = Array.from(data.x, (x, i) => pointLine(line, x, data.y[i]!, slice)!);
  for (const [m, b] of [theta0, [1.38, 1.03], [-3, 7], [2.5, -4]] as const) {
    const mean = lines.reduce((s, l) => s + gapAlongV(l, m, b)! ** 2, 0) / lines.length;
    expect(mean).toBeCloseTo(fit.loss([m, b]), 10);
  }
});

test("pointLine is null for a model with no flat of exact fits, and gapAlongV for a line along v", () => {
  const { pointConstraint: _, ...curved }: Model = line;
  expect(pointLine(curved, 1, 1, slice)).toBeNull();
  expect(gapAlongV({ a: 1, b: 0, c: 2 }, 0, 0)).toBeNull();
});

test("pointLine holds the parameters off the slice where the slice holds them", () => {
  const plane: Model = { ...line, pointConstraint: (x, y) => ({ normal: [x, 1, x * x], level: y }) };
  expect(pointLine(plane, 2, 9, { i: 0, j: 1, at: [0, 0, 1] })).toEqual({ a: 2, b: 1, c: 5 });
});
