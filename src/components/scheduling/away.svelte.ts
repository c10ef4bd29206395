import type { Attachment } from "svelte/attachments";
import { heldWait, scrubWatch } from "./scrub-watch.ts";
import { NEAR_MARGIN } from "../prose/live-writer.ts";

/** What holdWhileAway returns: the value, and the switch the figure flips as it comes near the screen or leaves. */
export interface Held<T> {
  readonly value: T;
  near: boolean;
}

/**
 * holdWhileAway(inputs, compute) follows compute() as its inputs change, except while the figure is away
 * from the screen: then it keeps its last value, and computes again after the change (a change on its own
 * when the page is next idle, within PAUSE_MS; a scrub's, see scrubWatch, SCRUB_GAP_MS after its last) or
 * as soon as `near` turns true. A change in one chapter then pays nothing in its own task for a figure in
 * another (at a scrub's first press, the scalings' panels took some 8 ms of its 45 at full speed), and the
 * two never disagree for longer than that. `inputs` reads everything compute depends on.
 */
export function holdWhileAway<T>(inputs: () => unknown, compute: () => T): Held<T> {
  let near = $state(true);
  // Bumped once a held change's wait is over, so the held value is computed again.
  let paused = $state(0);
  // True once a held change's wait is over: the next computation is its catch-up.
  let owed = false;
  let last: { value: T } | null = null;
  const scrubs = scrubWatch();
  const wait = heldWait();

  const value = $derived.by(() => {
    inputs();
    void paused;
    // A wait that is over computes, and is no change of its own: counted, it would make the next change a scrub's.
    if (!owed && last && !near) {
      const scrub = scrubs.changed();
      wait.after(scrub, () => {
        if (scrub) scrubs.end();
        owed = true;
        paused++;
      });
      return last.value;
    }
    wait.cancel();
    if (!owed) scrubs.changed();
    owed = false;
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
