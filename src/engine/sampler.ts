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
 * batchSampler(n, batchSize, random) walks a fresh random order of 0…n−1 each epoch, batchSize points at a time.
 * The order is drawn lazily, Fisher–Yates one position at a time as batches are asked for, so a batch costs
 * O(batchSize) even at 500,000 points instead of a full shuffle each epoch. When fewer than batchSize points
 * are left it starts a new epoch instead of taking a short batch, so every batch is a uniformly random subset
 * of exactly batchSize points and its gradient is an unbiased estimate.
 */
export function batchSampler(n: number, batchSize: number, random: RandomSource): BatchSampler {
  checkInteger(n, 1, 2 ** 30, "batchSampler", "n");
  checkInteger(batchSize, 1, n, "batchSampler", "batchSize");
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let cursor = n; // start "exhausted" so the first call begins an epoch
  let epochs = 0;
  return {
    next() {
      if (cursor + batchSize > n) {
        // Any permutation is as good a starting point as the identity: the swaps below make it uniform again.
        cursor = 0;
        epochs++;
      }
      for (let i = cursor; i < cursor + batchSize; i++) {
        const j = i + Math.floor(random() * (n - i));
        const t = order[i]!;
        order[i] = order[j]!;
        order[j] = t;
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
