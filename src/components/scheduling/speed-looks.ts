import { DEFAULT_SEED, generateDataset, gradientOver, mse, startTimer, type Clock, type Dataset } from "../../engine/index.ts";

/** Points in the timing sample: enough that one pass dwarfs the cost of calling the loss at all. */
export const SAMPLE_POINTS = 20_000;

/** How long each look times each work, in ms: enough runs of about 2 ms for the fastest to be the work alone. */
export const LOOK_MS = 40;

/**
 * How many looks: enough for the engine's optimising compiler to take both functions over. On a thread of
 * their own, warmed up, a quick compile about 1.5 times as slow times the first seven or eight looks, and the
 * optimised code the rest (six loads in Chromium at load 10); sixteen leave room for a slower machine.
 */
export const LOOKS = 16;

/** What the timing reports: seconds one point costs inside a full-pass loss and inside a full-batch gradient. */
export interface SpeedReport {
  readonly lossSecondsPerPoint: number;
  readonly gradientSecondsPerPoint: number;
  /** True for the last report: the times will not change again. */
  readonly final: boolean;
}

/** timingSample() is the sample the times are taken over: the essay's own points' shape, drawn from its default seed. */
export function timingSample(): Dataset {
  return generateDataset(SAMPLE_POINTS, DEFAULT_SEED);
}

/**
 * timeLossAndGradient(data, clock, pause, report) times the engine's own mse and gradientOver (each a full
 * pass over the points) in LOOKS looks, taking turns, with pause() between looks, and reports the fastest run
 * of each so far after the first look (so a number appears at once) and again whenever either gets a twentieth
 * faster, then once more as final. The fastest over all the looks is the optimised code's time: the engine
 * compiles hot code in tiers, and a look may time any of them.
 */
export async function timeLossAndGradient(data: Dataset, clock: Clock, pause: () => Promise<void>, report: (r: SpeedReport) => void, looks = LOOKS): Promise<void> {
  let k = 0;
  // Keeps the results alive, so the work cannot be skipped as unused.
  let sink = 0;
  const loss = () => { sink += mse(data, { m: 0.001 * k++, b: 1 }); };
  const gradient = () => { sink += gradientOver(data, { m: 0.001 * k++, b: 1 }).dm; };
  const fastest = (work: () => void) => {
    const timer = startTimer(work, clock);
    timer.sample(LOOK_MS);
    return timer.timing().fastestMs;
  };
  warmUp(data);
  let best = { loss: Infinity, gradient: Infinity };
  let shown = best;
  for (let look = 0; look < looks; look++) {
    const seen = { loss: Math.min(best.loss, positive(fastest(loss))), gradient: Math.min(best.gradient, positive(fastest(gradient))) };
    best = seen;
    const last = look === looks - 1;
    const faster = seen.loss < shown.loss * 0.95 || seen.gradient < shown.gradient * 0.95;
    if (Number.isFinite(sink) && Number.isFinite(seen.loss) && Number.isFinite(seen.gradient) && (faster || last)) {
      shown = seen;
      report({ lossSecondsPerPoint: perPoint(seen.loss, data), gradientSecondsPerPoint: perPoint(seen.gradient, data), final: last });
    }
    if (!last) await pause();
  }
}

/** Calls of each function on a handful of points before the timing. */
const WARM_CALLS = 200;

/**
 * warmUp(data) runs mse and gradientOver on the sample's first few points a few hundred times. A first call
 * over 20,000 points gets its loop compiled while it runs, before the code after the loop has ever run; the
 * compiled code then lacked the engine's notes on that code and gave up at the loop's end on every call (a
 * deoptimisation each pass, visible with V8's --trace-deopt), and a look timed that: up to twice the time,
 * on some loads and not others.
 */
function warmUp(data: Dataset): void {
  const few = { x: data.x.subarray(0, 16), y: data.y.subarray(0, 16) };
  let sink = 0;
  for (let k = 0; k < WARM_CALLS; k++) sink += mse(few, { m: 0.001 * k, b: 1 }) + gradientOver(few, { m: 0.001 * k, b: 1 }).dm;
  if (!Number.isFinite(sink)) throw new Error("the timing sample is not finite");
}

/** A time that reads 0 (a run shorter than a coarse clock's tick) says nothing: it is not kept. */
function positive(ms: number): number {
  return ms > 0 ? ms : Infinity;
}

function perPoint(ms: number, data: Dataset): number {
  return ms / 1000 / data.x.length;
}
