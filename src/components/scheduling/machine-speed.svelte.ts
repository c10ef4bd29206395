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
 * measureMachineSpeed() times the loss and the gradient once, in short pieces when the browser is idle (browser only;
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
  // too.
  whenQuiet(() => drawSample((data) => {
    let k = 0;
    const loss = () => { sink += mse(data, { m: 0.001 * k++, b: 1 }); };
    const gradient = () => { sink += gradientOver(data, { m: 0.001 * k++, b: 1 }).dm; };
    // Side by side: their idle slices take turns.
    measure(loss, RETRIES, (s) => (machineSpeed.secondsPerPoint = s));
    measure(gradient, RETRIES, (g) => (machineSpeed.gradientSecondsPerPoint = g));
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
 * The waits between the later looks at the work, in ms: over the half minute the compiler may take to finish
 * with it (3, 6, 10, 15, 21 and 28 s after the first look), none in the first seconds, while the page is busiest.
 */
export const LATER_LOOK_GAPS_MS = [3000, 3000, 4000, 5000, 6000, 7000];

/**
 * Times work in idle slices and hands on its seconds per point from the fastest run (see Timing), then
 * looks again over the next half minute and hands on any clearly faster time. The engine compiles hot
 * code in tiers: one look may time code optimised in the middle of its loop, the next a quick compile of
 * the whole function, about twice as slow, until the optimising
 * compiler gets to the function some seconds on (with the page's own code to compile first, anything from
 * one to ten seconds). Timed once, the loss read about 0.55 ns a point on one load and 1.1 on the next. The
 * number appears at once and settles on the optimised code's time, so it varies between loads no more
 * than the machine does.
 * A time of 0 means the runs were too short for the clock (a coarse one ticks every 0.1 ms or more), so it
 * is timed again with each call doing four times the passes, until the runs are long enough to read.
 */
function measure(work: () => void, retries: number, done: (secondsPerPoint: number) => void, passes = 1): void {
  const batched = passes === 1 ? work : () => { for (let i = 0; i < passes; i++) work(); };
  const look = (budgetMs: number, then: (fastestMs: number) => void) =>
    timeWhenIdle(startTimer(batched, () => performance.now()), budgetMs, ({ fastestMs }) => then(fastestMs));
  const perPoint = (ms: number) => ms / 1000 / SAMPLE_POINTS / passes;
  look(SAMPLE_MS, (first) => {
    if (!(Number.isFinite(sink) && first > 0)) {
      if (retries > 0) whenIdle(() => measure(work, retries - 1, done, passes * 4), 1000, 50);
      return;
    }
    done(perPoint(first));
    let fastest = first;
    // Every look is taken: the tiers do not come in one order (a first look may already time optimised code,
    // a quick compile come after it), so no one look says the compiler is done.
    const again = (k: number) => {
      if (k >= LATER_LOOK_GAPS_MS.length) return;
      setTimeout(() => look(SAMPLE_MS, (ms) => {
        // A tenth faster at least: the noise of one look does not rewrite the number.
        if (ms > 0 && ms < fastest * 0.9) done(perPoint((fastest = ms)));
        again(k + 1);
      }), LATER_LOOK_GAPS_MS[k]);
    };
    again(0);
  });
}
