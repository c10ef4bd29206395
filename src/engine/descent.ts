import type { Dataset, Gradient, Method, Params, RandomSource } from "./types.ts";
import type { SufficientStats } from "./stats.ts";
import { lossFromStats } from "./loss.ts";
import { batchGradient, gradientFromStats } from "./gradient.ts";
import { batchSampler } from "./sampler.ts";
import { check, checkFinite, checkInteger } from "./validate.ts";

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

/** Everything a descent needs; randomness comes in from outside so a seed reproduces it. */
export interface DescentOptions {
  readonly data: Dataset;
  readonly stats: SufficientStats;
  readonly start: Params;
  readonly learningRate: number;
  readonly method: Method;
  /** Points per step for "minibatch" (ignored by "batch", which uses all n, and "sgd", which uses 1). */
  readonly batchSize: number;
  readonly steps: number;
  readonly random: RandomSource;
}

/** Parameters, full-data loss and the gradient that was followed, after each step 0…length−1. */
export interface Trajectory {
  /** How many points are kept: steps + 1, or fewer when the descent diverged. */
  readonly length: number;
  readonly m: Float64Array;
  readonly b: Float64Array;
  /** Full-data MSE at each kept point, whatever the method, so methods compare fairly. */
  readonly loss: Float64Array;
  /** The (possibly noisy) gradient followed from point i, for i < length − 1. */
  readonly gradM: Float64Array;
  readonly gradB: Float64Array;
  /** The points used for each step, or null for full-batch steps. */
  readonly batchSize: number | null;
  readonly divergence: Divergence | null;
}

/** effectiveBatch(method, batchSize, n) is how many points one step of that method averages over. */
export function effectiveBatch(method: Method, batchSize: number, n: number): number {
  return method === "batch" ? n : method === "sgd" ? 1 : Math.min(batchSize, n);
}

/**
 * descend(options) runs steps of gradient descent from start and records the path.
 * Full-batch steps take the exact gradient from the statistics; sgd and minibatch draw
 * batches without replacement within each epoch from options.random.
 */
export function descend(o: DescentOptions): Trajectory {
  const where = "descend";
  checkFinite(o.start.m, where, "start.m");
  checkFinite(o.start.b, where, "start.b");
  check(Number.isFinite(o.learningRate) && o.learningRate > 0, where, "learningRate", "not a positive finite number", o.learningRate);
  check(o.method === "batch" || o.method === "sgd" || o.method === "minibatch", where, "method", "not batch, sgd or minibatch", o.method);
  checkInteger(o.steps, 0, MAX_STEPS, where, "steps");
  const n = o.stats.n;
  check(o.data.x.length === n, where, "stats", "not made from this data", `${n} vs ${o.data.x.length} points`);
  if (o.method === "minibatch") checkInteger(o.batchSize, 1, n, where, "batchSize");

  const k = effectiveBatch(o.method, o.batchSize, n);
  const sample = k === n ? null : batchSampler(n, k, o.random);
  const m = new Float64Array(o.steps + 1);
  const b = new Float64Array(o.steps + 1);
  const loss = new Float64Array(o.steps + 1);
  const gradM = new Float64Array(o.steps);
  const gradB = new Float64Array(o.steps);
  let p: Params = o.start;
  m[0] = p.m;
  b[0] = p.b;
  loss[0] = lossFromStats(o.stats, p);
  check(Number.isFinite(loss[0]), where, "start", "gives a non-finite loss", `(${p.m}, ${p.b})`);
  const limit = EXPLODE_FACTOR * Math.max(loss[0], 1);
  let divergence: Divergence | null = null;
  let length = 1;
  for (let t = 1; t <= o.steps; t++) {
    const g: Gradient = sample ? batchGradient(o.data, sample.next(), k, p) : gradientFromStats(o.stats, p);
    const next = { m: p.m - o.learningRate * g.dm, b: p.b - o.learningRate * g.db };
    const l = lossFromStats(o.stats, next);
    divergence = diverged(t, next, l, limit, o.learningRate);
    if (divergence) break;
    gradM[t - 1] = g.dm;
    gradB[t - 1] = g.db;
    m[t] = next.m;
    b[t] = next.b;
    loss[t] = l;
    p = next;
    length = t + 1;
  }
  return {
    length,
    m: m.subarray(0, length),
    b: b.subarray(0, length),
    loss: loss.subarray(0, length),
    gradM: gradM.subarray(0, length - 1),
    gradB: gradB.subarray(0, length - 1),
    batchSize: sample ? k : null,
    divergence,
  };
}

function diverged(step: number, p: Params, l: number, limit: number, lr: number): Divergence | null {
  if (!Number.isFinite(p.m) || !Number.isFinite(p.b) || !Number.isFinite(l)) {
    return { step, kind: "non-finite", reason: `At step ${step} the numbers overflowed: learning rate ${lr} is far too large for this bowl.` };
  }
  if (l > limit) {
    return { step, kind: "exploding", reason: `At step ${step} the loss had grown a million-fold: learning rate ${lr} overshoots the bottom by more each step.` };
  }
  return null;
}
