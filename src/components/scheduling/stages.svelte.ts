/**
 * A big change (the figures switching model as a chapter comes in, another optimiser picked) redoes much of
 * the page at once: the figures, the loss curve, the prose's live numbers, the comparison in another
 * chapter, the data panels. Done in one task it is a long one, and the reader's next key or scroll waits
 * behind it. So the change itself, and what the reader looks at first (the two spaces, the controls), is
 * done in its own task; the rest in STAGES later stages, each in a task of its own, one after the other
 * with nothing between them but the browser's own work (a frame, an input), so all is done a frame or two
 * after the change. Only what a big change redoes waits: a scrub, a step or a drag is followed at once.
 */

import { nextTask, type Post } from "./next-task.ts";

/** The later stages, in the order they come (see the names below). */
export const STAGES = 4;

/** The loss curve beside the figures: a frame behind the loss space and the data space at most. */
export const LOSS_CURVE = 1;
/** The prose's live numbers (chapter 7 shows some beside its figures): all computed at once, so never a mix of two states. */
export const LIVE_NUMBERS = 2;
/** The full batch vs stochastic comparison (chapter 6): three descents, its rings and its table. */
export const COMPARISON = 3;
/** Whatever else reads the model out of view: the data panels' presets. */
export const OUT_OF_VIEW = 4;

/**
 * The page's stages. `defer()` is called just before a big change; until its stage comes, what `staged`
 * computes keeps its value from before the change.
 */
export class Stages {
  // A deep $state array has a signal per index: opening one stage recomputes that stage's work only.
  #open = $state(Array.from({ length: STAGES + 1 }, () => true));
  #run = 0;
  #post: Post;

  constructor(post: Post = nextTask) {
    this.#post = post;
  }

  /** open(stage) says whether the work of that stage follows the state now (reactive). */
  open(stage: number): boolean {
    return this.#open[stage] ?? true;
  }

  /** Holds the later stages' work until each stage's own task, the first one after the change's. */
  defer(): void {
    const run = ++this.#run;
    for (let s = 1; s <= STAGES; s++) this.#open[s] = false;
    const next = (stage: number) => {
      if (run !== this.#run) return;
      this.#open[stage] = true;
      if (stage < STAGES) this.#post(() => next(stage + 1));
    };
    this.#post(() => next(1));
  }

  /** Opens every stage now. */
  finish(): void {
    this.#run++;
    for (let s = 1; s <= STAGES; s++) this.#open[s] = true;
  }
}

/** The page's one set of stages. */
export const stages = new Stages();

/**
 * staged(stage, compute) follows compute() (a derived value), except that after stages.defer() it keeps
 * its last value until its stage opens, and computes nothing meanwhile: what it reads may change any
 * number of times before then. `of` is the set of stages it belongs to (the page's, unless a test's).
 */
export function staged<T>(stage: number, compute: () => T, of: Stages = stages): { readonly value: T } {
  let last: { value: T } | null = null;
  const value = $derived.by(() => {
    // The flag is read first, always: a change of it is then found before any of compute's inputs is
    // checked (checking one recomputes it). Held, nothing else is read, so no change to compute's inputs
    // wakes it before the stage opens.
    const open = of.open(stage);
    if (last && !open) return last.value;
    last = { value: compute() };
    return last.value;
  });
  return {
    get value() {
      return value;
    },
  };
}
