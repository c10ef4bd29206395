import { whenQuiet } from "./idle.ts";
import type { SpeedReport } from "./speed-looks.ts";

/**
 * How fast this machine computes a loss and a full-batch gradient, measured once in the browser by timing
 * the engine's own mse and gradientOver (each a full pass over the points) on a worker thread.
 * Written only by measureMachineSpeed; read by the calculators that turn counts of work into waits.
 */
class MachineSpeed {
  /** Seconds one point's squared residual costs inside a full-pass loss, or null until measured. */
  secondsPerPoint = $state<number | null>(null);
  /** Seconds one point costs inside a full-batch gradient (one descent step's pass), or null until measured. */
  gradientSecondsPerPoint = $state<number | null>(null);
}

/** The page's one measurement. */
export const machineSpeed = new MachineSpeed();

/** How far ahead of the reader the timing starts: a screen, so the numbers are there when the reader is. */
const AHEAD = "100% 0px";

let observer: IntersectionObserver | null = null;
let started = false;

/**
 * measureMachineSpeed(shown) starts the timing once shown (a place that prints a measured time) comes within
 * a screen of the viewport, in the page's first quiet moment after that (browser only; once per page).
 * Only a reader who reaches a measured number pays for the timing, and the page's thread does none of
 * it: the worker times the work (see machine-speed.worker.ts) and the page only writes what it reports.
 */
export function measureMachineSpeed(shown: Element): void {
  if (started || typeof window === "undefined") return;
  observer ??= new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting) || started) return;
    started = true;
    observer?.disconnect();
    whenQuiet(startWorker, 20, 1000, 50);
  }, { rootMargin: AHEAD });
  observer.observe(shown);
}

function startWorker(): void {
  const worker = new Worker(new URL("./machine-speed.worker.ts", import.meta.url), { type: "module", name: "machine-speed" });
  worker.onmessage = (event: MessageEvent<SpeedReport>) => {
    machineSpeed.secondsPerPoint = event.data.lossSecondsPerPoint;
    machineSpeed.gradientSecondsPerPoint = event.data.gradientSecondsPerPoint;
  };
}
