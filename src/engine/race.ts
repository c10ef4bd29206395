import type { Theta } from "./models/types.ts";
import type { Objective } from "./objective.ts";
import type { Optimizer, Settings } from "./optimizers/types.ts";
import { EXPLODE_FACTOR, MAX_STEPS } from "./descent.ts";

/** How far down a descent must come to count as there: this share of the way from the start's loss to the bottom's. */
export const DOWN_SHARE = 0.99;

/**
 * stepsDown(objective, start, learningRate, optimizer, settings) is how many full-batch steps the optimiser
 * takes from start to come DOWN_SHARE of the way down to the lowest loss, or null when it does not within
 * MAX_STEPS (too slow, diverging) or the lowest loss is unknown: the race the essay runs between optimisers.
 */
export function stepsDown(f: Objective, start: Theta, learningRate: number, optimizer: Optimizer, settings: Settings): number | null {
  if (f.minimumLoss === null) return null;
  const from = f.loss(start);
  const target = f.minimumLoss + (1 - DOWN_SHARE) * (from - f.minimumLoss);
  if (from <= target) return 0;
  // descend's full-batch steps, stopped at the first one down: recording all MAX_STEPS of a path for three
  // optimisers at every change of the start or the rate cost more than the rest of a scrub's redraw.
  const limit = EXPLODE_FACTOR * Math.max(from, 1);
  let theta = start;
  let state = optimizer.init(start.length);
  for (let t = 1; t <= MAX_STEPS; t++) {
    const next = optimizer.step(theta, f.gradient(theta), state, learningRate, settings);
    const l = f.loss(next.theta);
    // Where descend would stop, diverged: no later step comes down.
    if (!next.theta.every(Number.isFinite) || !Number.isFinite(l) || l > limit) return null;
    if (l <= target) return t;
    theta = next.theta;
    state = next.state;
  }
  return null;
}
