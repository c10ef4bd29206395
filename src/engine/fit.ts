import type { Params } from "./types.ts";
import type { SufficientStats } from "./stats.ts";

/**
 * leastSquares(stats) is the closed-form bottom of the bowl, m = Sxy / Sxx and b = ȳ − m·x̄,
 * or null when every x is the same and the bottom is a whole line of minima rather than a point.
 */
export function leastSquares(s: SufficientStats): Params | null {
  // Relative test: x values that differ only by rounding still have no usable spread.
  if (!(s.sxx > 1e-12 * s.n * (1 + s.meanX * s.meanX))) return null;
  const m = s.sxy / s.sxx;
  return { m, b: s.meanY - m * s.meanX };
}
