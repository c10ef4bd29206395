import type { Model } from "./models/types.ts";
import type { Slice } from "./grid.ts";

/** A straight line across a slice of the loss space: every (u, v) with a·u + b·v = c. */
export interface SliceLine {
  readonly a: number;
  readonly b: number;
  readonly c: number;
}

/**
 * pointLine(model, x, y, slice) is the data point (x, y) seen in a slice of the loss space: the settings
 * that fit it exactly, with the parameters off the slice held where the slice holds them. For the line
 * model that is m·x + b = y. Null when the model offers no such flat (it is not linear in its
 * parameters) or the flat does not cross the slice.
 */
export function pointLine(model: Model, x: number, y: number, slice: Slice): SliceLine | null {
  const flat = model.pointConstraint?.(x, y);
  if (!flat) return null;
  let c = flat.level;
  flat.normal.forEach((a, k) => {
    if (k !== slice.i && k !== slice.j) c -= a * slice.at[k]!;
  });
  const a = flat.normal[slice.i]!, b = flat.normal[slice.j]!;
  return (a !== 0 || b !== 0) && Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c) ? { a, b, c } : null;
}

/**
 * gapAlongV(line, u, v) is how far up (positive) or down the line lies from (u, v), straight along v: for
 * the line model, the point's residual y − (m·x + b), since its v (b) enters the prediction with weight 1.
 * Null when the line runs along v and never crosses the vertical through u.
 */
export function gapAlongV(line: SliceLine, u: number, v: number): number | null {
  return line.b === 0 ? null : (line.c - line.a * u) / line.b - v;
}
