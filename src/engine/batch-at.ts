import { batchSampler, type BatchSampler } from "./sampler.ts";
import { MAX_SEED, seededRandom } from "./random.ts";
import { checkInteger } from "./validate.ts";

/** Names the batches of one seeded stochastic descent, step by step. */
export interface BatchReplay {
  /** The indices of the batch behind the step from point `step` to `step + 1`: a fresh array, safe to keep. */
  at(step: number): Int32Array;
}

/**
 * batchReplay(n, k, seed) replays the sampler a descent seeded with `seed` draws k of n points a step from,
 * so at(step) is exactly the batch behind trajectory.grads[k][step]. Asked in increasing order (a player
 * stepping forward) it only draws the batches in between; asked for an earlier step it starts over.
 * With k = n (a full batch) every step's batch is every index.
 */
export function batchReplay(n: number, k: number, seed: number): BatchReplay {
  checkInteger(n, 1, 2 ** 30, "batchReplay", "n");
  checkInteger(k, 1, n, "batchReplay", "k");
  checkInteger(seed, 0, MAX_SEED, "batchReplay", "seed");
  let sampler: BatchSampler | null = null;
  // How many batches the sampler has handed out, and a copy of the last one (the sampler reuses its buffer).
  let drawn = 0;
  let last = new Int32Array(0);
  return {
    at(step) {
      checkInteger(step, 0, 2 ** 30, "batchReplay", "step");
      if (k === n) return everyIndex(n);
      if (!sampler || step < drawn - 1) {
        sampler = batchSampler(n, k, seededRandom(seed));
        drawn = 0;
      }
      while (drawn <= step) {
        const batch = sampler.next();
        drawn++;
        if (drawn === step + 1) last = Int32Array.from(batch);
      }
      return Int32Array.from(last);
    },
  };
}

/**
 * batchAt(n, k, seed, step) is the indices of the batch a stochastic descent seeded with `seed` averages
 * over for the step from point `step` to point `step + 1` (the batch behind trajectory.grads[k][step]), for
 * k points a step out of n: batchReplay(n, k, seed).at(step).
 */
export function batchAt(n: number, k: number, seed: number, step: number): Int32Array {
  return batchReplay(n, k, seed).at(step);
}

function everyIndex(n: number): Int32Array {
  const every = new Int32Array(n);
  for (let i = 0; i < n; i++) every[i] = i;
  return every;
}
