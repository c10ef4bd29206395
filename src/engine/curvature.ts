import type { SufficientStats } from "./stats.ts";

/** How sharply the bowl curves along its steepest and its flattest direction. */
export interface Curvature {
  /** The Hessian's larger eigenvalue: the second derivative of the loss across the rings' narrow way. */
  readonly max: number;
  /** Its smaller one: along the rings' long way (0 when every x is the same). */
  readonly min: number;
}

/**
 * curvature(stats) is the pair of eigenvalues of the MSE's Hessian, 2·[[mean x², mean x], [mean x, 1]],
 * which is the same at every (m, b). Full-batch descent with learning rate η multiplies the distance to
 * the bottom along the steepest direction by 1 − η·max each step: it overshoots (zigzags) past
 * η = 1 / max and diverges past η = 2 / max.
 */
export function curvature(s: SufficientStats): Curvature {
  const a = 2 * (s.sxx / s.n + s.meanX * s.meanX);
  const off = 2 * s.meanX;
  const half = (a - 2) / 2;
  const radius = Math.hypot(half, off);
  const mid = (a + 2) / 2;
  // The smaller root as det / max, not mid − radius, which cancels to noise when x is far from 0; and the
  // determinant as 4·sxx/n from the centred sum, not 2a − off², which cancels the same way.
  const max = mid + radius;
  return { max, min: (4 * s.sxx) / s.n / max };
}
