import type { Curvature } from "./curvature.ts";

/**
 * How far from the least loss full-batch descent must come to count as there: L ≤ (1 + tolerance)·L*,
 * within 0.1 % of the least loss.
 */
export const SETTLE_TOLERANCE = 1e-3;

/**
 * Below this share of the starting excess the loss cannot be told from its least value in double
 * precision; it stands in for the target when the least loss is 0 (a line through every point).
 */
const ARITHMETIC_FLOOR = 1e-15;

/**
 * conditionNumber(curvature) is λmax / λmin, how many times more sharply the bowl curves across its
 * narrow way than along its long one: 1 for round rings, large for a long valley; Infinity with a flat floor.
 */
export function conditionNumber(c: Curvature): number {
  return c.min > 0 ? c.max / c.min : Infinity;
}

/**
 * bestRate(curvature) is 2 / (λmax + λmin), the fixed learning rate at which full-batch gradient descent
 * closes in fastest on a quadratic bowl: it shrinks the distance along the steepest and the flattest
 * direction by the same factor, (λmax − λmin) / (λmax + λmin).
 */
export function bestRate(c: Curvature): number {
  return 2 / (c.max + c.min);
}

/**
 * contraction(curvature) is that factor, ρ = (κ − 1) / (κ + 1) with κ the condition number: at the best
 * rate every step multiplies what is left of the excess loss, L − L*, by exactly ρ².
 */
export function contraction(c: Curvature): number {
  return (c.max - c.min) / (c.max + c.min);
}

/**
 * stepsToSettle(curvature, excess, least, tolerance) is how many full-batch steps of plain gradient descent
 * at bestRate take a start whose loss is `excess` above the least loss `least` to within `tolerance` of
 * it: the smallest t with ρ^(2t)·excess ≤ tolerance·least, in closed form, since the excess shrinks by
 * exactly ρ² a step. 0 when the start is already there; Infinity with a flat floor (λmin = 0). With a
 * least loss of 0 the target is where double precision can no longer tell the loss from it.
 */
export function stepsToSettle(c: Curvature, excess: number, least: number, tolerance = SETTLE_TOLERANCE): number {
  const target = Math.max(tolerance * Math.max(least, 0), ARITHMETIC_FLOOR * excess);
  if (!(excess > target)) return 0;
  if (!(c.min > 0)) return Infinity;
  const rho = contraction(c);
  if (rho === 0) return 1;
  // ln ρ from log1p(−2λmin / (λmax + λmin)) when ρ is near 1 (a long valley), where ln(ρ) would lose digits.
  const logRho = rho > 0.5 ? Math.log1p((-2 * c.min) / (c.max + c.min)) : Math.log(rho);
  return Math.max(1, Math.ceil(Math.log(target / excess) / (2 * logRho)));
}
