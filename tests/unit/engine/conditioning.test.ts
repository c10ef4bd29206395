import { describe, expect, test } from "vitest";
import {
  bestRate, conditionNumber, contraction, datasetFromPoints, descend, generateDataset, line, objective, presetData,
  scaleData, seededRandom, stepsToSettle, summarize, xTransform, type Dataset, type Scaling,
} from "../../../src/engine/index.ts";
import { data, relativeError, theta0 } from "./fixtures.ts";

/** The condition number from the Hessian's raw entries, 2/n·[[Σx², Σx], [Σx, n]], by the 2 × 2 eigenvalue formula. */
function rawCondition(points: Dataset): number {
  const n = points.x.length;
  const a = (2 * points.x.reduce((s, x) => s + x * x, 0)) / n;
  const b = (2 * points.x.reduce((s, x) => s + x, 0)) / n;
  const mid = (a + 2) / 2, radius = Math.hypot((a - 2) / 2, b);
  return (mid + radius) / (mid - radius);
}

/** The variance of x, Σ(x − x̄)²/n. */
const variance = (points: Dataset) => summarize(points).sxx / points.x.length;

/** The line model on the data rescaled as asked, the start given in the data's own units, and the start in the new ones. */
function scaled(points: Dataset, scaling: Scaling, start: readonly number[] = theta0) {
  const t = xTransform(scaling, summarize(points));
  return { f: objective(line, scaleData(points, t)), start: line.rescaled!(start, t) };
}

/**
 * Steps of full-batch descent at the best rate until the loss is within 0.1 % of the least, counted one by
 * one with the exact O(1) loss and gradient (past the descent's cap of 1,000 steps when it must be).
 */
function stepsByIterating(points: Dataset, scaling: Scaling, start: readonly number[] = theta0): number {
  const { f, start: from } = scaled(points, scaling, start);
  const eta = bestRate(f.curvature!);
  const target = 1.001 * f.minimumLoss!;
  let theta = from;
  for (let t = 0; t < 100_000; t++) {
    if (f.loss(theta) <= target) return t;
    const g = f.gradient(theta);
    theta = theta.map((v, k) => v - eta * g[k]!);
  }
  return -1;
}

test("the count one by one is what the essay's own descent records, where that is within its 1,000 steps", () => {
  const { f, start } = scaled(data, "none");
  const t = descend({ objective: f, start, learningRate: bestRate(f.curvature!), method: "batch", batchSize: 1, steps: 100, random: seededRandom(1) });
  expect(t.loss.findIndex((l) => l <= 1.001 * f.minimumLoss!)).toBe(stepsByIterating(data, "none"));
});

/** The same count in closed form, from the scaled bowl. */
function stepsInClosedForm(points: Dataset, scaling: Scaling, start: readonly number[] = theta0): number {
  const { f, start: from } = scaled(points, scaling, start);
  return stepsToSettle(f.curvature!, f.loss(from) - f.minimumLoss!, f.minimumLoss!);
}

describe("conditionNumber(curvature)", () => {
  test("for the article's data is 6.79 as given, 5.92 centred (its variance of x) and 1 standardised", () => {
    const [none, center, standard] = (["none", "center", "standardize"] as const).map((s) => conditionNumber(scaled(data, s).f.curvature!));
    expect(relativeError(none!, rawCondition(data))).toBeLessThan(1e-12);
    expect(none!.toFixed(2)).toBe("6.79");
    expect(relativeError(center!, variance(data))).toBeLessThan(1e-12);
    expect(center!.toFixed(2)).toBe("5.92");
    expect(standard).toBeCloseTo(1, 12);
  });

  test("centred is max(var x, 1) / min(var x, 1) and standardised is 1, for any data", () => {
    for (const points of [presetData("steep-line"), presetData("flat-cloud"), generateDataset(500, 3)]) {
      const v = variance(points);
      expect(relativeError(conditionNumber(scaled(points, "center").f.curvature!), Math.max(v, 1) / Math.min(v, 1))).toBeLessThan(1e-9);
      expect(conditionNumber(scaled(points, "standardize").f.curvature!)).toBeCloseTo(1, 9);
    }
  });

  test("of x far from 0 is huge as given, and standardising brings it to 1", () => {
    const far = datasetFromPoints(Array.from({ length: 30 }, (_, i) => [1e5 + i, i] as const));
    // λmax ≈ 2·(x̄² + var x + 1) and λmin = 4·var x / λmax, so κ ≈ (x̄² + var x + 1)² / var x.
    const v = variance(far);
    expect(relativeError(conditionNumber(scaled(far, "none").f.curvature!), ((1e5 + 14.5) ** 2 + v + 1) ** 2 / v)).toBeLessThan(1e-6);
    expect(conditionNumber(scaled(far, "standardize").f.curvature!)).toBeCloseTo(1, 9);
  });

  test("is Infinity when the floor is flat", () => {
    expect(conditionNumber({ max: 2, min: 0 })).toBe(Infinity);
  });
});

describe("bestRate(curvature) and contraction(curvature)", () => {
  test("shrink the steepest and the flattest direction by the same factor, (κ − 1) / (κ + 1)", () => {
    const c = { max: 12.5, min: 1.5 };
    const eta = bestRate(c);
    expect(Math.abs(1 - eta * c.max)).toBeCloseTo(Math.abs(1 - eta * c.min), 12);
    expect(contraction(c)).toBeCloseTo(Math.abs(1 - eta * c.max), 12);
    const kappa = conditionNumber(c);
    expect(contraction(c)).toBeCloseTo((kappa - 1) / (kappa + 1), 12);
  });
});

describe("stepsToSettle(curvature, excess, least)", () => {
  test("for the article's data and start is 15 as given, 13 centred and 1 standardised", () => {
    expect(stepsInClosedForm(data, "none")).toBe(15);
    expect(stepsInClosedForm(data, "center")).toBe(13);
    expect(stepsInClosedForm(data, "standardize")).toBe(1);
  });

  test("agrees with counting the steps of full-batch descent at the best rate, loss by loss", () => {
    const sets = [data, presetData("outlier"), presetData("steep-line"), presetData("flat-cloud"), generateDataset(200, 5)];
    for (const points of sets) {
      for (const scaling of ["none", "center", "standardize"] as const) {
        for (const start of [theta0, [3, -4], [0.5, 1]]) {
          expect(stepsInClosedForm(points, scaling, start), `${scaling} from ${start.join(", ")}`).toBe(stepsByIterating(points, scaling, start));
        }
      }
    }
  });

  test("is the closed form ⌈ln(0.001·L* / (L₀ − L*)) / (2·ln ρ)⌉", () => {
    const c = { max: 10, min: 2 };
    const rho = 8 / 12;
    expect(stepsToSettle(c, 50, 4)).toBe(Math.ceil(Math.log((0.001 * 4) / 50) / (2 * Math.log(rho))));
  });

  test("is 0 from a start within the tolerance, and 1 on a round bowl", () => {
    expect(stepsToSettle({ max: 10, min: 2 }, 0.001, 4)).toBe(0);
    expect(stepsToSettle({ max: 10, min: 2 }, 0, 4)).toBe(0);
    expect(stepsToSettle({ max: 2, min: 2 }, 50, 4)).toBe(1);
  });

  test("is finite with a least loss of 0 (a line through every point) and Infinity with a flat floor", () => {
    const exact = scaled(datasetFromPoints([[0, 1], [1, 3], [2, 5]]), "none");
    const steps = stepsToSettle(exact.f.curvature!, exact.f.loss(exact.start) - exact.f.minimumLoss!, exact.f.minimumLoss!);
    expect(Number.isFinite(steps)).toBe(true);
    expect(steps).toBeGreaterThan(10);
    expect(stepsToSettle({ max: 2, min: 0 }, 50, 4)).toBe(Infinity);
  });

  test("stays finite for x spread over ±1,000,000 as given, where the valley is a trillion times longer than wide", () => {
    const wide = datasetFromPoints(Array.from({ length: 21 }, (_, i) => [(i - 10) * 100_000, 0.5 * (i - 10) * 100_000 + (i % 3)] as const));
    const { f, start } = scaled(wide, "none");
    const steps = stepsToSettle(f.curvature!, f.loss(start) - f.minimumLoss!, f.minimumLoss!);
    expect(Number.isFinite(steps)).toBe(true);
    expect(steps).toBeGreaterThan(1e10);
    expect(stepsInClosedForm(wide, "standardize")).toBe(1);
  });
});
