import type { Model, Theta } from "../../engine/index.ts";
import { clipSegment, type Point } from "./geometry.ts";
import type { DataBox } from "./points.ts";

/** Samples across the box for a curve: finer than a pixel of the plot at any width the figure is drawn. */
const CURVE_SAMPLES = 240;

/** How far beyond the box a curve may run before it is held there: the plot is clipped, the path stays short. */
const REACH = 1e4;

/**
 * fittedSegment(model, θ, box) is the part of a straight-line model's prediction that crosses the box,
 * in data units, or null when it misses the box: what the model predicts at the box's two sides, joined.
 */
export function fittedSegment(model: Model, theta: Theta, box: DataBox): [Point, Point] | null {
  return clipSegment({ x: box.x0, y: model.predict(theta, box.x0, 0) }, { x: box.x1, y: model.predict(theta, box.x1, 0) }, box);
}

/**
 * fittedCurve(model, θ, box) is the model's prediction sampled across the box, in data units, each value
 * held within a band around the box (the plot clips it) and non-finite ones dropped.
 */
export function fittedCurve(model: Model, theta: Theta, box: DataBox): Point[] {
  const span = box.y1 - box.y0;
  const lo = box.y0 - REACH * span;
  const hi = box.y1 + REACH * span;
  const points: Point[] = [];
  for (let k = 0; k <= CURVE_SAMPLES; k++) {
    const x = box.x0 + (k / CURVE_SAMPLES) * (box.x1 - box.x0);
    const y = model.predict(theta, x, 0);
    if (Number.isFinite(y)) points.push({ x, y: Math.min(hi, Math.max(lo, y)) });
  }
  return points;
}
