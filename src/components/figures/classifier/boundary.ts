import { sigmoid } from "../../../engine/index.ts";
import { clipSegment, type Point, type Scale } from "../geometry.ts";
import type { DataBox } from "../points.ts";

/** The log-odds of class 1 at (x, y) as a·x + b·y + k: what a straight boundary's model gives (Model.logOdds). */
export type LogOdds = readonly [number, number, number];

/**
 * boundarySegment(logOdds, box) is the part of the boundary a·x + b·y + k = 0 inside the box, in data
 * units, or null when it misses the box or there is none (a = b = 0: the same probability everywhere).
 */
export function boundarySegment([a, b, k]: LogOdds, box: DataBox): [Point, Point] | null {
  const size = a * a + b * b;
  if (!(size > 0) || !Number.isFinite(size + k)) return null;
  // The boundary's point nearest the box's centre, and a reach along it past any corner.
  const cx = (box.x0 + box.x1) / 2, cy = (box.y0 + box.y1) / 2;
  const t = (a * cx + b * cy + k) / size;
  const reach = Math.hypot(box.x1 - box.x0, box.y1 - box.y0) / Math.sqrt(size);
  const p = { x: cx - t * a, y: cy - t * b };
  return clipSegment({ x: p.x + reach * b, y: p.y - reach * a }, { x: p.x - reach * b, y: p.y + reach * a }, box);
}

/** One stop of the probability field: where along the gradient (0 to 1), and P(class 1) there. */
export interface FieldStop {
  readonly offset: number;
  readonly p: number;
}

/**
 * The predicted probability across the plot as an SVG linear gradient in viewBox units: it runs from
 * (x1, y1) to (x2, y2) across the boundary, with P(class 1) at each stop. With a = b = 0 the probability is
 * the same everywhere: `stops` holds one.
 */
export interface ProbabilityField {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly stops: readonly FieldStop[];
}

/** Log-odds past which the field shows no more change: σ(6) = 0.9975. */
const SATURATED = 6;
/** The log-odds of the stops between: close enough that the straight runs between them follow σ to within a few per cent. */
const STOPS = [-6, -4, -3, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3, 4, 6];

/**
 * probabilityField(logOdds, xs, ys, plot) is the predicted probability over the plot box (viewBox units)
 * as a linear gradient. The log-odds are linear in the data, and so in the viewBox: the gradient runs along
 * their steepest direction on screen, from where they are −6 to where they are +6 (or the plot's own least
 * and greatest), so it is exact at its stops at any size, and costs no pixels to draw.
 */
export function probabilityField(logOdds: LogOdds, xs: Scale, ys: Scale, plot: { left: number; top: number; width: number; height: number }): ProbabilityField {
  const [a, b, k] = logOdds;
  // z = A·X + B·Y + K on screen: the scales are straight, so each data unit is a fixed run of viewBox units.
  const A = a * (xs.invert(1) - xs.invert(0));
  const B = b * (ys.invert(1) - ys.invert(0));
  const K = a * xs.invert(0) + b * ys.invert(0) + k;
  const z = (X: number, Y: number) => A * X + B * Y + K;
  const corners = [z(plot.left, plot.top), z(plot.left + plot.width, plot.top), z(plot.left, plot.top + plot.height), z(plot.left + plot.width, plot.top + plot.height)];
  const lo = Math.max(Math.min(...corners), -SATURATED);
  const hi = Math.min(Math.max(...corners), SATURATED);
  const cx = plot.left + plot.width / 2, cy = plot.top + plot.height / 2;
  const steep = A * A + B * B;
  if (!(hi - lo > 1e-9) || !(steep > 0) || !Number.isFinite(steep + K)) {
    const mid = z(cx, cy);
    return { x1: cx, y1: cy, x2: cx, y2: cy, stops: [{ offset: 0, p: sigmoid(Number.isFinite(mid) ? mid : 0) }] };
  }
  // The point on the steepest line through the centre where the log-odds are v.
  const z0 = z(cx, cy);
  const at = (v: number) => ({ x: cx + ((v - z0) / steep) * A, y: cy + ((v - z0) / steep) * B });
  const from = at(lo), to = at(hi);
  const inside = STOPS.filter((v) => v > lo && v < hi);
  const stops = [lo, ...inside, hi].map((v) => ({ offset: (v - lo) / (hi - lo), p: sigmoid(v) }));
  return { x1: from.x, y1: from.y, x2: to.x, y2: to.y, stops };
}
