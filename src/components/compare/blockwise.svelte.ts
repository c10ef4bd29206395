import type { Dataset, SufficientStats } from "../../engine/index.ts";
import type { EssayState } from "../../state/essay.svelte.ts";

/** Steps per block of the comparison's runs (Comparison computes them 50 steps at a time). */
export const BLOCK = 50;

/**
 * The essay's inputs as the comparison needs them, with the step held at the last step of its block of 50.
 * Comparison reads the step for its runs' cost, so handed the essay itself it re-runs all three descents
 * on every step (two 500,000-point shuffles a key press at the largest n). This island counts the cost from
 * the real step itself; the runs only need the step's block, so they are computed once per block.
 * Remove once Comparison keeps its trajectories apart from its cost.
 */
class BlockwiseEssay {
  #essay: EssayState;
  /** The last step of the block the essay's step is in. */
  readonly step: number;

  constructor(essay: EssayState) {
    this.#essay = essay;
    this.step = $derived(Math.ceil((essay.step + 1) / BLOCK) * BLOCK - 1);
  }

  get data(): Dataset { return this.#essay.data; }
  get stats(): SufficientStats { return this.#essay.stats; }
  get m0(): number { return this.#essay.m0; }
  get b0(): number { return this.#essay.b0; }
  get lr(): number { return this.#essay.lr; }
  get batch(): number { return this.#essay.batch; }
  get seed(): number { return this.#essay.seed; }
}

/** blockwise(essay) is the essay seen with its step rounded to the end of its block, for new Comparison(…). */
export function blockwise(essay: EssayState): EssayState {
  // Comparison reads only the fields above; EssayState's private fields keep TypeScript from seeing that.
  return new BlockwiseEssay(essay) as unknown as EssayState;
}
