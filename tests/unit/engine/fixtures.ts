import { DEFAULT_N, DEFAULT_SEED, generateDataset, seededRandom, summarize } from "../../../src/engine/index.ts";
import type { Dataset, DescentOptions, Params, SufficientStats } from "../../../src/engine/index.ts";

/** The essay's default data and its statistics, shared read-only by the engine tests. */
export const data: Dataset = generateDataset(DEFAULT_N, DEFAULT_SEED);
export const stats: SufficientStats = summarize(data);

/** The article's starting line. */
export const start: Params = { m: -0.3, b: 2.5 };

/** descendOptions(overrides) is a full-batch descent of the default data from the start, changed by overrides. */
export function descendOptions(overrides: Partial<DescentOptions> = {}): DescentOptions {
  return { data, stats, start, learningRate: 0.05, method: "batch", batchSize: 8, steps: 10, random: seededRandom(1), ...overrides };
}

/** relativeError(actual, expected) is |actual − expected| scaled by |expected| (or 1, if smaller). */
export function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1);
}
