import type { MethodRun } from "../../state/comparison.svelte.ts";
import { formatLoss, grouped } from "../../format/numbers.ts";
import { METHOD_NAME } from "./methods.ts";

/**
 * describeComparison(runs, step, minimumLoss) is the comparison figure's text for readers who cannot see
 * it: where each run's loss stands at the current step, and how far the bottom of the bowl is.
 */
export function describeComparison(runs: readonly MethodRun[], step: number, minimumLoss: number | null): string {
  const when = step === 0 ? "At the start" : `After ${grouped(step)} step${step === 1 ? "" : "s"}`;
  const parts = runs.map(({ method, trajectory: t }) => {
    const now = Math.min(step, t.length - 1);
    const stopped = t.divergence && step >= t.divergence.step ? ` (it diverged at step ${grouped(t.divergence.step)})` : "";
    return `${METHOD_NAME[method]} ${formatLoss(t.loss[now]!)}${stopped}`;
  });
  const bottom = minimumLoss === null ? "" : `; the bottom of the bowl is ${formatLoss(minimumLoss)}`;
  return `${when}, the loss of each run is: ${parts.join(", ")}${bottom}.`;
}
