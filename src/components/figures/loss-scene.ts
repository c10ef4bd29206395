import type { LossWindow, Objective, Slice, Theta, Trajectory } from "../../engine/index.ts";

/** A place in the loss space's slice: across (u), up (v), and the loss there. */
export interface Spot {
  readonly u: number;
  readonly v: number;
  readonly loss: number;
}

/** Everything either loss-space view draws, in parameter units; each view projects it its own way. */
export interface LossScene {
  readonly window: LossWindow;
  /** The path from the start through every step reached, ending at the point drawn now. */
  readonly path: readonly Spot[];
  readonly start: Spot;
  readonly current: Spot;
  readonly minimum: Spot | null;
  /** Every valley's bottom, the lowest (the minimum) first, when the loss has more than one; else none. */
  readonly valleys?: readonly Spot[];
  /**
   * What the minimum's mark says: "minimum", or in a slice that misses it, where it lies across the plane
   * ("minimum, at c = 0.25"). The plane's own lowest point is not the model's.
   */
  readonly minimumLabel?: string;
  /** Where the next step lands, or null once the descent has diverged or ended. */
  readonly next: Spot | null;
  /** Where the optimiser's memory alone would carry the next step (momentum's velocity), or null. */
  readonly carried: Spot | null;
}

/** spotAt(objective, slice, θ) is θ seen in the slice, with its loss. */
export function spotAt(f: Objective, slice: Slice, theta: Theta): Spot {
  return { u: theta[slice.i]!, v: theta[slice.j]!, loss: f.loss(theta) };
}

/**
 * pathSpots(trajectory, settled, shown, objective, slice) is the trajectory's points 0…settled, then the
 * point drawn now when a step is gliding between two of them.
 */
export function pathSpots(t: Trajectory, settled: number, shown: Theta, f: Objective, slice: Slice): Spot[] {
  const last = Math.min(settled, t.length - 1);
  const across = t.params[slice.i]!;
  const up = t.params[slice.j]!;
  const spots: Spot[] = [];
  for (let k = 0; k <= last; k++) spots.push({ u: across[k]!, v: up[k]!, loss: t.loss[k]! });
  const end = spots[spots.length - 1];
  if (end && (end.u !== shown[slice.i] || end.v !== shown[slice.j])) spots.push(spotAt(f, slice, shown));
  return spots;
}

/** sameWindow(a, b) is true when two windows cover the same rectangle. */
export function sameWindow(a: LossWindow, b: LossWindow): boolean {
  return a.u0 === b.u0 && a.u1 === b.u1 && a.v0 === b.v0 && a.v1 === b.v1;
}
