/** A way to the target shorter than this, relative to the numbers involved, is no way at all: the numbers cannot tell its direction. */
const NEGLIGIBLE = 1e-9;

/**
 * aimAngle(move, from, to) is the angle, in degrees from 0 to 180, between a step and the straight way
 * from where it starts to `to` (the bottom): 0 when it heads straight there. Null when the step has no
 * length or `from` is already at `to`, as far as the numbers can tell. Any number of parameters.
 */
export function aimAngle(move: readonly number[], from: readonly number[], to: readonly number[]): number | null {
  const way = to.map((t, k) => t - from[k]!);
  const size = Math.max(1, ...from.map(Math.abs), ...to.map(Math.abs));
  const a = unit(move, 0);
  const b = unit(way, NEGLIGIBLE * size);
  if (!a || !b) return null;
  // Kahan's form, 2·atan2(|a − b|, |a + b|): exact to the last digit near 0° and 180°, where acos is not.
  const apart = Math.hypot(...a.map((v, k) => v - b[k]!));
  const together = Math.hypot(...a.map((v, k) => v + b[k]!));
  return (2 * Math.atan2(apart, together) * 180) / Math.PI;
}

/** v scaled to length 1, or null when its length is at most `least` (or not finite). */
function unit(v: readonly number[], least: number): number[] | null {
  // Scaled by its largest part first, so components near 1e±200 neither overflow nor underflow.
  const big = Math.max(...v.map(Math.abs));
  if (!(big > 0) || !Number.isFinite(big)) return null;
  const h = Math.hypot(...v.map((c) => c / big));
  if (!(h * big > least)) return null;
  return v.map((c) => c / big / h);
}
