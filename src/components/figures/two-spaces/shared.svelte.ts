import { essay } from "../../../state/index.ts";
import { StepMotion } from "../step-motion.svelte.ts";
import { NextBatch } from "../next-batch.svelte.ts";

/** What the first view's two spaces draw alike: one glide between steps, and the next stochastic step's points. */
export interface TwoSpacesShared {
  readonly motion: StepMotion;
  readonly next: NextBatch;
}

let shared: TwoSpacesShared | null = null;

/**
 * twoSpacesShared() is the first view's one glide and one next batch, made by whichever of its islands (the
 * loss space, the data space) hydrates first. They are islands of their own so that each hydrates in a task of
 * its own; both draw the same moment, so they glide together between steps. In the browser the glide's
 * effects live in a root of their own, for as long as the page; on the server effects never run.
 */
export function twoSpacesShared(): TwoSpacesShared {
  if (shared) return shared;
  const make = () => (shared = { motion: new StepMotion(essay), next: new NextBatch(essay) });
  if (typeof window === "undefined") return make();
  $effect.root(() => {
    make();
  });
  return shared!;
}
