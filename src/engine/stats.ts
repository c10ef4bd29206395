import type { Dataset } from "./types.ts";
import { check } from "./validate.ts";

/**
 * Everything the MSE of a line needs from the data, gathered in one pass. Sums are centred
 * (about the means) so that 500,000 points do not lose digits to cancellation.
 */
export interface SufficientStats {
  readonly n: number;
  readonly meanX: number;
  readonly meanY: number;
  /** Σ (x − x̄)² */
  readonly sxx: number;
  /** Σ (x − x̄)(y − ȳ) */
  readonly sxy: number;
  /** Σ (y − ȳ)² */
  readonly syy: number;
}

/** summarize(data) makes the sufficient statistics in one pass (Welford's update). */
export function summarize(data: Dataset): SufficientStats {
  const { x, y } = data;
  const n = x.length;
  check(n > 0 && y.length === n, "summarize", "data", "needs at least one point and as many y as x", `${n} x, ${y.length} y`);
  let meanX = 0, meanY = 0, sxx = 0, sxy = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - meanX;
    const dy = y[i]! - meanY;
    const k = i + 1;
    meanX += dx / k;
    meanY += dy / k;
    // Welford: the product of the old and new deviations keeps the centred sums exact in expectation.
    const dx2 = x[i]! - meanX;
    sxx += dx * dx2;
    sxy += dx * (y[i]! - meanY);
    syy += dy * (y[i]! - meanY);
  }
  return { n, meanX, meanY, sxx, sxy, syy };
}
