import { untrack } from "svelte";
import { essay } from "../../state/index.ts";
import { requestStepTimes } from "./step-times.svelte.ts";
import { COMPARISON, staged } from "../scheduling/stages.svelte.ts";

/**
 * keepStepTimesCurrent() re-times the steps whenever the points or the batch size change. Call it from a
 * component's script: its effect lives as long as the component (and never runs on the server).
 */
export function keepStepTimesCurrent(): void {
  // After a big change, with the comparison's own stage (see stages.svelte.ts).
  const input = staged(COMPARISON, () => ({ data: essay.data, k: Math.min(essay.batch, essay.size) }));
  $effect(() => {
    const { data, k } = input.value;
    // Only the points and k start a timing; the timings it writes must not re-run this effect.
    untrack(() => requestStepTimes(data, k));
  });
}
