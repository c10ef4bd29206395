/** The pace of the pacer (pacer.ts) that other work shares, the watch that tells a scrub from a change on its own, and the wait of work held back at a change. */
import { whenIdle } from "./idle.ts";

/** A pause this long in the asks ends a run of them: what was asked last is then handed on regardless. */
export const PAUSE_MS = 100;

/**
 * Longest the work waits while asks keep coming too fast for it (a run that does not fit even in a whole
 * gap between asks, on a slow machine): a held key then still moves the figures twice a second.
 */
export const STALE_MS = 500;

/**
 * Changes closer together than this belong to one scrub, for whatever holds back work nobody can see
 * during a scrub (the live numbers off screen, a figure in another chapter). Longer than STALE_MS and
 * the wait for the pacer to find a run stale (the next ask, under PAUSE_MS away, and its idle callback,
 * at most PAUSE_MS later, a little more on a busy page), so a held key whose figures follow only every
 * STALE_MS is still one scrub, not a string of single changes: in the bench at 4x CPU such runs came up
 * to 650 ms apart, when the gap was 600 ms, and each then wrote every number on the page, redrew the
 * figures in other chapters and went untimed, so a slow estimate was never timed away.
 */
export const SCRUB_GAP_MS = STALE_MS + 2 * PAUSE_MS + 50;

/** What scrubWatch returns: tell it of each change; end a scrub before its gap has passed. */
export interface ScrubWatch {
  /** Counts a change now; true when it belongs to a scrub (the third or later, each within SCRUB_GAP_MS of the one before). */
  changed(): boolean;
  /** Ends the scrub: the next change counts as a change on its own. */
  end(): void;
}

/** scrubWatch() tells changes that come in a scrub from changes on their own, for work that waits out a scrub. */
export function scrubWatch(): ScrubWatch {
  let last = -Infinity;
  let streak = 0;
  return {
    changed() {
      const now = performance.now();
      streak = now - last < SCRUB_GAP_MS ? streak + 1 : 0;
      last = now;
      return streak > 1;
    },
    end() {
      last = -Infinity;
    },
  };
}

/** What heldWait returns: wait out a change, replacing the wait before it; or cancel the wait. */
export interface HeldWait {
  after(scrub: boolean, then: () => void): void;
  cancel(): void;
}

/**
 * heldWait() is the wait of work held back at a change (numbers and figures away from the screen) until the change is
 * over: a change on its own, until the page is next idle (within PAUSE_MS); a scrub's (see scrubWatch), SCRUB_GAP_MS. A
 * later wait, or cancel(), replaces an earlier one, whose `then` is never called: the work is done for the latest change.
 */
export function heldWait(): HeldWait {
  let jobs = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    clearTimeout(timer);
    jobs++;
  };
  return {
    after(scrub, then) {
      cancel();
      const job = jobs;
      const over = () => job === jobs && then();
      if (scrub) timer = setTimeout(over, SCRUB_GAP_MS);
      else whenIdle(over, PAUSE_MS, 16);
    },
    cancel,
  };
}
