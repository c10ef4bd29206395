import { randomLcg } from "d3-random";
import type { RandomSource } from "./types.ts";
import { checkInteger } from "./validate.ts";

/** The largest seed a reader can pick; seeds are whole numbers so that links stay short. */
export const MAX_SEED = 2 ** 31 - 1;

/** seededRandom(seed) is a deterministic uniform source in [0, 1) (d3's linear congruential generator). */
export function seededRandom(seed: number): RandomSource {
  checkInteger(seed, 0, MAX_SEED, "seededRandom", "seed");
  // randomLcg takes a number in [0, 1); map the integer seed into it without collisions.
  return randomLcg(seed / 2 ** 31);
}
