import { describe, expect, test } from "vitest";
import {
  curvature, datasetFromPoints, gradientFromStats, inverse, leastSquares, line, lossFromStats, objective, presetData, scaleData, summarize,
  xTransform,
} from "../../../../src/engine/index.ts";
import { data, fit, relativeError, stats, theta0 } from "../fixtures.ts";

/** The gradient by central differences of the model's own full-pass loss. */
function numericGradient(theta: readonly number[], h = 1e-6): number[] {
  return theta.map((_, k) => {
    const up = [...theta], down = [...theta];
    up[k]! += h;
    down[k]! -= h;
    return (line.batchLoss(data, null, data.x.length, up) - line.batchLoss(data, null, data.x.length, down)) / (2 * h);
  });
}

describe("line", () => {
  test("has the article's numbers: 20.5 at its start, one step to 7.53, the bottom 3.52 at (1.38, 1.03), λ = 12.68", () => {
    expect(line.params.map((p) => p.start)).toEqual([-0.3, 2.5]);
    expect(fit.loss(theta0).toFixed(1)).toBe("20.5");
    const g = fit.gradient(theta0);
    expect(fit.loss([theta0[0]! - 0.05 * g[0]!, theta0[1]! - 0.05 * g[1]!]).toFixed(2)).toBe("7.53");
    expect(fit.minimum!.map((v) => v.toFixed(2))).toEqual(["1.38", "1.03"]);
    expect(fit.minimumLoss!.toFixed(2)).toBe("3.52");
    expect(fit.curvature!.max.toFixed(2)).toBe("12.68");
  });

  test("its fast path agrees with a full pass: loss, gradient, and the finite differences of the loss", () => {
    for (const theta of [theta0, [1.38, 1.03], [-3, 7], [2.2, -5]]) {
      expect(fit.loss(theta)).toBeCloseTo(line.batchLoss(data, null, data.x.length, theta), 10);
      const g = fit.gradient(theta);
      const pass = line.batchGradient(data, null, data.x.length, theta);
      const numeric = numericGradient(theta);
      for (let k = 0; k < 2; k++) {
        expect(g[k]).toBeCloseTo(pass[k]!, 10);
        expect(g[k]).toBeCloseTo(numeric[k]!, 4);
      }
    }
  });

  test("its points' gradients average to the gradient, and each is −2·r·(x, 1)", () => {
    const sum = [0, 0];
    for (let i = 0; i < data.x.length; i++) {
      const p = line.pointGradient(data, i, theta0);
      const r = line.residual(theta0, data, i);
      expect(p).toEqual([-2 * r * data.x[i]!, -2 * r]);
      sum[0]! += p[0]! / data.x.length;
      sum[1]! += p[1]! / data.x.length;
    }
    const g = gradientFromStats(stats, { m: -0.3, b: 2.5 });
    expect(sum[0]).toBeCloseTo(g.dm, 10);
    expect(sum[1]).toBeCloseTo(g.db, 10);
  });

  test("its bowl is the least-squares fit with the MSE's Hessian, the same eigenvalues as curvature(stats)", () => {
    const bowl = fit.bowl!;
    const best = leastSquares(stats)!;
    expect(bowl.unique).toBe(true);
    expect(bowl.bottom).toEqual([best.m, best.b]);
    expect(bowl.loss).toBeCloseTo(lossFromStats(stats, best), 12);
    expect(bowl.curvature).toEqual(curvature(stats));
    const [[a, b], [, d]] = bowl.hessian as [[number, number], [number, number]];
    // The eigenvalues' sum and product are the Hessian's trace and determinant.
    expect(bowl.curvature.max + bowl.curvature.min).toBeCloseTo(a! + d!, 10);
    expect(bowl.curvature.max * bowl.curvature.min).toBeCloseTo(a! * d! - b! * b!, 8);
  });

  test("through(x0, y0, x1, y1) is the line through both points, as its drag handles need", () => {
    const theta = line.through!(0, 2, 4, 10);
    expect(theta).toEqual([2, 2]);
    expect(line.predict(theta, 4, 0)).toBe(10);
  });

  test("dataProblem(data) is null when a single best line exists", () => {
    expect(line.dataProblem(data)).toBeNull();
    expect(line.dataProblem(datasetFromPoints([[0, 0], [0.01, 5]]))).toBeNull();
    expect(objective(line, presetData("steep-line")).minimum).not.toBeNull();
  });

  test("dataProblem(data) refuses fewer than 2 points and points that share one x", () => {
    expect(line.dataProblem(datasetFromPoints([[1, 2]]))).toBe("A line needs at least 2 points.");
    expect(line.dataProblem(datasetFromPoints([[1, 2], [1, 5], [1, 0]]))).toBe("A line needs at least 2 points with different x values.");
  });

  test("dataProblem(data) refuses x values too close together to tell apart, as the closed-form fit does", () => {
    expect(line.dataProblem(datasetFromPoints([[1e6, 0], [1e6 - 1e-7, 1]]))).toMatch(/too close together/);
  });

  test("an objective says its data's problem from the statistics it already made", () => {
    expect(objective(line, datasetFromPoints([[1, 2], [1, 5]])).problem).toBe("A line needs at least 2 points with different x values.");
    expect(fit.problem).toBeNull();
  });
});

describe("line.rescaled(θ, t)", () => {
  test("is the same line in the new units: the same prediction at every point, so the same loss", () => {
    for (const scaling of ["center", "standardize"] as const) {
      const t = xTransform(scaling, stats);
      const theta = line.rescaled!(theta0, t);
      const scaled = scaleData(data, t);
      data.x.forEach((x, i) => expect(line.predict(theta, scaled.x[i]!, 0)).toBeCloseTo(line.predict(theta0, x, 0), 12));
      expect(objective(line, scaled).loss(theta)).toBeCloseTo(objective(line, data).loss(theta0), 10);
    }
  });

  test("with the inverse takes a line back to its own units", () => {
    const t = xTransform("standardize", stats);
    const back = line.rescaled!(line.rescaled!(theta0, t), inverse(t));
    expect(back[0]).toBeCloseTo(theta0[0]!, 12);
    expect(back[1]).toBeCloseTo(theta0[1]!, 12);
  });

  test("moves the bottom of the bowl to the bottom of the rescaled bowl: one best line in any units", () => {
    for (const points of [data, presetData("outlier"), datasetFromPoints(Array.from({ length: 25 }, (_, i) => [500_000 + (i - 12) * 80_000 + (i % 3) * 7, 0.3 * i + (i % 4)] as const))]) {
      const t = xTransform("standardize", summarize(points));
      const own = objective(line, points).minimum!;
      const scaled = objective(line, scaleData(points, t)).minimum!;
      const back = line.rescaled!(scaled, inverse(t));
      expect(relativeError(back[0]!, own[0]!)).toBeLessThan(1e-9);
      expect(relativeError(back[1]!, own[1]!)).toBeLessThan(1e-9);
    }
  });
});
