import type { Dataset } from "../types.ts";
import type { Curvature } from "../curvature.ts";
import type { XTransform } from "../scaling.ts";

/** A model's parameters as one vector, in the order of its `params` (the line's is [m, b]). */
export type Theta = readonly number[];

/** One parameter of a model: what a reader, a link and a figure call it, and where it may start. */
export interface ParamSpec {
  /** Its name in a link and a live number's `data-quantity` stem ("m", "b", "w1"). */
  readonly key: string;
  /** How formulas and axes write it ("m", "w_1"): TeX. */
  readonly symbol: string;
  /** What a reader calls it ("slope", "intercept"). */
  readonly label: string;
  /** The article's (or the chapter's) start. */
  readonly start: number;
  /** The range a start may take; links and controls are clamped to it. */
  readonly min: number;
  readonly max: number;
  /** Controls move in multiples of this. */
  readonly quantum: number;
  /** How far a drag of its number moves it per pixel: a comfortable sweep (~200 px) crosses the interesting part. */
  readonly perPixel: number;
  /**
   * The ranges the loss space shows along this parameter, tried in turn, smallest first (every parameter
   * has as many): the view widens only when the path or the bottom leaves the one shown.
   */
  readonly spans: readonly (readonly [number, number])[];
}

/** A rectangle of a two-parameter slice of the loss space: parameter `i` across [u0, u1], `j` up [v0, v1]. */
export interface LossWindow {
  readonly u0: number;
  readonly u1: number;
  readonly v0: number;
  readonly v1: number;
}

/**
 * A quadratic loss, exactly: L(θ) = loss + ½·(θ − bottom)ᵀ·hessian·(θ − bottom). When the Hessian is
 * singular the bottom is one point of a whole floor of minima (`unique` false).
 */
export interface Bowl {
  readonly bottom: Theta;
  /** The loss at the bottom: the least there is. */
  readonly loss: number;
  /** The Hessian, the same everywhere: row-major d × d. */
  readonly hessian: readonly (readonly number[])[];
  /** Its largest and smallest eigenvalues, computed without cancellation (the model knows how). */
  readonly curvature: Curvature;
  /** False when the data cannot tell some direction apart (the floor is a line, not a point). */
  readonly unique: boolean;
}

/**
 * The fast path a model may offer: statistics gathered in one pass after which every loss and gradient
 * is O(1), whatever n. The engine uses it where present and does a pass over the data where not.
 */
export interface Statistics<S> {
  /** One pass over the data. */
  summarize(data: Dataset): S;
  loss(stats: S, theta: Theta): number;
  gradient(stats: S, theta: Theta): number[];
  /** The loss as an exact quadratic (its bottom and curvature), when it is one. */
  bowl?(stats: S): Bowl;
}

/** A rectangle of the data space, in data units: where a figure frames a model's default points. */
export interface DataFrame {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/** How a model's data is made and read: its columns and the process behind its default points. */
export interface DataSpec {
  /** The CSV columns, in order ("x", "y" or "x1", "x2", "label"). */
  readonly columns: readonly string[];
  /** True when each point carries a class, 0 or 1, in `label`. */
  readonly labelled: boolean;
  /** The default number of points, and the most the reader may ask for. */
  readonly n: number;
  readonly maxN: number;
  /** The default seed of the data. */
  readonly seed: number;
  /**
   * stream(seed) writes the next default points into x, y (and label) at [from, to), from one seeded
   * source, so data made in slices equals data made at once.
   */
  stream(seed: number): (data: MutableDataset, from: number, to: number) => void;
  /**
   * The data-space frame that holds the default points of any size; figures fit other points (and every
   * point of a model without one) to their extent.
   */
  readonly frame?: DataFrame;
}

/** The bottom of one valley of the loss: a local minimum and its loss. */
export interface Valley {
  readonly theta: Theta;
  readonly loss: number;
}

/**
 * A stand-in for a model's full-data loss and gradient over part of the loss space, O(1) whatever n and
 * within 10⁻⁹ of the exact ones (relative to the data's scale): for work that needs millions of gradients,
 * the basins map. Never the source of a number a reader reads.
 */
export interface Surrogate {
  loss(theta: Theta): number;
  gradient(theta: Theta): number[];
}

/** A dataset being filled in. */
export interface MutableDataset {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly label?: Uint8Array;
}

/**
 * What the data space draws for a model: a straight line y = f(x) (whose `through` lets the reader drag
 * it), a curve y = f(x), or the boundary between two classes in the (x, y) plane.
 */
export type Drawing = "line" | "curve" | "boundary";

/**
 * A model: its parameters, what it predicts, and its loss over data, whole or in batches. Every figure
 * and caption asks the model; none knows its maths. Batch functions take the indices of the points to
 * average over (the first `count` of them), or null for points 0…count−1.
 */
export interface Model<S = unknown> {
  /** Its name in a link (`model=…`). */
  readonly id: string;
  /** What a reader calls it ("a straight line"). */
  readonly label: string;
  readonly params: readonly ParamSpec[];
  /** The loss's name and formula symbol ("mean squared error"). */
  readonly lossName: string;
  /** What the data space draws. */
  readonly drawing: Drawing;
  readonly data: DataSpec;
  /** predict(θ, x, y) is the model's output at a data-space point: ŷ at x, or P(class 1) at (x, y). */
  predict(theta: Theta, x: number, y: number): number;
  /**
   * through(x0, y0, x1, y1) is the θ whose prediction passes through both points, for a "line" drawing:
   * how a drag of the line in the data space becomes parameters.
   */
  through?(x0: number, y0: number, x1: number, y1: number): Theta;
  /**
   * logOdds(θ) is [a, b, k] for a "boundary" drawing whose log-odds of class 1 at (x, y) are a·x + b·y + k:
   * a straight boundary a·x + b·y + k = 0, and a probability that changes only across it.
   */
  logOdds?(theta: Theta): readonly [number, number, number];
  /** residual(θ, data, i) is how far the model misses point i: y − ŷ, or label − P(class 1). */
  residual(theta: Theta, data: Dataset, i: number): number;
  batchLoss(data: Dataset, indices: Int32Array | null, count: number, theta: Theta): number;
  batchGradient(data: Dataset, indices: Int32Array | null, count: number, theta: Theta): number[];
  /** pointGradient(data, i, θ) is the gradient of point i's own loss term; the full gradient is their mean. */
  pointGradient(data: Dataset, i: number, theta: Theta): number[];
  /** The fast path, when the loss depends on the data only through a few statistics. */
  readonly statistics?: Statistics<S>;
  /**
   * The lowest point for models without a bowl, found their own way (Newton's method, a search), or null
   * when there is none (the loss only tends to its least value far away). Keep it quick: it runs on every edit.
   */
  minimum?(data: Dataset): { readonly theta: Theta; readonly loss: number } | null;
  /**
   * Every valley (local minimum) in the region the widest spans cover, lowest first, for a model whose loss
   * has several; its first is the minimum. Quick like `minimum`: it runs on every edit.
   */
  valleys?(data: Dataset): readonly Valley[];
  /**
   * canonical(θ) is the same model written the one way the essay lists its valleys, for a model whose
   * parameters have a symmetry (a·cos(ωx) is a·cos(−ωx)): how a descent that ends in a mirror image of a
   * valley is known to have reached it.
   */
  canonical?(theta: Theta): Theta;
  /** A quick stand-in for the loss and gradient over the window (see Surrogate), or null where it cannot be exact enough. */
  surrogate?(data: Dataset, window: LossWindow): Surrogate | null;
  /**
   * Why this data cannot be fitted (too few points, no spread), as a sentence, or null when it can; given
   * the data's statistics when they are at hand, so checking an edit costs no second pass.
   */
  dataProblem(data: Dataset, stats?: S): string | null;
  /**
   * rescaled(θ, t) is the same fit for x changed by t (x′ = (x − shift) / scale): the θ′ whose prediction
   * at x′ is θ's at x. rescaled(θ′, inverse(t)) takes it back. Only a model that offers it can rescale x.
   */
  rescaled?(theta: Theta, t: XTransform): Theta;
  /**
   * pointConstraint(x, y) is every θ that fits the point (x, y) exactly, when that is a flat (the model is
   * linear in its parameters): the point's footprint in the loss space, a line there for two parameters.
   * The point's residual at any θ is then level − normal·θ.
   */
  pointConstraint?(x: number, y: number): Constraint;
}

/**
 * A flat of the parameter space, every θ with normal·θ = level: the θ whose prediction passes exactly
 * through one data point, for a model linear in its parameters.
 */
export interface Constraint {
  readonly normal: readonly number[];
  readonly level: number;
}

/** The names of the models a link may ask for. */
export type ModelId = string;
