import { DEFAULT_SEED, gradientOver, mse, pointStream, startTimer, type Dataset } from "../../engine/index.ts";
import { timeWhenIdle, whenIdle, whenQuiet } from "./idle.ts";

/** Points in the timing sample: enough that one pass dwarfs the cost of calling the loss at all. */
export const SAMPLE_POINTS = 20_000;

/** How long the timing runs: enough runs for its fastest to be the work alone, short enough not to hold up the page. */
export const SAMPLE_MS = 40;

/**
 * How fast this machine computes a loss and a full-batch gradient, measured once in the browser by timing
 * the engine's own mse and gradientOver (each a full pass over the points) with the engine's timer.
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

/** The idle stretch that says the page has settled: nearly the 50 ms an idle period can offer. */
const QUIET_MS = 40;

let started = false;
// Keeps the timed results alive, so the work cannot be skipped as unused.
let sink = 0;

/** How many times a timing that read 0 (runs too short for a coarse clock) is taken again, with longer runs. */
export const RETRIES = 5;

/**
 * measureMachineSpeed() times the loss once, in short pieces when the browser is idle (browser only;
 * later calls do nothing). A timing that reads 0 is taken again with longer runs rather than
 * dropped: the timer sizes its runs while the code is still being compiled, and on a coarse clock the
 * faster compiled runs could then read 0, which left the grid cost and the pass time unmeasured on
 * about one load in ten.
 */
export function measureMachineSpeed(): void {
  if (started || typeof window === "undefined") return;
  started = true;
  // Once the page has settled (an idle stretch of most of a frame's 50 ms idle budget), not while it is
  // still loading: a slice taken amid the page's start joined its tasks into long ones, and timed their work
  // too. (The loss's timing still reads about 0.55 or about 1.1 ns a point from one load to the next; why is open.)
  whenQuiet(() => drawSample((data) => {
    let k = 0;
    const loss = () => { sink += mse(data, { m: 0.001 * k++, b: 1 }); };
    const gradient = () => { sink += gradientOver(data, { m: 0.001 * k++, b: 1 }).dm; };
    measure(loss, RETRIES, (s) => {
      machineSpeed.secondsPerPoint = s;
      measure(gradient, RETRIES, (g) => (machineSpeed.gradientSecondsPerPoint = g));
    });
  }), QUIET_MS, 3000, 200);
}

/** Points of the sample drawn in one idle moment: all 20,000 at once were a task of some 50 ms at 4× CPU. */
const SAMPLE_SLICE = 4_000;

/** drawSample(done) draws the timing's points (generateDataset's, exactly) a slice at a time in idle moments, then hands them to done. */
function drawSample(done: (data: Dataset) => void): void {
  const x = new Float64Array(SAMPLE_POINTS);
  const y = new Float64Array(SAMPLE_POINTS);
  const draw = pointStream(DEFAULT_SEED);
  let from = 0;
  const slice = () => {
    const to = Math.min(SAMPLE_POINTS, from + SAMPLE_SLICE);
    draw(x, y, from, to);
    from = to;
    if (from < SAMPLE_POINTS) whenIdle(slice, 1000, 50);
    else done({ x, y });
  };
  slice();
}

/**
 * Times work in idle slices and hands on its seconds per point, from the fastest run (see Timing). A time of 0 means the runs were too short
 * for the clock (a coarse one ticks every 0.1 ms or more), so it is timed again with each call doing four
 * times the passes, until the runs are long enough to read.
 */
function measure(work: () => void, retries: number, done: (secondsPerPoint: number) => void, passes = 1): void {
  const timer = startTimer(passes === 1 ? work : () => { for (let i = 0; i < passes; i++) work(); }, () => performance.now());
  timeWhenIdle(timer, SAMPLE_MS, ({ fastestMs }) => {
    if (Number.isFinite(sink) && fastestMs > 0) done(fastestMs / 1000 / SAMPLE_POINTS / passes);
    else if (retries > 0) whenIdle(() => measure(work, retries - 1, done, passes * 4), 1000, 50);
  });
}
