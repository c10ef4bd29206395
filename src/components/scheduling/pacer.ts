import { median } from "../../engine/index.ts";
import { whenIdle } from "./idle.ts";

/** A pause this long in the asks ends a run of them: what was asked last is then handed on regardless. */
export const PAUSE_MS = 100;

/** What pacer returns: ask for the work to be done, as soon as the pace allows. */
export interface Pacer {
  ask(): void;
}

/**
 * Longest the work waits while asks keep coming too fast for it (a run that does not fit even in a whole
 * gap between asks, on a slow machine): a held key then still moves the figures twice a second.
 */
export const STALE_MS = 500;

/**
 * A run this quick, from its start to the end of the frame that shows it, is estimated by the median of
 * the last few (one slow frame does not stop the runs); a slower one by the longest, with a frame to spare.
 */
export const QUICK_MS = 30;

/** The slow machine's guard: a run that takes longer than this is never forced between asks, only every STALE_MS or once they pause. */
export const GUARD_MS = 125;

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
 * pacer(run) runs work once the page is idle after the next paint, so the figures follow every ask
 * (a held key repeats every 30 to 50 ms) without holding back the frame that shows the key itself.
 * Each run is timed from its start to the end of the frame that shows it. A run starts at once when
 * its estimate (see QUICK_MS) fits in what is left before the next ask is due, and also when the ask
 * before went without one and it fits in a whole gap between asks: the figures then follow at least
 * every other ask, and a key waits for the run only that often. Asks that come before a run are merged
 * into it. A run slower than that (or than GUARD_MS), on a slow machine, comes once STALE_MS have passed
 * since the last one, or PAUSE_MS after the asks stop. Only the runs of a scrub (see scrubWatch) are
 * timed: the first two changes after a pause also write every number on the page and redraw the figures
 * far off screen, which a scrub holds back, so their time says nothing of the runs after them (at 4× CPU
 * a scrub's first run took some 500 ms, its later ones under a tenth of that, and the runs waited
 * STALE_MS apart until the slow ones had left the estimate). Before any run is timed, a run is
 * assumed to fit: the figures follow from the first press after the page loads.
 */
export function pacer(run: () => void): Pacer {
  let asked = false;
  let began = -Infinity;
  const costs: number[] = [];
  let lastAsk = -Infinity;
  // Time between the last two asks; Infinity when they were a pause apart (no next ask is due).
  let pace = Infinity;
  // Asks since the last run began.
  let unrun = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const scrubs = scrubWatch();

  const go = () => {
    clearTimeout(timer);
    const start = (began = performance.now());
    unrun = 0;
    const timed = scrubs.changed();
    run();
    if (!timed) return;
    // Capped, so a page hidden before its frame came does not keep the runs from fitting for as long.
    afterFrame(() => {
      costs.push(Math.min(performance.now() - start, 4 * PAUSE_MS));
      if (costs.length > TIMED_RUNS) costs.shift();
    });
  };

  return {
    ask() {
      // A waiting run is put off until this ask's own frame is drawn: a run fired between a key and its
      // frame would hold that frame back.
      clearTimeout(timer);
      const now = performance.now();
      pace = now - lastAsk < PAUSE_MS ? now - lastAsk : Infinity;
      lastAsk = now;
      unrun++;
      if (asked) return;
      asked = true;
      idleAfterPaint(() => {
        asked = false;
        const now = performance.now();
        const typical = costs.length > 0 ? median(costs) : 0;
        // A slow run must fit even at the slowest of the last few, and keep a frame clear before the next
        // ask: Chromium draws no two frames closer than that, so a key right after the run's frame would
        // wait a whole frame for its own.
        const cost = typical <= QUICK_MS ? typical : Math.max(...costs) + FRAME_MS;
        const fits = now - lastAsk + cost <= pace;
        const owed = unrun > 1 && typical <= pace;
        // Even a slow run comes every STALE_MS, which also times it again: one slow run (the first, say,
        // while the code is still being compiled) does not hold the figures still for the rest of a scrub.
        const stale = now - began >= STALE_MS;
        if ((typical <= GUARD_MS && (fits || owed)) || stale) go();
        else timer = setTimeout(go, PAUSE_MS);
      });
    },
  };
}

/** One frame at 60 Hz. */
const FRAME_MS = 16.7;

/** How many of the latest runs' times the estimate of the next one is taken from: their median for a quick run (one slow frame does not stop the runs), their longest for a slow one. */
const TIMED_RUNS = 3;

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

/**
 * afterFrame(then) calls then just after the next frame is drawn: a timer set in a frame callback runs
 * once that frame's drawing is done. Used only to time a run, whose own changes need that frame anyway;
 * an idle callback would come too late to time it (in Chromium often only at its 100 ms timeout).
 */
function afterFrame(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}
