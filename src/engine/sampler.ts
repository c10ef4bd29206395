import type { RandomSource } from "./types.ts";
import { checkInteger } from "./validate.ts";

/** Hands out mini-batches: the indices of the next batch and how many of them there are. */
export interface BatchSampler {
  /** Fills and returns the index buffer for the next batch of exactly batchSize points. */
  next(): Int32Array;
  /** How many full passes (epochs) have been started so far. */
  readonly epochs: number;
}

/**
 * batchSampler(n, batchSize, random) walks a fresh shuffle of 0…n−1 each epoch, batchSize points at a time.
 * When fewer than batchSize points are left it reshuffles instead of taking a short batch, so every batch
 * is a uniformly random subset of exactly batchSize points and its gradient is an unbiased estimate.
 */
export function batchSampler(n: number, batchSize: number, random: RandomSource): BatchSampler {
  checkInteger(n, 1, 2 ** 30, "batchSampler", "n");
  checkInteger(batchSize, 1, n, "batchSampler", "batchSize");
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let cursor = n; // start "exhausted" so the first call shuffles
  let epochs = 0;
  return {
    next() {
      if (cursor + batchSize > n) {
        shuffle(order, random);
        cursor = 0;
        epochs++;
      }
      const batch = order.subarray(cursor, cursor + batchSize);
      cursor += batchSize;
      return batch;
    },
    get epochs() {
      return epochs;
    },
  };
}

/** Fisher–Yates in place with the given source. */
function shuffle(a: Int32Array, random: RandomSource): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}
