import { batchSampler } from "./sampler.ts";
import { seededRandom } from "./random.ts";
import { checkInteger } from "./validate.ts";

/**
 * batchAt(n, k, seed, step) is the indices of the batch a stochastic descent seeded with `seed` averages
 * over for the step from point `step` to point `step + 1` (the batch behind trajectory.gradM[step]),
 * for k points a step out of n. It replays the same sampler descend draws from, so it is exactly that
 * batch; with k = n (a full batch) it is every index. A fresh array, safe to keep.
 */
export function batchAt(n: number, k: number, seed: number, step: number): Int32Array {
  checkInteger(n, 1, 2 ** 30, "batchAt", "n");
  checkInteger(k, 1, n, "batchAt", "k");
  checkInteger(step, 0, 2 ** 30, "batchAt", "step");
  if (k === n) {
    const every = new Int32Array(n);
    for (let i = 0; i < n; i++) every[i] = i;
    return every;
  }
  const sampler = batchSampler(n, k, seededRandom(seed));
  for (let t = 0; t < step; t++) sampler.next();
  return Int32Array.from(sampler.next());
}
