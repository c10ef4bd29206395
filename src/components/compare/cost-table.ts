import { stepCost, type Method, type StepCost } from "../../engine/index.ts";
import type { MethodRun } from "../../state/comparison.svelte.ts";
import { grouped } from "../../format/numbers.ts";

/** One method's column of the cost table: counted work, and the time one step took in this browser. */
export interface CostColumn extends StepCost {
  readonly method: Method;
  /** Steps this run has taken so far: the current step, or fewer when it diverged earlier. */
  readonly steps: number;
  /** Median milliseconds of one step, timed here, or null while it is being measured. */
  readonly stepMs: number | null;
  /** Milliseconds of one epoch (stepsPerEpoch steps), or null while measuring. */
  readonly epochMs: number | null;
  /** How many of this method's steps cost one full-batch step, or null while measuring. */
  readonly cheaper: number | null;
}

/**
 * costColumns(runs, step, batchSize, n, times) lines the three runs up for the cost table: points per
 * step and epoch from stepCost, the steps taken up to `step`, and the measured times per step.
 */
export function costColumns(
  runs: readonly MethodRun[],
  step: number,
  batchSize: number,
  n: number,
  times: Readonly<Record<Method, number | null>>,
): CostColumn[] {
  const full = times.batch;
  return runs.map(({ method, trajectory }) => {
    const steps = Math.min(step, trajectory.length - 1);
    const cost = stepCost(method, Math.min(batchSize, n), n, steps);
    const stepMs = times[method];
    return {
      method,
      ...cost,
      steps,
      stepMs,
      epochMs: stepMs === null ? null : stepMs * cost.stepsPerEpoch,
      cheaper: stepMs === null || full === null ? null : full / stepMs,
    };
  });
}

/** formatDuration(ms) prints a time with two significant figures in the unit that suits it: "3.7 ms", "410 ns", "1.2 s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return "—";
  // Round first, so 999.7 ms is "1 s" rather than "1,000 ms".
  const v = Number(ms.toPrecision(2));
  if (v >= 1000) return `${twoFigures(v / 1000)} s`;
  if (v >= 1) return `${twoFigures(v)} ms`;
  if (v >= 1e-3) return `${twoFigures(v * 1e3)} µs`;
  return `${twoFigures(v * 1e6)} ns`;
}

/** formatTimes(r) prints a ratio to two significant figures: "9,000", "1.3", "0.25". */
export function formatTimes(r: number): string {
  return Number.isFinite(r) && r > 0 ? twoFigures(r) : "—";
}

/** formatRatio(r) is formatTimes with a times sign: "9,000×", "1.3×". */
export function formatRatio(r: number): string {
  const text = formatTimes(r);
  return text === "—" ? text : `${text}×`;
}

/** formatCount(v) prints a count with thousands commas, and at most one decimal when it is not whole (n ÷ k). */
export function formatCount(v: number): string {
  return Number.isFinite(v) ? grouped(Math.round(v * 10) / 10) : "—";
}

// Two significant figures without exponents: 0.041 → "0.041", 123 → "120", 9,512 → "9,500".
function twoFigures(x: number): string {
  return grouped(Number(x.toPrecision(2)));
}
