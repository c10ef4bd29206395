import { batchReplay, effectiveBatch } from "../../engine/index.ts";
import type { EssayState } from "../../state/index.ts";

const NONE = new Int32Array(0);

/**
 * The points the next stochastic step averages over, for both figures: the data space rings them and the
 * loss space draws each as its line. Empty for a full-batch step, a batch as large as the data, or once
 * the descent has diverged. Create it while a component initialises; it reads the essay state only.
 */
export class NextBatch {
  /** Points one step averages over. */
  readonly size: number;
  /** The data indices of the next step's batch (its first ones, when only a sample of it is drawn). */
  readonly indices: Int32Array;

  constructor(essay: EssayState) {
    this.size = $derived(effectiveBatch(essay.method, essay.batch, essay.size));
    // One replay per data, batch size and seed: stepping forward then draws only the batches in between.
    const replay = $derived(batchReplay(essay.size, this.size, essay.seed));
    const shown = $derived(essay.method !== "batch" && this.size < essay.size && !essay.diverged);
    this.indices = $derived(shown ? replay.at(essay.index) : NONE);
  }
}
