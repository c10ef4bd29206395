import type { Dataset } from "./types.ts";
import type { Model, Theta } from "./models/types.ts";
import { type Objective, objective } from "./objective.ts";
import { type Scaling, type XTransform, scaleData, xTransform } from "./scaling.ts";
import { summarize, type SufficientStats } from "./stats.ts";
import { bestRate, conditionNumber, stepsToSettle } from "./conditioning.ts";
import { aimAngle } from "./aim.ts";

/** What full-batch descent can expect from a start on a quadratic bowl: the bowl's shape and how fast it gets down. */
export interface Outlook {
  /** λmax / λmin. */
  readonly condition: number;
  /** Past this learning rate (1 / λmax) the path zigzags across the valley. */
  readonly zigzag: number;
  /** Past this one (2 / λmax) it diverges. */
  readonly limit: number;
  /** The fixed learning rate that closes in fastest, 2 / (λmax + λmin). */
  readonly best: number;
  /** Steps at that rate to come within 0.1 % of the least loss. */
  readonly steps: number;
  /** Degrees between the first step (straight downhill) and the straight way to the bottom, or null at the bottom. */
  readonly aim: number | null;
}

/**
 * outlook(objective, start) is what full-batch plain descent from `start` (in the objective's units) can
 * expect, or null when the loss is not a quadratic bowl with a single bottom.
 */
export function outlook(f: Objective, start: Theta): Outlook | null {
  const bowl = f.bowl;
  if (!bowl || !bowl.unique) return null;
  const c = bowl.curvature;
  const downhill = f.gradient(start).map((g) => -g);
  return {
    condition: conditionNumber(c),
    zigzag: 1 / c.max,
    limit: 2 / c.max,
    best: bestRate(c),
    steps: stepsToSettle(c, Math.max(0, f.loss(start) - bowl.loss), bowl.loss),
    aim: aimAngle(downhill, start, bowl.bottom),
  };
}

/** The model fitted to the data with x rescaled one way. */
export interface RescaledFit {
  readonly scaling: Scaling;
  readonly transform: XTransform;
  /** The model bound to the rescaled data. */
  readonly objective: Objective;
}

/**
 * rescaledFit(model, data, scaling, stats) binds the model to the data with x rescaled (one pass), or is
 * null for a model that cannot rescale x. `stats` are the data's own statistics, when already made. A
 * start in the data's own units is the same model here as model.rescaled(start, fit.transform).
 */
export function rescaledFit(model: Model, data: Dataset, scaling: Scaling, stats: SufficientStats = summarize(data)): RescaledFit | null {
  if (!model.rescaled) return null;
  const transform = xTransform(scaling, stats);
  return { scaling, transform, objective: objective(model, scaleData(data, transform)) };
}
