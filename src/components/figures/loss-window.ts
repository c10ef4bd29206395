import { nice } from "d3-array";
import type { LossWindow, Model, Slice } from "../../engine/index.ts";

/** A place in a slice of the loss space: across (u) and up (v). */
export interface SlicePoint {
  readonly u: number;
  readonly v: number;
}

/**
 * windowLadder(model, slice) is the windows the loss space tries in turn for that slice, smallest first:
 * each level pairs the two parameters' spans (see ParamSpec.spans).
 */
export function windowLadder(model: Model, slice: Slice): LossWindow[] {
  const across = model.params[slice.i]!.spans;
  const up = model.params[slice.j]!.spans;
  return across.map(([u0, u1], k) => ({ u0, u1, v0: up[k]![0], v1: up[k]![1] }));
}

/** Share of a window's width and height kept clear at each side, so markers never sit on the frame. */
const MARGIN = 0.04;

/** holds(window, p) is true when p lies inside window, clear of its edges. */
export function holds(w: LossWindow, p: SlicePoint): boolean {
  const du = (w.u1 - w.u0) * MARGIN;
  const dv = (w.v1 - w.v0) * MARGIN;
  return p.u >= w.u0 + du && p.u <= w.u1 - du && p.v >= w.v0 + dv && p.v <= w.v1 - dv;
}

/**
 * lossWindowFor(ladder, points) is the first ladder window that holds every point, or else a window around
 * them rounded to nice numbers (for data whose minimum lies far away), at least as large as the first.
 * Non-finite points are ignored.
 */
export function lossWindowFor(ladder: readonly LossWindow[], points: readonly SlicePoint[]): LossWindow {
  const finite = points.filter((p) => Number.isFinite(p.u) && Number.isFinite(p.v));
  const fit = ladder.find((w) => finite.every((p) => holds(w, p)));
  if (fit) return fit;
  const first = ladder[0]!;
  const us = finite.map((p) => p.u);
  const vs = finite.map((p) => p.v);
  const [u0, u1] = around(Math.min(...us), Math.max(...us), first.u1 - first.u0);
  const [v0, v1] = around(Math.min(...vs), Math.max(...vs), first.v1 - first.v0);
  return { u0, u1, v0, v1 };
}

/** around(lo, hi, least) is [lo, hi] padded by a quarter on each side, at least `least` wide, on nice numbers. */
function around(lo: number, hi: number, least: number): [number, number] {
  const half = Math.max((hi - lo) * 0.75, least / 2);
  const mid = (lo + hi) / 2;
  return nice(mid - half, mid + half, 5) as [number, number];
}
