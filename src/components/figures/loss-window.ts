import { nice } from "d3-array";
import type { LossWindow, Params } from "../../engine/index.ts";

/** The article's window: the start (−0.3, 2.5) and the default data's minimum (≈ 1.38, 1.03) with room around both. */
export const DEFAULT_LOSS_WINDOW: LossWindow = { m0: -1.5, m1: 3, b0: -2.5, b1: 5 };

/**
 * Windows tried in turn, so the view changes only when a point leaves the one shown (never while
 * scrubbing inside it). The last holds every start a reader can set (FIELDS.m × FIELDS.b) with room.
 */
export const LOSS_WINDOW_LADDER: readonly LossWindow[] = [
  DEFAULT_LOSS_WINDOW,
  { m0: -2.5, m1: 4, b0: -4, b1: 6.5 },
  { m0: -4.5, m1: 4.5, b0: -6.75, b1: 8.75 },
];

/** Share of a window's width and height kept clear at each side, so markers never sit on the frame. */
const MARGIN = 0.04;

/** holds(window, p) is true when p lies inside window, clear of its edges. */
export function holds(w: LossWindow, p: Params): boolean {
  const dm = (w.m1 - w.m0) * MARGIN;
  const db = (w.b1 - w.b0) * MARGIN;
  return p.m >= w.m0 + dm && p.m <= w.m1 - dm && p.b >= w.b0 + db && p.b <= w.b1 - db;
}

/**
 * lossWindowFor(points) is the first ladder window that holds every point, or else a window around
 * them rounded to nice numbers (for data whose minimum lies far away). Non-finite points are ignored.
 */
export function lossWindowFor(points: readonly Params[]): LossWindow {
  const finite = points.filter((p) => Number.isFinite(p.m) && Number.isFinite(p.b));
  const fit = LOSS_WINDOW_LADDER.find((w) => finite.every((p) => holds(w, p)));
  if (fit) return fit;
  const ms = finite.map((p) => p.m);
  const bs = finite.map((p) => p.b);
  const [nm0, nm1] = around(Math.min(...ms), Math.max(...ms), DEFAULT_LOSS_WINDOW.m1 - DEFAULT_LOSS_WINDOW.m0);
  const [nb0, nb1] = around(Math.min(...bs), Math.max(...bs), DEFAULT_LOSS_WINDOW.b1 - DEFAULT_LOSS_WINDOW.b0);
  return { m0: nm0, m1: nm1, b0: nb0, b1: nb1 };
}

/** around(lo, hi, least) is [lo, hi] padded by a quarter on each side, at least `least` wide, on nice numbers. */
function around(lo: number, hi: number, least: number): [number, number] {
  const half = Math.max((hi - lo) * 0.75, least / 2);
  const mid = (lo + hi) / 2;
  return nice(mid - half, mid + half, 5) as [number, number];
}
