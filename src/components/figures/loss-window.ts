import { nice } from "d3-array";
import type { Bowl, LossWindow, Model, Slice } from "../../engine/index.ts";

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

/** The widths an even window tries, within each power of ten: its edges then fall on readable numbers. */
const NICE_WIDTHS = [1, 1.5, 2, 3, 4, 5, 6, 8];

/**
 * evenWindowFor(points, aspect, least, previous) is a window drawn at one scale on both axes (its height
 * is `aspect` times its width, as the plot's is), so a round bowl's rings are round on screen and a step's
 * angle to the rings is drawn true: the narrowest nice width, at least `least`, whose window, centred on
 * the points' middle snapped to a quarter of that width, holds them all. The previous window is kept while
 * it still holds every point and is at most twice as wide as needed, so a scrub inside it never moves the
 * view. Non-finite points are ignored.
 */
export function evenWindowFor(points: readonly SlicePoint[], aspect: number, least: number, previous: LossWindow | null): LossWindow {
  const finite = points.filter((p) => Number.isFinite(p.u) && Number.isFinite(p.v));
  const us = finite.map((p) => p.u), vs = finite.map((p) => p.v);
  const [u0, u1] = finite.length ? [Math.min(...us), Math.max(...us)] : [0, 0];
  const [v0, v1] = finite.length ? [Math.min(...vs), Math.max(...vs)] : [0, 0];
  const cu = (u0 + u1) / 2, cv = (v0 + v1) / 2;
  // Wide enough for the points clear of the margins, and never so narrow that the edges round together.
  const needed = Math.max(least, (u1 - u0) / (1 - 2 * MARGIN), (v1 - v0) / aspect / (1 - 2 * MARGIN), 1e-12 * Math.max(Math.abs(cu), Math.abs(cv) / aspect, 1));
  let fit: LossWindow | null = null;
  for (let power = Math.floor(Math.log10(needed)); !fit; power++) {
    for (const nice of NICE_WIDTHS) {
      const width = nice * 10 ** power;
      if (width < needed) continue;
      const su = width / 4, sv = (width * aspect) / 4;
      const mu = Math.round(cu / su) * su, mv = Math.round(cv / sv) * sv;
      const w = { u0: mu - width / 2, u1: mu + width / 2, v0: mv - (width * aspect) / 2, v1: mv + (width * aspect) / 2 };
      if (finite.every((p) => holds(w, p))) {
        fit = w;
        break;
      }
    }
  }
  const keep =
    previous !== null && finite.every((p) => holds(previous, p)) && previous.u1 - previous.u0 <= 2 * (fit.u1 - fit.u0) &&
    Math.abs((previous.v1 - previous.v0) / (previous.u1 - previous.u0) - aspect) < 1e-9 * aspect;
  return keep ? previous : fit;
}

/**
 * leastEvenWidth(bowl) is the narrowest even window worth drawing around a quadratic bowl: wide enough
 * that along its flattest way the loss rises at the window's edge by its least value, so the rings show
 * the bowl's shape even with the start at the bottom. 0 without a bowl with a single bottom.
 */
export function leastEvenWidth(bowl: Bowl | null): number {
  if (!bowl || !bowl.unique || !(bowl.curvature.min > 0)) return 0;
  // ½·λmin·(w/2)² = L*  ⇒  w = 2·√(2·L* / λmin).
  return 2 * Math.sqrt((2 * bowl.loss) / bowl.curvature.min);
}

/**
 * lossViewFor(model, slice, points, even, previous) is the window a loss-space figure shows: the model's
 * ladder (see lossWindowFor), or with `even` an even window of that aspect and least width (see
 * evenWindowFor), as the essay draws the loss space once x is rescaled.
 */
export function lossViewFor(
  model: Model, slice: Slice, points: readonly SlicePoint[], even: { readonly aspect: number; readonly least: number } | null, previous: LossWindow,
): LossWindow {
  return even ? evenWindowFor(points, even.aspect, even.least, previous) : lossWindowFor(windowLadder(model, slice), points);
}
