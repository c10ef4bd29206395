import { accuracy } from "../engine/index.ts";
import type { EssayState } from "./essay.svelte.ts";
import type { Quantity } from "../format/numbers.ts";

/** readQuantity(state, name) is the current value of one live quantity, read from the shared state. */
export function readQuantity(s: EssayState, q: Quantity): number {
  switch (q) {
    case "m": return s.current[0]!;
    case "b": return s.current[1]!;
    case "m0": return s.m0;
    case "b0": return s.b0;
    case "loss": return s.loss;
    case "grad-m": return s.gradient[0]!;
    case "grad-b": return s.gradient[1]!;
    case "lr": return s.lr;
    case "step": return s.step;
    case "n": return s.custom ? s.size : s.n;
    case "batch": return s.pointsPerStep;
    case "w1":
    case "w2":
    case "c": return paramValue(s, q);
    case "accuracy": return accuracy(s.model, s.data, s.current) ?? NaN;
  }
}

/** paramValue(state, key) is the current value of the model's parameter of that key, or NaN when the model has none. */
export function paramValue(s: EssayState, key: string): number {
  const k = s.model.params.findIndex((p) => p.key === key);
  return k < 0 ? NaN : s.current[k]!;
}
