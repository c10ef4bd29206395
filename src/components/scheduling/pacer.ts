import { median } from "../../engine/index.ts";
import { whenIdle } from "./idle.ts";
// The pace's shared numbers and the scrub watch live in scrub-watch.ts, which what holds back work during a scrub
// imports without the pacer (the first view's chunk carries no pacer: handOnOnDemand loads it).
import { PAUSE_MS, STALE_MS, scrubWatch } from "./scrub-watch.ts";

/** What pacer returns: ask for the work to be done, as soon as the pace allows. */
export interface Pacer {
  ask(): void;
}

/**
 * A run this quick, from its start to the end of the frame that shows it, is estimated by the median of
 * the last few (one slow frame does not stop the runs); a slower one by the longest, with a frame to spare.
 */
export const QUICK_MS = 30;

/** The slow machine's guard: a run that takes longer than this is never forced between asks, only every STALE_MS or once they pause. */
export const GUARD_MS = 125;

/**
 * pacer(run) runs work once the page is idle after the next paint, so the figures follow every ask
 * (a held key repeats every 30 to 50 ms) without holding back the frame that shows the key itself.
 * Each run is timed by timeRun (timeRunInFrame: its own work, its script and the frame that shows it,
 * not the waits around them; a test's fake page reports its own). A run starts at once when
 * its estimate (see QUICK_MS) fits in what is left before the next ask is due, and also when the ask
 * before went without one and it fits in a whole gap between asks: the figures then follow at least
 * every other ask, and a key waits for the run only that often. Asks that come before a run are merged
 * into it. A run slower than that (or than GUARD_MS), on a slow machine, comes once STALE_MS have passed
 * since the last one, or PAUSE_MS after the asks stop. Only the runs of a scrub (see scrubWatch) are
 * timed: the first two changes after a pause run code a scrub has not yet run, and their numbers and
 * figures far off screen catch up in the next idle moment, where a scrub holds them back, so their time
 * says nothing of the runs after them (at 4× CPU, when they still wrote every number in their own task, a
 * scrub's first run took some 500 ms, its later ones under a tenth of that, and the runs waited
 * STALE_MS apart until the slow ones had left the estimate). Before any run is timed, a run is
 * assumed to fit: the figures follow from the first press after the page loads.
 */
export function pacer(run: () => void, timeRun: TimeRun = timeRunInFrame): Pacer {
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
  // Tells the timing of the latest run that a key came (see TimeRun).
  let keyCame = () => {};

  const go = () => {
    clearTimeout(timer);
    began = performance.now();
    unrun = 0;
    if (!scrubs.changed()) {
      run();
      return;
    }
    // Capped, so one run held up by something else entirely does not keep the runs from fitting for as long.
    keyCame = timeRun(run, (ms) => {
      costs.push(Math.min(ms, 4 * PAUSE_MS));
      if (costs.length > TIMED_RUNS) costs.shift();
    });
  };

  const estimate = () => {
    const typical = costs.length > 0 ? median(costs) : 0;
    // A slow run must fit even at the slowest of the last few, and keep a frame clear before the next
    // ask: Chromium draws no two frames closer than that, so a key right after the run's frame would
    // wait a whole frame for its own.
    return { typical, cost: typical <= QUICK_MS ? typical : Math.max(...costs) + FRAME_MS };
  };

  return {
    ask() {
      keyCame();
      // A waiting run is put off until this ask's own frame is drawn: a run fired between a key and its
      // frame would hold that frame back.
      clearTimeout(timer);
      const now = performance.now();
      pace = now - lastAsk < PAUSE_MS ? now - lastAsk : Infinity;
      lastAsk = now;
      unrun++;
      if (asked) return;
      asked = true;
      // Decided on by DECIDE_BY of the gap at the latest, if idle time is slow to come, when a run is owed
      // or could still fit then; otherwise once idle time comes, or PAUSE_MS later (see DECIDE_BY).
      const { cost: ahead } = estimate();
      const gap = Number.isFinite(pace) ? pace : FIRST_GAP_MS;
      const soon = unrun > 1 || gap * DECIDE_BY + ahead <= gap;
      idleAfterPaint(soon ? Math.min(PAUSE_MS, gap * DECIDE_BY) : PAUSE_MS, () => {
        asked = false;
        const now = performance.now();
        const { typical, cost } = estimate();
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
 * How far into the gap between asks (the last one's) a run is decided on at the latest, if no idle time
 * comes before, when it is owed or could still fit by then. The key's own frame is drawn by then (some
 * 10 ms after the key at full speed, 32 to 35 at 4x CPU, traced, where keys came 60 and 75 ms apart).
 * Idle time came after a key often only at the idle callback's timeout (100 ms), at full speed as well
 * as at 4x: the decision came after the next key, and a cold slope scrub at full speed followed 33 to
 * 38 of 43 presses (42 with this). A run that could not fit by then waits for idle time as before, up
 * to PAUSE_MS: at 4x, deciding on it early only turned it down, and the run owed to the next ask then
 * came later in that gap, closer to the key after it (bench, slope 4x: 21.5 of 43 presses followed,
 * not 23, and 50.5 key events over 16 ms, not 39.5).
 */
const DECIDE_BY = 0.5;

/**
 * The gap taken for the first ask after a pause, whose next ask may be due at any time, to decide on its run by
 * (DECIDE_BY of it): later than the key's own frame even at 4x CPU (drawn 32 to 35 ms after the key), and soon
 * enough that the run comes before the next key of a held one. Waiting up to PAUSE_MS for idle time, as any other
 * ask whose run could not fit, the figures of a cold scrub's first press at full speed came 113 and 114 ms after it,
 * in 2 loads of 6, after the next press (Chromium gave no idle time after the key until the callback's timeout).
 */
const FIRST_GAP_MS = 80;

/**
 * idleAfterPaint(latest, then) calls then when the page is next idle, which comes after the frame being
 * drawn (or after latest ms regardless). Not a requestAnimationFrame callback: in Chromium, a key press
 * whose handler asked for one had its frame drawn at the next vsync, up to 16 ms later, where without
 * one the frame came at once (in the bench with the page's own updates off: 15 key events of 120 over
 * 16 ms, 3 without). Where there are no idle callbacks (Safari), a frame's time later.
 */
function idleAfterPaint(latest: number, then: () => void): void {
  whenIdle(then, latest, 16);
}

/**
 * How a run is timed: timeRun(run, done) runs run, then calls done with the time its own work took.
 * What it returns is called at each ask that comes before done, while the run may still be being timed.
 */
export type TimeRun = (run: () => void, done: (ms: number) => void) => () => void;

/**
 * timeRunInFrame(run, done) times a run by its own work: its script (with the microtasks it queued, where
 * Svelte applies its changes) and the drawing of the frame that shows it, from the first callback of that
 * frame to a timer set there, which runs once the drawing is done. Not the wait between them for the
 * frame to begin, nor a key's task and its own frame that come before that timer (a key's handler
 * runs only once the frame's drawing is done, for no task runs inside a frame). A run ends close to the
 * next key, so one often comes first: in the bench at 4x CPU, timed from the run's start to the timer,
 * the runs of a slope scrub took 46 to 103 ms (median about 80, over a press gap of about 75), and the
 * figures followed only every STALE_MS; timed as here, 33 to 65 (median about 42), and they follow
 * every other press. An idle callback would come too late to time the frame (in Chromium often only at
 * its 100 ms timeout).
 */
export function timeRunInFrame(run: () => void, done: (ms: number) => void): () => void {
  const start = performance.now();
  let script = 0;
  let frame: number | undefined;
  let drawn: number | undefined;
  const end = () => {
    if (frame === undefined || drawn !== undefined) return;
    drawn = performance.now();
    done(script + drawn - frame);
  };
  // Asked for before run(), so it comes first of the frame's callbacks, before any the run asks for.
  requestAnimationFrame(() => {
    frame = performance.now();
    setTimeout(end, 0);
  });
  run();
  // Queued after the ones run queued: it comes once they are done.
  queueMicrotask(() => (script = performance.now() - start));
  return end;
}
