import { batchGradient, gradientOver, seededRandom, startTimer, type Dataset, type Method, type Timing } from "../../engine/index.ts";
import { timeWhenIdle, whenIdle } from "../scheduling/idle.ts";

/** How long one method is timed: enough runs for its fastest to be the work alone. */
export const TIMING_BUDGET_MS = 40;

/** How long each method runs untimed first, so the timing sees compiled code. */
const WARM_UP_MS = 3;

/**
 * How long one descent step of each method takes in this browser, on the essay's current points: a full
 * batch times a real pass over all n (gradientOver), not the O(1) shortcut the essay's descent takes;
 * stochastic and mini-batch time drawing k random points and averaging their gradient (batchGradient).
 * Written only by requestStepTimes; read by the cost table and the prose.
 */
class StepTimes {
  /** Median milliseconds of one step, per method, or null until measured for the current points. */
  ms = $state.raw<Readonly<Record<Method, number | null>>>({ batch: null, sgd: null, minibatch: null });
}

/** The page's one set of step timings. */
export const stepTimes = new StepTimes();

let wanted: { data: Dataset; k: number } | null = null;
let job = 0;
// Keeps the timed results alive, so the work cannot be skipped as unused.
let sink = 0;

/**
 * requestStepTimes(data, k) times the three methods on these points with mini-batches of k, one method at a
 * time in short idle slices, so no task comes near 50 ms even at 500,000 points. Asking again for the same
 * points and k does nothing; asking for others drops the pending timings. Browser only.
 */
export function requestStepTimes(data: Dataset, k: number): void {
  if (typeof window === "undefined") return;
  if (wanted && wanted.data === data && wanted.k === k) return;
  const samePoints = wanted?.data === data;
  wanted = { data, k };
  const id = ++job;
  // The full batch and one-point steps do not depend on k, so a new k re-times the mini-batch alone
  // (and whatever an earlier request left untimed).
  stepTimes.ms = samePoints ? { ...stepTimes.ms, minibatch: null } : { batch: null, sgd: null, minibatch: null };
  const queue: Method[] = (["minibatch", "sgd", "batch"] as const).filter((method) => stepTimes.ms[method] === null);
  let retries = 3;
  const next = () => {
    const method = queue.shift();
    if (id !== job || !method) return;
    // One idle moment compiles and warms up the step, then a few more time it in short pieces.
    const timer = startTimer(warmedStep(method, data, k), clock);
    // The fastest run is quoted, as for the machine's speed (see Timing): the steadiest between page loads.
    const done = ({ fastestMs }: Timing) => {
      // A run too short for the clock reads 0: try that method again later rather than show a wrong time.
      if (fastestMs > 0) stepTimes.ms = { ...stepTimes.ms, [method]: fastestMs };
      else if (retries-- > 0) queue.push(method);
      if (queue.length > 0) whenIdle(next, 1000, 50);
    };
    timeWhenIdle(timer, TIMING_BUDGET_MS, done, () => id === job);
  };
  whenIdle(next, 1000, 50);
}

const clock = () => performance.now();

/**
 * warmedStep(method, data, k) is one step of method as a function to time, already run for a few
 * milliseconds: the timer sizes its runs by how long the first call takes, and a first call slowed by
 * compiling would make the runs too short for the browser's coarse clock (they would read 0).
 */
function warmedStep(method: Method, data: Dataset, k: number): () => void {
  const n = data.x.length;
  const size = method === "batch" ? n : method === "sgd" ? 1 : Math.min(k, n);
  let i = 0;
  // A moving (m, b), so no step's result can be reused for the next.
  const at = () => ({ m: 1e-3 * (i++ & 1023), b: 1 });
  let work: () => void;
  if (size === n) {
    work = () => { sink += gradientOver(data, at()).dm; };
  } else {
    // Draw k points at random and average their gradient. A shuffling sampler pays the same on average (one
    // pass over n every n / k steps), but in one lump per epoch, and shuffling 500,000 points here would
    // itself be a long task.
    const random = seededRandom(0);
    const batch = new Int32Array(size);
    work = () => {
      for (let j = 0; j < size; j++) batch[j] = Math.floor(random() * n);
      sink += batchGradient(data, batch, size, at()).dm;
    };
  }
  const end = clock() + WARM_UP_MS;
  while (clock() < end) work();
  return work;
}
