import type { Dataset, Params } from "./types.ts";
import type { SufficientStats } from "./stats.ts";

/** mse(data, {m, b}) is (1/n)·Σ (yᵢ − (m·xᵢ + b))², by a pass over every point. */
export function mse(data: Dataset, p: Params): number {
  const { x, y } = data;
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const r = y[i]! - (p.m * x[i]! + p.b);
    sum += r * r;
  }
  return sum / x.length;
}

/** lossFromStats(stats, {m, b}) is the same MSE in O(1), from the sufficient statistics. */
export function lossFromStats(s: SufficientStats, p: Params): number {
  // Split each residual into its deviation about the means and the line's miss at the centroid.
  const miss = s.meanY - p.m * s.meanX - p.b;
  return (s.syy - 2 * p.m * s.sxy + p.m * p.m * s.sxx) / s.n + miss * miss;
}
