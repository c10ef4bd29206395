/** A pause this long in the asks ends a run of them: what was asked last is then handed on regardless. */
export const PAUSE_MS = 100;

/** What pacer returns: ask for the work to be done, as soon as the pace allows. */
export interface Pacer {
  ask(): void;
}

/**
 * pacer(run) runs work once the page is idle after the next paint, no more often than the machine can
 * draw its results. Each run is timed to the end of the frame that shows it, and the next one starts
 * only once twice that time has passed, so at least half the time is left for the reader's input: on a
 * fast machine every ask is run, on a slow one every second or third. Asks in between are merged into
 * the next run, which comes right after the paint of a later ask (the moment furthest from the next
 * one), or PAUSE_MS after the asks stop.
 */
export function pacer(run: () => void): Pacer {
  let asked = false;
  let began = -Infinity;
  let cost = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const go = () => {
    clearTimeout(timer);
    const start = (began = performance.now());
    run();
    // Capped, so a page hidden before its frame came does not hold the next run back for as long.
    idleAfterPaint(() => (cost = Math.min(performance.now() - start, 4 * PAUSE_MS)));
  };

  return {
    ask() {
      if (asked) return;
      asked = true;
      idleAfterPaint(() => {
        asked = false;
        clearTimeout(timer);
        const wait = began + 2 * cost - performance.now();
        if (wait > 0) timer = setTimeout(go, Math.max(wait, PAUSE_MS));
        else go();
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
  if (typeof requestIdleCallback === "function") requestIdleCallback(() => then(), { timeout: 100 });
  else setTimeout(then, 16);
}
