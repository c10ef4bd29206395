/** A clock in milliseconds, such as performance.now; passed in so the engine stays free of the DOM. */
export type Clock = () => number;

/** A measured duration of one call: the median and the fastest of runs, each repeating the work `batch` times. */
export interface Timing {
  readonly medianMs: number;
  /**
   * The fastest run's time a call: what the work costs when nothing else takes the processor. Other work
   * (another tab, a busy machine) only ever adds time to a run, so this is the steadiest from one page
   * load to the next, and the one the page quotes.
   */
  readonly fastestMs: number;
  readonly runs: number;
}

/** The most runs a timing keeps: more would not steady the median further. */
const MAX_RUNS = 50;

/** A timing taken in pieces: each sample(budgetMs) adds runs for about budgetMs; timing() is the median so far. */
export interface Timer {
  /**
   * Runs the work for about budgetMs more, until the timing has at least minRuns runs (3 unless told; the
   * first call also warms it up and sizes its batch). A piece of a timing taken in idle moments asks for 1,
   * so that it ends near its budget however slow the machine is.
   */
  sample(budgetMs: number, minRuns?: number): void;
  /** Runs so far. */
  readonly runs: number;
  /** True once the runs reach their cap: further samples add nothing. */
  readonly full: boolean;
  /** The median time of one call so far (NaN before any run). */
  timing(): Timing;
}

/**
 * How long one timed run lasts, at least. Browsers coarsen their clock to 0.1 ms (and jitter it), so a run
 * of 0.5 ms read 0.4 to 0.6; at 2 ms the clock's step is a twentieth of the run.
 */
export const RUN_MS = 2;

/**
 * startTimer(work, clock) times work in as many short pieces as the caller likes, so a page can measure
 * in several brief tasks instead of one long one. Every piece after the first only adds runs.
 */
export function startTimer(work: () => void, clock: Clock): Timer {
  let batch = 0;
  const samples: number[] = [];
  return {
    sample(budgetMs, minRuns = 3) {
      if (batch === 0) {
        // One untimed call first: a cold first call (code not yet compiled) would make the batch too short.
        work();
        batch = 1;
        // Grow the batch until one run is long enough to measure.
        for (;;) {
          const t0 = clock();
          for (let i = 0; i < batch; i++) work();
          const dt = clock() - t0;
          if (dt >= RUN_MS || batch >= 1 << 20) break;
          batch *= dt > 0 ? Math.min(4, Math.max(2, Math.ceil(RUN_MS / dt))) : 4;
        }
      }
      const end = clock() + budgetMs;
      while (samples.length < MAX_RUNS && (samples.length < minRuns || clock() < end)) {
        const t0 = clock();
        for (let i = 0; i < batch; i++) work();
        const dt = clock() - t0;
        // The code sped up after the batch was sized (the engine compiled it while it ran): a run this short
        // reads the clock's steps more than the work, so it is not kept and the runs grow from now on.
        if (dt < RUN_MS / 2 && batch < 1 << 20) {
          batch *= 2;
          continue;
        }
        samples.push(dt / batch);
        // A run far longer than it was sized for: the processor was taken away while it ran (a busy or
        // throttled machine lets a page run only in short turns, so the sizing can fall in one turn and
        // the runs span several). Its time is kept (the fastest run still reads the work alone), and the
        // runs get shorter, so that a piece of the timing stays a short task (a 4 ms piece had grown to
        // 100 ms at 4x CPU throttling).
        if (dt > 4 * RUN_MS && batch > 1) batch = Math.ceil(batch / 2);
      }
    },
    get runs() {
      return samples.length;
    },
    get full() {
      return samples.length >= MAX_RUNS;
    },
    timing() {
      return { medianMs: median(samples), fastestMs: samples.length ? Math.min(...samples) : NaN, runs: samples.length };
    },
  };
}

/**
 * timeIt(work, clock, budgetMs) runs work repeatedly for about budgetMs (at least 3 runs) and returns
 * the median time of one call, after one untimed warm-up call. Cheap work is batched per run so the clock's
 * resolution doesn't swamp it.
 */
export function timeIt(work: () => void, clock: Clock, budgetMs = 20): Timing {
  const timer = startTimer(work, clock);
  timer.sample(budgetMs);
  return timer.timing();
}

/** median(values) is the middle value (the upper of the two middle ones for an even count), NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[sorted.length >> 1]! : NaN;
}
