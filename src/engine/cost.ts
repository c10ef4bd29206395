import type { Method } from "./types.ts";
import { effectiveBatch } from "./descent.ts";

/** What a method's steps cost, counted in points touched (one gradient term per point). */
export interface StepCost {
  /** Points whose gradient term one step computes. */
  readonly pointsPerStep: number;
  /** Steps that make one full pass (an epoch) over the data. */
  readonly stepsPerEpoch: number;
  /** Points touched after `steps` steps. */
  readonly pointsSeen: number;
}

/** stepCost(method, batchSize, n, steps) counts the points each step and all the steps touch. */
export function stepCost(method: Method, batchSize: number, n: number, steps: number): StepCost {
  const pointsPerStep = effectiveBatch(method, batchSize, n);
  return { pointsPerStep, stepsPerEpoch: n / pointsPerStep, pointsSeen: steps * pointsPerStep };
}
