import type { Dataset } from "./types.ts";
import type { Curvature } from "./curvature.ts";
import type { Bowl, Model, Theta, Valley } from "./models/types.ts";
import { check } from "./validate.ts";

/**
 * A model bound to one data set: every loss and gradient the essay asks for. Where the model has a fast
 * path (statistics), each costs O(1) after the one pass made here; elsewhere each is a pass over the data.
 */
export interface Objective {
  readonly model: Model;
  readonly data: Dataset;
  /** How many points. */
  readonly n: number;
  /** True when a loss costs O(1) whatever n, so a whole landscape is cheap to compute on the spot. */
  readonly cheap: boolean;
  /** Why the model cannot fit this data (the model's words), or null when it can. */
  readonly problem: string | null;
  /** The full-data loss at θ. */
  loss(theta: Theta): number;
  /** The exact full-data gradient at θ. */
  gradient(theta: Theta): number[];
  /** The gradient averaged over a batch: the first `count` of `indices` (or points 0…count−1 for null). */
  batchGradient(indices: Int32Array | null, count: number, theta: Theta): number[];
  /** The loss as an exact quadratic, when the model knows it is one. */
  readonly bowl: Bowl | null;
  /** Every valley of the loss the model knows, lowest first: its own list, else the one bottom (none when it has none). */
  readonly valleys: readonly Valley[];
  /** The lowest point, when the model can find it and it is unique (the least-squares line), else null. */
  readonly minimum: Theta | null;
  /** The loss there, or null. */
  readonly minimumLoss: number | null;
  /** The Hessian's largest and smallest eigenvalues, when the loss is a quadratic bowl. */
  readonly curvature: Curvature | null;
}

/**
 * objective(model, data) binds a model to its data, making the model's statistics once (one pass) when
 * it has a fast path. The data must be non-empty.
 */
export function objective<S>(model: Model<S>, data: Dataset): Objective {
  const n = data.x.length;
  check(n > 0 && data.y.length === n, "objective", "data", "needs at least one point and as many y as x", `${n} x, ${data.y.length} y`);
  // Data no single best fit exists for (one point, one x) still has a loss everywhere: the statistics
  // below stay finite, the bowl has no unique bottom, and `problem` says why.
  const fast = model.statistics;
  const stats = fast ? fast.summarize(data) : null;
  const bowl = fast && stats !== null && fast.bowl ? fast.bowl(stats) : null;
  const listed = bowl ? null : (model.valleys?.(data) ?? null);
  const found = bowl ? (bowl.unique ? { theta: bowl.bottom, loss: bowl.loss } : null) : listed ? (listed[0] ?? null) : (model.minimum?.(data) ?? null);
  return {
    model: model as Model,
    data,
    n,
    cheap: stats !== null,
    problem: model.dataProblem(data, stats ?? undefined),
    loss: fast && stats !== null ? (theta) => fast.loss(stats, theta) : (theta) => model.batchLoss(data, null, n, theta),
    gradient: fast && stats !== null ? (theta) => fast.gradient(stats, theta) : (theta) => model.batchGradient(data, null, n, theta),
    batchGradient: (indices, count, theta) => model.batchGradient(data, indices, count, theta),
    bowl,
    valleys: listed ?? (found ? [found] : []),
    minimum: found?.theta ?? null,
    minimumLoss: found?.loss ?? null,
    curvature: bowl ? bowl.curvature : null,
  };
}
