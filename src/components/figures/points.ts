import { nice } from "d3-array";
import { applyX, line, type Dataset, type Model, type Theta, type XTransform } from "../../engine/index.ts";

/** A rectangle of the data space, in data units. */
export interface DataBox {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/** The line's default data's box: x drawn from [−3, 5] and y within about three noise widths of the true line. */
export const DEFAULT_DATA_BOX: DataBox = line.data.frame!;

/** Most points drawn as SVG circles; above this the scatter is a canvas density. */
export const MAX_SVG_POINTS = 2000;

/** Most residuals drawn; above this a fixed, evenly spread sample of the points stands in for all. */
export const MAX_RESIDUALS = 200;

/** Share of the points that may fall outside the default box before the figure widens to fit the data. */
const OUTSIDE_ALLOWED = 0.005;

/**
 * dataBoxFor(data, frame) is the model's frame for its default data (the line's unless told) when it shows
 * nearly every point, so generated data of any size keeps one frame; other data (a reader's own), and any
 * data of a model without a frame (null), gets its extent, padded and rounded.
 */
export function dataBoxFor(data: Dataset, frame: DataBox | null = DEFAULT_DATA_BOX): DataBox {
  const { x, y } = data;
  const n = x.length;
  const d = frame ?? { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity };
  let outside = 0, x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!, yi = y[i]!;
    if (xi < d.x0 || xi > d.x1 || yi < d.y0 || yi > d.y1) outside++;
    if (xi < x0) x0 = xi;
    if (xi > x1) x1 = xi;
    if (yi < y0) y0 = yi;
    if (yi > y1) y1 = yi;
  }
  if (frame && (n === 0 || outside <= OUTSIDE_ALLOWED * n)) return frame;
  if (n === 0) return DEFAULT_DATA_BOX;
  const px = Math.max(x1 - x0, 1) * 0.08;
  const py = Math.max(y1 - y0, 1) * 0.08;
  const [nx0, nx1] = nice(x0 - px, x1 + px, 6);
  const [ny0, ny1] = nice(y0 - py, y1 + py, 6);
  return { x0: nx0, x1: nx1, y0: ny0, y1: ny1 };
}

/**
 * rescaledBox(box, t) is the box with its x edges changed by t: the same stretch of the data in rescaled
 * units, so a picture drawn in it is the picture drawn in the data's own units, point for point.
 */
export function rescaledBox(box: DataBox, t: XTransform): DataBox {
  return { ...box, x0: applyX(t, box.x0), x1: applyX(t, box.x1) };
}

/** sampleIndices(n, most) is every index when n ≤ most, else most indices spread evenly over 0…n−1. */
export function sampleIndices(n: number, most: number): Int32Array {
  const count = Math.min(n, most);
  const out = new Int32Array(count);
  for (let j = 0; j < count; j++) out[j] = Math.floor((j * n) / count);
  return out;
}

/** indicesByX(data, indices) is indices reordered by increasing x, for stepping through points by keyboard. */
export function indicesByX(data: Dataset, indices: Int32Array): Int32Array {
  return Int32Array.from(indices).sort((i, j) => data.x[i]! - data.x[j]!);
}

/** One point's part in the fit: how far the model misses it, and what it adds to the loss gradient. */
export interface PointShare {
  readonly residual: number;
  /** This point's term of each part of the gradient (for the line, −2·r·x/n and −2·r/n): the gradient is their sum. */
  readonly gradient: readonly number[];
}

/** pointShare(model, data, i, θ) is point i's residual and its share of the gradient, as the model gives them. */
export function pointShare(model: Model, data: Dataset, i: number, theta: Theta): PointShare {
  const n = data.x.length;
  return { residual: model.residual(theta, data, i), gradient: model.pointGradient(data, i, theta).map((g) => g / n) };
}

/** Counts of points per cell of a cols × rows lattice over a box, row 0 at the top (y1), as a canvas draws. */
export interface Density {
  readonly cols: number;
  readonly rows: number;
  readonly counts: Uint32Array;
  readonly max: number;
}

/** density(data, box, cols, rows) bins the points that fall in box; one pass, whatever n. */
export function density(data: Dataset, box: DataBox, cols: number, rows: number): Density {
  const counts = new Uint32Array(cols * rows);
  const { x, y } = data;
  const kx = cols / (box.x1 - box.x0);
  const ky = rows / (box.y1 - box.y0);
  let max = 0;
  for (let i = 0; i < x.length; i++) {
    const c = Math.floor((x[i]! - box.x0) * kx);
    const r = Math.floor((box.y1 - y[i]!) * ky);
    if (c < 0 || c >= cols || r < 0 || r >= rows) continue;
    const k = r * cols + c;
    const v = counts[k]! + 1;
    counts[k] = v;
    if (v > max) max = v;
  }
  return { cols, rows, counts, max };
}
