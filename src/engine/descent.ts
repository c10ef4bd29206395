import type { Method, RandomSource } from "./types.ts";
import type { Theta } from "./models/types.ts";
import type { Objective } from "./objective.ts";
import type { Optimizer, Settings } from "./optimizers/types.ts";
import { gd } from "./optimizers/gd.ts";
import { batchSampler } from "./sampler.ts";
import { check, checkFinite, checkInteger } from "./validate.ts";
import { grouped } from "../format/numbers.ts";

/** The most steps one trajectory may take, so no input can keep the page computing for long. */
export const MAX_STEPS = 1000;

/** A loss this many times the starting loss (or 1, if larger) counts as divergence. */
export const EXPLODE_FACTOR = 1e6;

/** Why a descent stopped early: the loss left finite numbers or grew without bound. */
export interface Divergence {
  /** The first step whose parameters are not kept (the trajectory ends one before it). */
  readonly step: number;
  readonly kind: "non-finite" | "exploding";
  /** A sentence for the reader, free of NaN. */
  readonly reason: string;
}

/**
 * The first sign that a descent is heading off, while its numbers are still finite: a learning rate past
 * what a quadratic bowl allows (known from step 1), or a loss that keeps rising above where it started.
 */
export interface Instability {
  /** The step from which it is known. */
  readonly step: number;
  readonly cause: "rate" | "rising";
  /** For "rate": the largest learning rate this bowl and optimiser allow; else null. */
  readonly limit: number | null;
}

/** Everything a descent needs; randomness comes in from outside so a seed reproduces it. */
export interface DescentOptions {
  readonly objective: Objective;
  readonly start: Theta;
  readonly learningRate: number;
  /** How a step is made from the gradient: plain descent unless told. */
  readonly optimizer?: Optimizer;
  /** The optimiser's own settings (momentum's β); its defaults where missing. */
  readonly settings?: Settings;
  readonly method: Method;
  /** Points per step for "minibatch" (ignored by "batch", which uses all n, and "sgd", which uses 1). */
  readonly batchSize: number;
  readonly steps: number;
  readonly random: RandomSource;
}

/** Parameters, full-data loss, the gradient followed and the step taken, after each step 0…length−1. */
export interface Trajectory {
  /** How many points are kept: steps + 1, or fewer when the descent diverged. */
  readonly length: number;
  /** params[k][t] is parameter k at point t (the line's [m, b]). */
  readonly params: readonly Float64Array[];
  /** Full-data loss at each kept point, whatever the method, so methods compare fairly. */
  readonly loss: Float64Array;
  /** grads[k][t] is the (possibly noisy) gradient followed from point t, for t < length − 1. */
  readonly grads: readonly Float64Array[];
  /** moves[k][t] is the step actually taken from point t: params[k][t + 1] − params[k][t]. */
  readonly moves: readonly Float64Array[];
  /** velocity[k][t] is the part of the step from point t that the optimiser's memory carries, or null without one. */
  readonly velocity: readonly Float64Array[] | null;
  /** The points used for each step, or null for full-batch steps. */
  readonly batchSize: number | null;
  readonly divergence: Divergence | null;
  /** Known instability before the numbers run away, or null. */
  readonly instability: Instability | null;
  /** The first point from which a full-batch descent no longer moves (to 10⁻⁹ of the loss), or null. */
  readonly settled: number | null;
}

/** effectiveBatch(method, batchSize, n) is how many points one step of that method averages over. */
export function effectiveBatch(method: Method, batchSize: number, n: number): number {
  return method === "batch" ? n : method === "sgd" ? 1 : Math.min(batchSize, n);
}

/** Consecutive rises of the loss, each to a new high above the start, that mark a descent as heading off. */
export const RISES = 5;

/**
 * descend(options) runs steps of an optimiser from start and records the path. Full-batch steps follow
 * the exact gradient (O(1) where the model has statistics); sgd and minibatch draw batches without
 * replacement within each epoch from options.random.
 */
export function descend(o: DescentOptions): Trajectory {
  const where = "descend";
  const f = o.objective;
  const d = f.model.params.length;
  const optimizer = o.optimizer ?? gd;
  const settings = o.settings ?? {};
  check(o.start.length === d, where, "start", `not ${d} parameters`, o.start.length);
  o.start.forEach((v, k) => checkFinite(v, where, `start.${f.model.params[k]!.key}`));
  check(Number.isFinite(o.learningRate) && o.learningRate > 0, where, "learningRate", "not a positive finite number", o.learningRate);
  check(o.method === "batch" || o.method === "sgd" || o.method === "minibatch", where, "method", "not batch, sgd or minibatch", o.method);
  checkInteger(o.steps, 0, MAX_STEPS, where, "steps");
  const n = f.n;
  if (o.method === "minibatch") checkInteger(o.batchSize, 1, n, where, "batchSize");

  const k = effectiveBatch(o.method, o.batchSize, n);
  const sample = k === n ? null : batchSampler(n, k, o.random);
  const params = columns(d, o.steps + 1);
  const grads = columns(d, o.steps);
  const moves = columns(d, o.steps);
  const carried = optimizer.velocity(optimizer.init(d), o.learningRate, settings) ? columns(d, o.steps) : null;
  const loss = new Float64Array(o.steps + 1);
  let theta: Theta = o.start;
  let state = optimizer.init(d);
  for (let j = 0; j < d; j++) params[j]![0] = theta[j]!;
  loss[0] = f.loss(theta);
  check(Number.isFinite(loss[0]), where, "start", "gives a non-finite loss", `(${theta.join(", ")})`);
  const limit = EXPLODE_FACTOR * Math.max(loss[0], 1);
  let instability = knownInstability(o, optimizer, settings);
  let divergence: Divergence | null = null;
  let settled: number | null = null;
  let rises = 0;
  let length = 1;
  for (let t = 1; t <= o.steps; t++) {
    const g = sample ? f.batchGradient(sample.next(), k, theta) : f.gradient(theta);
    const velocity = carried ? optimizer.velocity(state, o.learningRate, settings) : null;
    const next = optimizer.step(theta, g, state, o.learningRate, settings);
    const l = f.loss(next.theta);
    divergence = diverged(t, next.theta, l, limit, o.learningRate, f.bowl ? "bowl" : "landscape");
    if (divergence) break;
    for (let j = 0; j < d; j++) {
      grads[j]![t - 1] = g[j]!;
      moves[j]![t - 1] = next.theta[j]! - theta[j]!;
      params[j]![t] = next.theta[j]!;
      if (carried && velocity) carried[j]![t - 1] = velocity[j]!;
    }
    loss[t] = l;
    rises = l > loss[t - 1]! && l > loss[0]! ? rises + 1 : 0;
    if (!instability && rises >= RISES) instability = { step: t - RISES + 1, cause: "rising", limit: null };
    if (settled === null && !sample && still(loss[t - 1]!, l, moves, t - 1)) settled = t - 1;
    theta = next.theta;
    state = next.state;
    length = t + 1;
  }
  const cut = (a: readonly Float64Array[], m: number) => a.map((c) => c.subarray(0, m));
  return {
    length,
    params: cut(params, length),
    loss: loss.subarray(0, length),
    grads: cut(grads, length - 1),
    moves: cut(moves, length - 1),
    velocity: carried ? cut(carried, length - 1) : null,
    batchSize: sample ? k : null,
    divergence,
    instability,
    settled,
  };
}

/** d arrays of the given length. */
function columns(d: number, length: number): Float64Array[] {
  return Array.from({ length: d }, () => new Float64Array(length));
}

/**
 * Full-batch steps on a quadratic bowl run away from the first step when the learning rate is past the
 * optimiser's stable limit for the bowl's steepest curvature: known before any step is taken.
 */
function knownInstability(o: DescentOptions, optimizer: Optimizer, settings: Settings): Instability | null {
  const steepest = o.objective.curvature?.max;
  if (o.method !== "batch" || steepest === undefined || !(steepest > 0)) return null;
  const limit = optimizer.stableBelow(steepest, settings);
  if (limit === null || o.learningRate <= limit) return null;
  return { step: 1, cause: "rate", limit };
}

/** A step that changed the loss by at most 10⁻⁹ of itself and moved no parameter by more than 10⁻⁹. */
function still(before: number, after: number, moves: readonly Float64Array[], t: number): boolean {
  if (Math.abs(after - before) > 1e-9 * Math.max(1, Math.abs(after))) return false;
  return moves.every((c) => Math.abs(c[t]!) <= 1e-9);
}

/** Says why a descent stopped, with its numbers printed as the reader reads them ("step 1,000"). */
function diverged(step: number, theta: Theta, l: number, limit: number, lr: number, shape: string): Divergence | null {
  if (!theta.every(Number.isFinite) || !Number.isFinite(l)) {
    return { step, kind: "non-finite", reason: `At step ${grouped(step)} the numbers overflowed: learning rate ${grouped(lr)} is far too large for this ${shape}.` };
  }
  if (l > limit) {
    return { step, kind: "exploding", reason: `At step ${grouped(step)} the loss had grown a million-fold: learning rate ${grouped(lr)} overshoots the bottom by more each step.` };
  }
  return null;
}
