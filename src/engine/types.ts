/** A line y = m·x + b: the two parameters the essay descends over. */
export interface Params {
  readonly m: number;
  readonly b: number;
}

/** The partial derivatives of the loss at some (m, b). */
export interface Gradient {
  readonly dm: number;
  readonly db: number;
}

/** Points (x[i], y[i]) in typed arrays, so 500,000 of them stay compact and fast; a classifier's also carry a class. */
export interface Dataset {
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Each point's class, 0 or 1, for models whose data is labelled. */
  readonly label?: Uint8Array;
}

/** How a descent step averages the gradient: over all points, one point, or k points. */
export type Method = "batch" | "sgd" | "minibatch";

/** A seeded source of uniform numbers in [0, 1), such as d3-random's randomLcg(seed). */
export type RandomSource = () => number;
