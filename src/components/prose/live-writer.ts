import type { LiveName } from "./live-values.ts";
import { heldWait, scrubWatch } from "../scheduling/scrub-watch.ts";

/** A live number in the page: its text node, and what decides when it is rewritten. */
export interface LiveTarget {
  readonly name: LiveName;
  readonly text: { data: string };
  /** KaTeX's MathML copy of a number: what a screen reader reads, never seen on screen. */
  readonly spoken: boolean;
  /** The formula or sentence number whose nearness to the screen counts for it. */
  readonly box: Element;
}

/** How far off screen a number still counts as near: a tenth of a screen above and below, enough to be written before it scrolls in. */
export const NEAR_MARGIN = "10% 0px";

/** A live number's text by its name, for the state as it was when the function was made, or null: not yet, its text stays. */
export type TextOf = (name: LiveName) => string | null;

/** What liveWriter returns: write with every change (texts computed only when asked for), seen as boxes come and go, watch to start. */
export interface LiveWriter {
  /**
   * `texts()` makes a TextOf for the state as it is now: called again for numbers written later. `change` is false
   * for a write that is no change of the state (what a number needs has come): it never counts towards a scrub.
   */
  write(targets: readonly LiveTarget[], texts: () => TextOf, change?: boolean): void;
  seen(box: Element, near: boolean): void;
  watch(targets: readonly LiveTarget[]): () => void;
}

/**
 * liveWriter() keeps the prose's live numbers current, paying in a change's own task only for what can be seen.
 * The numbers on or near the screen follow every change. The others (far off screen, and the MathML copies that
 * screen readers read) come when they come near, once the change is over (heldWait: a change on its own at the
 * page's next idle moment, a scrub's, a held key, a drag or a playing descent, once it pauses), or when a pointer is
 * let go. So a change's own task never lays out chapters nobody is looking at, nor computes their numbers (at a
 * scrub's first press at full speed, some 10 ms of its 45, when its figures at times came only after the next
 * press). Then `again` is called (without it, the held numbers are written): the caller writes once more, not as a
 * change, so every number is written and everything it depends on read (and, in an effect, followed). A
 * number written later is computed from the state as it is then, never from the change it was held back at: by
 * then the figures may show another model, and a text half of one state and half of another would be wrong, or throw.
 */
export function liveWriter(again?: () => void): LiveWriter {
  let texts: () => TextOf = () => () => "";
  // The texts of the latest write, while it is being written; null once it is done.
  let textOf: TextOf | null = null;
  const near = new Set<Element>();
  const stale = new Set<LiveTarget>();
  const wait = heldWait();
  const scrubs = scrubWatch();

  // Only the characters of a text node change, so the browser keeps its layout object; setting
  // textContent would replace the node and rebuild its style and layout from scratch.
  const put = (t: LiveTarget) => {
    textOf ??= texts();
    const text = textOf(t.name);
    if (text === null) return;
    if (t.text.data !== text) t.text.data = text;
    stale.delete(t);
  };
  const isNear = (t: LiveTarget) => !t.spoken && near.has(t.box);
  const catchUp = () => {
    stale.forEach(put);
    textOf = null;
  };
  const seen = (box: Element, now: boolean) => {
    if (now) near.add(box);
    else near.delete(box);
    stale.forEach((t) => isNear(t) && put(t));
    textOf = null;
  };

  return {
    write(targets, next, change = true) {
      texts = next;
      const scrub = change && scrubs.changed();
      for (const t of targets) {
        if (!change || isNear(t)) put(t);
        else stale.add(t);
      }
      textOf = null;
      // The wait is counted from the latest change; a later write replaces it. What a write that is no change
      // leaves (a number whose maths has not come) waits for the write its maths' coming makes, not for a timer:
      // at every idle moment, the caller would write every number again until then.
      if (stale.size === 0 || !change) return wait.cancel();
      // The caller's write again puts every number, the held ones with them: catching them up first would compute them twice.
      wait.after(scrub, () => (again ? again() : catchUp()));
    },
    seen,
    watch(targets) {
      const observer = new IntersectionObserver((entries) => entries.forEach((e) => seen(e.target, e.isIntersecting)), { rootMargin: NEAR_MARGIN });
      // Every box counts as near until the observer's first report, so nothing waits on it; observing a
      // box again (a formula holds several numbers) does nothing.
      targets.forEach((t) => {
        near.add(t.box);
        observer.observe(t.box);
      });
      // Letting go of a drag ends its scrub at once.
      addEventListener("pointerup", catchUp);
      return () => {
        observer.disconnect();
        removeEventListener("pointerup", catchUp);
      };
    },
  };
}
