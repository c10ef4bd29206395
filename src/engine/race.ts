import type { Theta } from "./models/types.ts";
import type { Objective } from "./objective.ts";
import type { Optimizer, Settings } from "./optimizers/types.ts";
import { MAX_STEPS, descend } from "./descent.ts";
import { seededRandom } from "./random.ts";

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
  const t = descend({ objective: f, start, learningRate, optimizer, settings, method: "batch", batchSize: 1, steps: MAX_STEPS, random: seededRandom(0) });
  const k = t.loss.findIndex((l) => l <= target);
  return k < 0 ? null : k;
}
