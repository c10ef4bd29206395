import type { Dataset, Gradient, Params } from "./types.ts";
import type { SufficientStats } from "./stats.ts";

/** gradientFromStats(stats, {m, b}) is the exact MSE gradient (∂L/∂m, ∂L/∂b) in O(1). */
export function gradientFromStats(s: SufficientStats, p: Params): Gradient {
  const miss = s.meanY - p.m * s.meanX - p.b;
  return {
    dm: (2 * (p.m * s.sxx - s.sxy)) / s.n - 2 * s.meanX * miss,
    db: -2 * miss,
  };
}

/** gradientOver(data, {m, b}) is the same gradient by a full pass: what a full-batch step really costs. */
export function gradientOver(data: Dataset, p: Params): Gradient {
  return batchGradient(data, null, data.x.length, p);
}

/**
 * batchGradient(data, indices, count, {m, b}) averages −2·rᵢ·(xᵢ, 1) over the first count indices
 * (or over points 0…count−1 when indices is null): the estimate a mini-batch step follows.
 */
export function batchGradient(data: Dataset, indices: Int32Array | null, count: number, p: Params): Gradient {
  const { x, y } = data;
  let sm = 0, sb = 0;
  for (let j = 0; j < count; j++) {
    const i = indices ? indices[j]! : j;
    const r = y[i]! - (p.m * x[i]! + p.b);
    sm += r * x[i]!;
    sb += r;
  }
  return { dm: (-2 * sm) / count, db: (-2 * sb) / count };
}
