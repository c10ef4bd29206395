import type { Timer, Timing } from "../../engine/index.ts";

/**
 * whenIdle(run, latestMs, fallbackMs) runs run when the page is next idle (after the frame being drawn),
 * or after latestMs regardless; where there are no idle callbacks (Safari), after fallbackMs.
 */
export function whenIdle(run: () => void, latestMs: number, fallbackMs: number): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(() => run(), { timeout: latestMs });
  else setTimeout(run, fallbackMs);
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
    timer.sample(SLICE_MS);
    if (--left > 0 && !timer.full) return whenIdle(slice, 1000, 50);
    done(timer.timing());
  };
  whenIdle(slice, 1000, 50);
}
