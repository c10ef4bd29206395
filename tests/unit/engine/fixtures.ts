import { DEFAULT_N, DEFAULT_SEED, generateDataset, line, objective, seededRandom, summarize } from "../../../src/engine/index.ts";
import type { Dataset, DescentOptions, Objective, Params, SufficientStats, Theta } from "../../../src/engine/index.ts";

/** The essay's default data and its statistics, shared read-only by the engine tests. */
export const data: Dataset = generateDataset(DEFAULT_N, DEFAULT_SEED);
export const stats: SufficientStats = summarize(data);
/** The line model bound to the default data. */
export const fit: Objective = objective(line, data);

/** The article's starting line, as the line's helpers take it and as a parameter vector. */
export const start: Params = { m: -0.3, b: 2.5 };
export const theta0: Theta = [start.m, start.b];

/** descendOptions(overrides) is a full-batch descent of the default data from the start, changed by overrides. */
export function descendOptions(overrides: Partial<DescentOptions> = {}): DescentOptions {
  return { objective: fit, start: theta0, learningRate: 0.05, method: "batch", batchSize: 8, steps: 10, random: seededRandom(1), ...overrides };
}

/** at(trajectory, t) is the parameters at point t as the line's helpers take them. */
export function at(t: { readonly params: readonly Float64Array[] }, i: number): Params {
  return { m: t.params[0]![i]!, b: t.params[1]![i]! };
}

/** relativeError(actual, expected) is |actual − expected| scaled by |expected| (or 1, if smaller). */
export function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1);
}
