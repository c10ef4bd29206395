import { lossFromStats, type LossWindow, type Params, type SufficientStats, type Trajectory } from "../../engine/index.ts";

/** A place in the loss space: a line's (m, b) and its loss. */
export interface Spot {
  readonly m: number;
  readonly b: number;
  readonly loss: number;
}

/** Everything either loss-space view draws, in data units; each view projects it its own way. */
export interface LossScene {
  readonly window: LossWindow;
  /** The path from the start through every step reached, ending at the point drawn now. */
  readonly path: readonly Spot[];
  readonly start: Spot;
  readonly current: Spot;
  readonly minimum: Spot | null;
  /** Where the next full step lands, or null once the descent has diverged. */
  readonly next: Spot | null;
}

/** spotAt(stats, {m, b}) is (m, b) with its loss. */
export function spotAt(stats: SufficientStats, p: Params): Spot {
  return { m: p.m, b: p.b, loss: lossFromStats(stats, p) };
}

/**
 * pathSpots(trajectory, settled, shown, stats) is the trajectory's points 0…settled, then the point
 * drawn now when a step is gliding between two of them.
 */
export function pathSpots(t: Trajectory, settled: number, shown: Params, stats: SufficientStats): Spot[] {
  const last = Math.min(settled, t.length - 1);
  const spots: Spot[] = [];
  for (let i = 0; i <= last; i++) spots.push({ m: t.m[i]!, b: t.b[i]!, loss: t.loss[i]! });
  const end = spots[spots.length - 1];
  if (end && (end.m !== shown.m || end.b !== shown.b)) spots.push(spotAt(stats, shown));
  return spots;
}

/** sameWindow(a, b) is true when two windows cover the same rectangle. */
export function sameWindow(a: LossWindow, b: LossWindow): boolean {
  return a.m0 === b.m0 && a.m1 === b.m1 && a.b0 === b.b0 && a.b1 === b.b1;
}
