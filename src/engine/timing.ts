/** A clock in milliseconds, such as performance.now; passed in so the engine stays free of the DOM. */
export type Clock = () => number;

/** A measured duration: the median of runs, each repeating the work `batch` times. */
export interface Timing {
  readonly medianMs: number;
  readonly runs: number;
}

/**
 * timeIt(work, clock, budgetMs) runs work repeatedly for about budgetMs (at least 3 runs) and returns
 * the median time of one call, after one untimed warm-up call. Cheap work is batched per run so the clock's
 * resolution doesn't swamp it.
 */
export function timeIt(work: () => void, clock: Clock, budgetMs = 20): Timing {
  // One untimed call first: a cold first call (code not yet compiled) would make the batch too short.
  work();
  let batch = 1;
  // Grow the batch until one run is long enough to measure (browsers coarsen the clock to ~0.1 ms).
  for (;;) {
    const t0 = clock();
    for (let i = 0; i < batch; i++) work();
    const dt = clock() - t0;
    if (dt >= 0.5 || batch >= 1 << 20) break;
    batch *= 4;
  }
  const samples: number[] = [];
  const end = clock() + budgetMs;
  while (samples.length < 3 || (clock() < end && samples.length < 50)) {
    const t0 = clock();
    for (let i = 0; i < batch; i++) work();
    samples.push((clock() - t0) / batch);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[samples.length >> 1]!, runs: samples.length };
}
