import type { Theta } from "../models/types.ts";

/** One setting of an optimiser (momentum's β): what a link and a reader call it, its range and default. */
export interface SettingSpec {
  /** Its name in a link ("beta", "beta1"). */
  readonly key: string;
  /** How formulas write it (TeX: "\\beta"). */
  readonly symbol: string;
  /** What a reader calls it ("momentum β"). */
  readonly label: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly quantum: number;
}

/** An optimiser's settings by key, each in its range. */
export type Settings = Readonly<Record<string, number>>;

/** What one step of an optimiser gives: where it lands and the memory it carries on. */
export interface Stepped<S> {
  readonly theta: number[];
  readonly state: S;
}

/**
 * An optimiser: a pure step from θ and a gradient over an explicit state (its memory of past steps).
 * The descent calls init once, then step once per step; nothing else is kept between steps.
 */
export interface Optimizer<S = unknown> {
  /** Its name in a link (`opt=…`). */
  readonly id: string;
  /** What a reader calls it ("plain gradient descent"). */
  readonly label: string;
  readonly settings: readonly SettingSpec[];
  /** init(d) is the memory before the first step, for d parameters. */
  init(d: number): S;
  /** step(θ, gradient, state, learningRate, settings) is the next θ and the memory it carries on. */
  step(theta: Theta, gradient: readonly number[], state: S, learningRate: number, settings: Settings): Stepped<S>;
  /**
   * velocity(state, learningRate, settings) is the part of the next step the memory carries whatever the
   * gradient there (momentum's), or null for an optimiser without one.
   */
  velocity(state: S, learningRate: number, settings: Settings): number[] | null;
  /**
   * stableBelow(curvature, settings) is the learning rate past which full-batch steps on a quadratic
   * bowl whose steepest curvature is `curvature` grow without bound, or null when no such rate is known.
   */
  stableBelow(curvature: number, settings: Settings): number | null;
}
