import { SCRUB_GAP_MS } from "./prose/pacer.ts";

/** How long changes must pause before a held value catches up: the same pause that ends a scrub of the live numbers. */
export const CATCH_UP_MS = SCRUB_GAP_MS;

/** What holdWhileAway returns: the value, and the switch the figure flips as it comes near the screen or leaves. */
export interface Held<T> {
  readonly value: T;
  near: boolean;
}

/**
 * holdWhileAway(inputs, compute) follows compute() as its inputs change, except in a scrub (a third
 * change, or later, within CATCH_UP_MS of the one before) while the figure is away from the screen:
 * then it keeps its last value, and computes again CATCH_UP_MS after the last change or as soon as
 * `near` turns true. A scrub in one chapter then pays nothing for a figure in another, and the two
 * never disagree once the scrub pauses. `inputs` reads everything compute depends on.
 */
export function holdWhileAway<T>(inputs: () => unknown, compute: () => T): Held<T> {
  let near = $state(true);
  // Bumped when a scrub has paused, so the held value is computed again.
  let paused = $state(0);
  let last: { value: T } | null = null;
  let changedAt = -Infinity;
  let streak = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const value = $derived.by(() => {
    inputs();
    void paused;
    const now = performance.now();
    streak = now - changedAt < CATCH_UP_MS ? streak + 1 : 0;
    changedAt = now;
    clearTimeout(timer);
    if (last && streak > 1 && !near) {
      timer = setTimeout(() => {
        changedAt = -Infinity;
        paused++;
      }, CATCH_UP_MS);
      return last.value;
    }
    last = { value: compute() };
    return last.value;
  });

  return {
    get value() {
      return value;
    },
    get near() {
      return near;
    },
    set near(now: boolean) {
      near = now;
    },
  };
}
