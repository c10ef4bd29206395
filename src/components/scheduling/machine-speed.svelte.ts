import { DEFAULT_SEED, generateDataset, mse, startTimer } from "../../engine/index.ts";
import { timeWhenIdle, whenIdle } from "./idle.ts";

/** Points in the timing sample: enough that one pass dwarfs the cost of calling the loss at all. */
export const SAMPLE_POINTS = 20_000;

/** How long the timing runs: enough runs for a steady median, short enough not to hold up the page. */
export const SAMPLE_MS = 12;

/**
 * How fast this machine computes a loss, measured once in the browser by timing the engine's own mse
 * (a full pass over the points) with the engine's timer. Written only by measureMachineSpeed; read by
 * the calculators that turn counts of work into waits.
 */
class MachineSpeed {
  /** Seconds one point's squared residual costs inside a full-pass loss, or null until measured. */
  secondsPerPoint = $state<number | null>(null);
}

/** The page's one measurement. */
export const machineSpeed = new MachineSpeed();

let started = false;
// Keeps the timed results alive, so the work cannot be skipped as unused.
let sink = 0;

/**
 * measureMachineSpeed() times the loss once, in short pieces when the browser is idle (browser only;
 * later calls do nothing).
 */
export function measureMachineSpeed(): void {
  if (started || typeof window === "undefined") return;
  started = true;
  whenIdle(() => {
    const data = generateDataset(SAMPLE_POINTS, DEFAULT_SEED);
    let k = 0;
    const timer = startTimer(() => { sink += mse(data, { m: 0.001 * k++, b: 1 }); }, () => performance.now());
    timeWhenIdle(timer, SAMPLE_MS, ({ medianMs }) => {
      if (Number.isFinite(sink) && medianMs > 0) machineSpeed.secondsPerPoint = medianMs / 1000 / SAMPLE_POINTS;
    });
  }, 1500, 200);
}
