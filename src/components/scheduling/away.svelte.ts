import type { Attachment } from "svelte/attachments";
import { SCRUB_GAP_MS, scrubWatch } from "./scrub-watch.ts";
import { NEAR_MARGIN } from "../prose/live-writer.ts";

/** What holdWhileAway returns: the value, and the switch the figure flips as it comes near the screen or leaves. */
export interface Held<T> {
  readonly value: T;
  near: boolean;
}

/**
 * holdWhileAway(inputs, compute) follows compute() as its inputs change, except in a scrub (see
 * scrubWatch) while the figure is away from the screen: then it keeps its last value, and computes
 * again SCRUB_GAP_MS after the last change or as soon as
 * `near` turns true. A scrub in one chapter then pays nothing for a figure in another, and the two
 * never disagree once the scrub pauses. `inputs` reads everything compute depends on.
 */
export function holdWhileAway<T>(inputs: () => unknown, compute: () => T): Held<T> {
  let near = $state(true);
  // Bumped when a scrub has paused, so the held value is computed again.
  let paused = $state(0);
  let last: { value: T } | null = null;
  const scrubs = scrubWatch();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const value = $derived.by(() => {
    inputs();
    void paused;
    const scrub = scrubs.changed();
    clearTimeout(timer);
    if (last && scrub && !near) {
      timer = setTimeout(() => {
        scrubs.end();
        paused++;
      }, SCRUB_GAP_MS);
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

/** nearFlag(held) is an attachment for the figure a held value draws: held.near follows whether it is within NEAR_MARGIN of the screen. */
export function nearFlag(held: { near: boolean }): Attachment<HTMLElement> {
  return (figure) => {
    const observer = new IntersectionObserver(([entry]) => (held.near = entry?.isIntersecting ?? true), { rootMargin: NEAR_MARGIN });
    observer.observe(figure);
    return () => observer.disconnect();
  };
}
