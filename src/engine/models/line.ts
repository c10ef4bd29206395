import { DEFAULT_N, DEFAULT_SEED, MAX_N, pointStream } from "../dataset.ts";
import { summarize, type SufficientStats } from "../stats.ts";
import { lossFromStats } from "../loss.ts";
import { batchGradient, gradientFromStats } from "../gradient.ts";
import { leastSquares } from "../fit.ts";
import { curvature } from "../curvature.ts";
import type { Bowl, Model, Theta } from "./types.ts";

/**
 * The essay's model: a straight line y = m·x + b under mean squared error, θ = [m, b]. Its loss depends
 * on the data only through six sufficient statistics, so after one pass every loss and gradient is O(1),
 * and it is an exact quadratic bowl whose bottom is the least-squares fit.
 */
export const line: Model<SufficientStats> = {
  id: "line",
  label: "a straight line",
  lossName: "mean squared error",
  drawing: "line",
  // The first spans frame the article's start and the default data's bottom with room around both; the
  // last hold every start a reader can set (m in [−4, 4], b in [−6, 8]) with room.
  params: [
    { key: "m", symbol: "m", label: "slope", start: -0.3, min: -4, max: 4, quantum: 0.01, perPixel: 0.01, spans: [[-1.5, 3], [-2.5, 4], [-4.5, 4.5]] },
    { key: "b", symbol: "b", label: "intercept", start: 2.5, min: -6, max: 8, quantum: 0.01, perPixel: 0.02, spans: [[-2.5, 5], [-4, 6.5], [-6.75, 8.75]] },
  ],
  data: {
    columns: ["x", "y"],
    labelled: false,
    n: DEFAULT_N,
    maxN: MAX_N,
    seed: DEFAULT_SEED,
    stream(seed) {
      const next = pointStream(seed);
      return (data, from, to) => next(data.x, data.y, from, to);
    },
    // x is drawn from [−3, 5]; y stays within about three noise widths of the true line.
    frame: { x0: -3.5, x1: 5.5, y0: -7, y1: 13 },
  },
  predict: (theta, x) => theta[0]! * x + theta[1]!,
  through(x0, y0, x1, y1) {
    const m = (y1 - y0) / (x1 - x0);
    return [m, y0 - m * x0];
  },
  residual: (theta, data, i) => data.y[i]! - (theta[0]! * data.x[i]! + theta[1]!),
  batchLoss(data, indices, count, theta) {
    const { x, y } = data;
    const m = theta[0]!, b = theta[1]!;
    let sum = 0;
    for (let j = 0; j < count; j++) {
      const i = indices ? indices[j]! : j;
      const r = y[i]! - (m * x[i]! + b);
      sum += r * r;
    }
    return sum / count;
  },
  batchGradient(data, indices, count, theta) {
    const g = batchGradient(data, indices, count, { m: theta[0]!, b: theta[1]! });
    return [g.dm, g.db];
  },
  pointGradient(data, i, theta) {
    const x = data.x[i]!;
    const r = data.y[i]! - (theta[0]! * x + theta[1]!);
    return [-2 * r * x, -2 * r];
  },
  statistics: {
    summarize,
    loss: (s, theta) => lossFromStats(s, { m: theta[0]!, b: theta[1]! }),
    gradient(s, theta) {
      const g = gradientFromStats(s, { m: theta[0]!, b: theta[1]! });
      return [g.dm, g.db];
    },
    bowl: lineBowl,
  },
  // y = m·x + b = (m·scale)·x′ + (b + m·shift) for x′ = (x − shift) / scale.
  rescaled: (theta, t) => [theta[0]! * t.scale, theta[1]! + theta[0]! * t.shift],
  // m·x + b = y: a line in the (m, b) plane with slope −x, crossing m = 0 at b = y.
  pointConstraint: (x, y) => ({ normal: [x, 1], level: y }),
  dataProblem(data, stats) {
    const n = data.x.length;
    if (n < 2) return "A line needs at least 2 points.";
    if (leastSquares(stats ?? summarize(data)) !== null) return null;
    return data.x.every((v) => v === data.x[0])
      ? "A line needs at least 2 points with different x values."
      : "The x values are too close together for a single best line.";
  },
};

/**
 * lineBowl(stats) is the MSE as a quadratic: its Hessian 2·[[mean x², mean x], [mean x, 1]] (the same
 * at every (m, b)) and its bottom, the least-squares line; with no spread in x, the floor line's point
 * x̄·m + b = ȳ at m = 0 stands in for it.
 */
function lineBowl(s: SufficientStats): Bowl {
  const fit = leastSquares(s);
  const meanSq = s.sxx / s.n + s.meanX * s.meanX;
  const bottom: Theta = fit ? [fit.m, fit.b] : [0, s.meanY];
  // The least loss as Σ(y − ȳ)² less what the best slope explains, free of the rounding of a loss evaluated
  // at the bottom; sxy² ≤ sxx·syy, so it is never below 0.
  const explained = s.sxx > 0 ? (s.sxy * s.sxy) / s.sxx : 0;
  return {
    bottom,
    loss: (s.syy - explained) / s.n,
    hessian: [[2 * meanSq, 2 * s.meanX], [2 * s.meanX, 2]],
    curvature: curvature(s),
    unique: fit !== null,
  };
}
