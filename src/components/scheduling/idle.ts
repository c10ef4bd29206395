import type { Timer, Timing } from "../../engine/index.ts";

/**
 * whenIdle(run, latestMs, fallbackMs) runs run when the page is next idle (after the frame being drawn),
 * or after latestMs regardless; where there are no idle callbacks (Safari), after fallbackMs.
 */
export function whenIdle(run: () => void, latestMs: number, fallbackMs: number): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(() => run(), { timeout: latestMs });
  else setTimeout(run, fallbackMs);
}

/**
 * whenQuiet(run, quietMs, latestMs, fallbackMs) runs run in the first idle moment with at least quietMs of
 * idle time ahead (the browser has nothing else queued for that long), or after latestMs in all; where there
 * are no idle callbacks (Safari), after fallbackMs.
 */
export function whenQuiet(run: () => void, quietMs: number, latestMs: number, fallbackMs: number): void {
  if (typeof requestIdleCallback !== "function") {
    setTimeout(run, fallbackMs);
    return;
  }
  const until = performance.now() + latestMs;
  const wait = () =>
    requestIdleCallback((deadline) => {
      if (deadline.timeRemaining() >= quietMs || deadline.didTimeout || performance.now() >= until) run();
      else wait();
    }, { timeout: Math.max(1, until - performance.now()) });
  wait();
}

/** Each piece of a timing taken in idle moments: short, so none of its tasks is a long one. */
const SLICE_MS = 4;

/**
 * timeWhenIdle(timer, budgetMs, done, wanted) samples timer for about budgetMs in SLICE_MS pieces, one
 * per idle moment, then hands done the timing; it stops silently once wanted() turns false.
 */
export function timeWhenIdle(timer: Timer, budgetMs: number, done: (timing: Timing) => void, wanted: () => boolean = () => true): void {
  let left = Math.ceil(budgetMs / SLICE_MS);
  const slice = () => {
    if (!wanted()) return;
    // One run at least, not the three a timing taken at once has: a piece ends near its budget.
    timer.sample(SLICE_MS, 1);
    if (--left > 0 && !timer.full) return whenQuiet(slice, SLICE_MS, 1000, 50);
    done(timer.timing());
  };
  // Each slice in an idle moment long enough for it: one cut short by the next frame's work, or sharing the
  // core with it, would time the page's other work as well as the timed one.
  whenQuiet(slice, SLICE_MS, 1000, 50);
}
