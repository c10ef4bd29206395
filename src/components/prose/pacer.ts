import { whenIdle } from "../idle.ts";

/** A pause this long in the asks ends a run of them: what was asked last is then handed on regardless. */
export const PAUSE_MS = 100;

/** What pacer returns: ask for the work to be done, as soon as the pace allows. */
export interface Pacer {
  ask(): void;
}

/** Longest the work waits while asks keep coming too fast for it: a held key still moves the figures twice a second on the slowest machine. */
export const STALE_MS = 500;

/**
 * Changes closer together than this belong to one scrub, for whatever holds back work nobody can see
 * during a scrub (the live numbers off screen, a figure in another chapter). Longer than STALE_MS, so a
 * held key whose figures follow only every STALE_MS is still one scrub, not a string of single changes.
 */
export const SCRUB_GAP_MS = STALE_MS + 100;

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

/**
 * pacer(run) runs work once the page is idle after the next paint, when it can be drawn before the next
 * ask is due: asks come at a pace (a held key repeats every 30 to 50 ms), each run is timed
 * from its start to the end of the frame that shows it, and a run starts only if that time fits in
 * what is left before the next ask, so the reader's next key never waits behind it. Asks that come
 * before a run are merged into it; a run that did not fit comes PAUSE_MS after the asks stop, or once
 * STALE_MS have passed since the last one.
 */
export function pacer(run: () => void): Pacer {
  let asked = false;
  let began = -Infinity;
  let cost = 0;
  let lastAsk = -Infinity;
  // Time between the last two asks; Infinity when they were a pause apart (no next ask is due).
  let pace = Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const go = () => {
    clearTimeout(timer);
    const start = (began = performance.now());
    run();
    // Capped, so a page hidden before its frame came does not keep the runs from fitting for as long.
    idleAfterPaint(() => (cost = Math.min(performance.now() - start, 4 * PAUSE_MS)));
  };

  return {
    ask() {
      // A waiting run is put off until this ask's own frame is drawn: a run fired between a key and its
      // frame would hold that frame back.
      clearTimeout(timer);
      const now = performance.now();
      pace = now - lastAsk < PAUSE_MS ? now - lastAsk : Infinity;
      lastAsk = now;
      if (asked) return;
      asked = true;
      idleAfterPaint(() => {
        asked = false;
        const now = performance.now();
        if (now - lastAsk + cost <= pace || now - began >= STALE_MS) go();
        else timer = setTimeout(go, PAUSE_MS);
      });
    },
  };
}

/**
 * idleAfterPaint(then) calls then when the page is next idle, which comes after the frame being drawn
 * (or after 100 ms regardless). Not a requestAnimationFrame callback: in Chromium, a key press whose
 * handler asked for one had its frame drawn at the next vsync, up to 16 ms later, where without one the
 * frame came at once (in the bench with the page's own updates off: 15 key events of 120 over 16 ms, 3
 * without). Where there are no idle callbacks (Safari), a frame's time later.
 */
function idleAfterPaint(then: () => void): void {
  whenIdle(then, 100, 16);
}
