import type { EssayState } from "./essay.svelte.ts";
import type { Quantity } from "../format/numbers.ts";

/** readQuantity(state, name) is the current value of one live quantity, read from the shared state. */
export function readQuantity(s: EssayState, q: Quantity): number {
  switch (q) {
    case "m": return s.current.m;
    case "b": return s.current.b;
    case "m0": return s.m0;
    case "b0": return s.b0;
    case "loss": return s.loss;
    case "grad-m": return s.gradient.dm;
    case "grad-b": return s.gradient.db;
    case "lr": return s.lr;
    case "step": return s.step;
    case "n": return s.custom ? s.size : s.n;
    case "batch": return s.pointsPerStep;
  }
}
