import { performance } from "node:perf_hooks";

/** Keeps results alive so the JIT cannot drop the work being timed. */
let sink = 0;

/** consume(value) folds a result into the sink; return it from a benchmark body. */
export function consume(value) {
  sink = (sink + (typeof value === "number" ? value : 1)) % 1e9;
  return sink;
}

/**
 * measure(name, fn, {warmup, warmupMs, minRuns, minMs, maxRuns, repeat}) times fn after warming it up and
 * returns {name, median, runs}: the median milliseconds of one call, over runs timed samples of repeat
 * calls each. The warm-up lasts at least warmup runs and warmupMs; the timed runs continue until both
 * minRuns and minMs are reached (or maxRuns), so fast and slow cases get fair samples.
 */
export async function measure(name, fn, { warmup = 3, warmupMs = 300, minRuns = 15, minMs = 500, maxRuns = 500, repeat = 1 } = {}) {
  // A few calls are not enough: V8 optimizes a function only after it has run for a while, and a long
  // loop timed before then read 4.88 ms where the same pass timed later in the run read 0.78 ms.
  const warm = performance.now();
  for (let i = 0; i < warmup || (performance.now() - warm < warmupMs && i < maxRuns); i++) for (let j = 0; j < repeat; j++) consume(fn());
  const samples = [];
  const begin = performance.now();
  while (samples.length < maxRuns && (samples.length < minRuns || performance.now() - begin < minMs)) {
    const t0 = performance.now();
    for (let j = 0; j < repeat; j++) consume(fn());
    samples.push((performance.now() - t0) / repeat);
  }
  return { name, median: median(samples), runs: samples.length };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
