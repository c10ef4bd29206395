import { performance } from "node:perf_hooks";

/** Keeps results alive so the JIT cannot drop the work being timed. */
let sink = 0;

/** consume(value) folds a result into the sink; return it from a benchmark body. */
export function consume(value) {
  sink = (sink + (typeof value === "number" ? value : 1)) % 1e9;
  return sink;
}

/**
 * measure(name, fn, {warmup, minRuns, minMs, maxRuns, repeat}) times fn after warm-up runs and returns
 * {name, median, runs}: the median milliseconds of one call, over runs timed samples of repeat calls each.
 * Runs continue until both minRuns and minMs are reached (or maxRuns), so fast and slow cases get fair samples.
 */
export async function measure(name, fn, { warmup = 3, minRuns = 15, minMs = 500, maxRuns = 500, repeat = 1 } = {}) {
  for (let i = 0; i < warmup; i++) for (let j = 0; j < repeat; j++) consume(fn());
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
