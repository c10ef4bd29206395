import { expect, test } from "vitest";
import { datasetFromPoints, line, objective, outlook, rescaledFit, type Model, type Scaling } from "../../../src/engine/index.ts";
import { data, fit, theta0 } from "./fixtures.ts";

test("outlook(objective, start) for the article: κ 6.79, zigzag past 0.079, diverges past 0.158, best rate 0.137, 15 steps, aim 38°", () => {
  const o = outlook(fit, theta0)!;
  expect(o.condition.toFixed(2)).toBe("6.79");
  expect(o.zigzag.toFixed(3)).toBe("0.079");
  expect(o.limit.toFixed(3)).toBe("0.158");
  expect(o.best.toFixed(3)).toBe("0.137");
  expect(o.steps).toBe(15);
  expect(Math.round(o.aim!)).toBe(38);
});

/** The fit with x rescaled, and the article's start as the same line in its units. */
function rescaled(scaling: Scaling) {
  const fit = rescaledFit(line, data, scaling)!;
  const start = line.rescaled!(theta0, fit.transform);
  return { f: fit.objective, start, outlook: outlook(fit.objective, start) };
}

test("rescaledFit(line, data, scaling) with the start rescaled, for the article's data: 15, 13 and 1 steps; the first step 38°, 13° and 0° off", () => {
  const steps = (["none", "center", "standardize"] as const).map((s) => rescaled(s).outlook!);
  expect(steps.map((o) => o.steps)).toEqual([15, 13, 1]);
  expect(steps.map((o) => Math.round(o.aim!))).toEqual([38, 13, 0]);
  expect(steps.map((o) => o.condition.toFixed(2))).toEqual(["6.79", "5.92", "1.00"]);
});

test("the start rescaled is the same line: the same loss in every scaling", () => {
  for (const scaling of ["none", "center", "standardize"] as const) {
    const r = rescaled(scaling);
    expect(r.f.loss(r.start)).toBeCloseTo(fit.loss(theta0), 10);
  }
});

test("outlook is null without a single bottom, and its aim null from the bottom itself; rescaledFit null for a model that cannot rescale", () => {
  const flat = objective(line, datasetFromPoints([[2, 1], [2, 3]]));
  expect(outlook(flat, [0, 0])).toBeNull();
  expect(outlook(fit, fit.minimum!)!.aim).toBeNull();
  expect(outlook(fit, fit.minimum!)!.steps).toBe(0);
  const { rescaled: _, ...fixed }: Model = line;
  expect(rescaledFit(fixed, data, "center")).toBeNull();
});
