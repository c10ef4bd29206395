import type { LossWindow, Theta } from "./models/types.ts";
import type { Objective } from "./objective.ts";
import { check, checkInteger } from "./validate.ts";

/**
 * A plane through the loss space: parameter `i` across, parameter `j` up, every other parameter held at
 * its value in `at` (a model with two parameters has nothing else to hold).
 */
export interface Slice {
  readonly i: number;
  readonly j: number;
  readonly at: Theta;
}

/** Loss values sampled on a cols × rows lattice of a slice, row-major with row 0 at v0. */
export interface LossGrid {
  readonly cols: number;
  readonly rows: number;
  readonly window: LossWindow;
  readonly values: Float64Array;
  readonly min: number;
  readonly max: number;
}

/** The first two parameters, nothing held: the whole loss space of a two-parameter model. */
export function firstTwo(at: Theta): Slice {
  return { i: 0, j: 1, at };
}

/** thetaAt(slice, u, v) is the full parameter vector at (u, v) of the slice. */
export function thetaAt(slice: Slice, u: number, v: number): number[] {
  const theta = [...slice.at];
  theta[slice.i] = u;
  theta[slice.j] = v;
  return theta;
}

/**
 * lossGrid(objective, slice, window, cols, rows) samples the loss at cell centres across the window.
 * With the model's statistics each sample is O(1), so 256 × 256 costs the same at 40 or 500,000 points;
 * without them each is a pass over the data (see fillLossRows, which a worker runs a few rows at a time).
 */
export function lossGrid(f: Objective, slice: Slice, window: LossWindow, cols: number, rows: number): LossGrid {
  checkGrid(slice, window, cols, rows, f.model.params.length);
  const values = new Float64Array(cols * rows);
  fillLossRows(f, slice, window, cols, rows, values, 0, rows);
  return gridOf(cols, rows, window, values);
}

/**
 * convexGridMax(objective, slice, window, cols, rows) is the greatest loss lossGrid samples on that lattice, for a convex
 * loss (a bowl's): every cell centre lies in the rectangle of the four corner ones, so none is higher than they are. Four
 * losses where the grid takes cols × rows, each computed as the grid computes it (the same value to the last bit).
 */
export function convexGridMax(f: Objective, slice: Slice, window: LossWindow, cols: number, rows: number): number {
  checkGrid(slice, window, cols, rows, f.model.params.length);
  const { u0, u1, v0, v1 } = window;
  const theta = [...slice.at];
  let max = -Infinity;
  for (const r of [0, rows - 1]) {
    theta[slice.j] = v0 + ((r + 0.5) / rows) * (v1 - v0);
    for (const c of [0, cols - 1]) {
      theta[slice.i] = u0 + ((c + 0.5) / cols) * (u1 - u0);
      const loss = f.loss(theta);
      if (loss > max) max = loss;
    }
  }
  return max;
}

/** fillLossRows(objective, slice, window, cols, rows, values, from, to) writes rows [from, to) of a grid into values. */
export function fillLossRows(
  f: Objective, slice: Slice, window: LossWindow, cols: number, rows: number, values: Float64Array, from: number, to: number,
): void {
  const { u0, u1, v0, v1 } = window;
  const theta = [...slice.at];
  for (let r = from; r < to; r++) {
    theta[slice.j] = v0 + ((r + 0.5) / rows) * (v1 - v0);
    for (let c = 0; c < cols; c++) {
      theta[slice.i] = u0 + ((c + 0.5) / cols) * (u1 - u0);
      values[r * cols + c] = f.loss(theta);
    }
  }
}

/** gridOf(cols, rows, window, values) wraps filled values as a grid with their least and greatest finite values. */
export function gridOf(cols: number, rows: number, window: LossWindow, values: Float64Array): LossGrid {
  let min = Infinity, max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { cols, rows, window, values, min, max };
}

/**
 * gridLossAt(grid, u, v) is the loss a grid draws at (u, v): bilinear between the four nearest samples (each
 * at its cell's centre), as marching squares draws the rings between them, and the edge's value past the
 * outermost samples. Reading the grid costs four lookups where the loss itself is a pass over the data.
 */
export function gridLossAt(grid: LossGrid, u: number, v: number): number {
  const { cols, rows, window, values } = grid;
  const x = clamp(((u - window.u0) / (window.u1 - window.u0)) * cols - 0.5, 0, cols - 1);
  const y = clamp(((v - window.v0) / (window.v1 - window.v0)) * rows - 0.5, 0, rows - 1);
  const c = Math.min(Math.floor(x), cols - 2), r = Math.min(Math.floor(y), rows - 2);
  const fx = x - c, fy = y - r;
  const at = (cc: number, rr: number) => values[rr * cols + cc]!;
  const low = at(c, r) * (1 - fx) + at(c + 1, r) * fx;
  const high = at(c, r + 1) * (1 - fx) + at(c + 1, r + 1) * fx;
  return low * (1 - fy) + high * fy;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}

/** Checks a grid request: a lattice of 2 to 4,096 cells a side over a proper window, on two different parameters. */
export function checkGrid(slice: Slice, window: LossWindow, cols: number, rows: number, d: number): void {
  checkInteger(cols, 2, 4096, "lossGrid", "cols");
  checkInteger(rows, 2, 4096, "lossGrid", "rows");
  const { u0, u1, v0, v1 } = window;
  check([u0, u1, v0, v1].every(Number.isFinite) && u1 > u0 && v1 > v0, "lossGrid", "window", "needs finite u0 < u1 and v0 < v1", JSON.stringify(window));
  check(slice.i !== slice.j && slice.i >= 0 && slice.j >= 0 && slice.i < d && slice.j < d, "lossGrid", "slice", `needs two different parameters of ${d}`, `${slice.i}, ${slice.j}`);
  check(slice.at.length === d && slice.at.every(Number.isFinite), "lossGrid", "slice", `needs ${d} finite values to hold`, slice.at.join(", "));
}
