import type { Optimizer } from "./types.ts";
import { gd } from "./gd.ts";
import { momentum } from "./momentum.ts";
import { adam } from "./adam.ts";

/** Every optimiser a link may name, in the order the essay introduces them; the first is the default. */
export const OPTIMIZERS: readonly Optimizer[] = [gd, momentum, adam];

/** optimizerFor(id) is the optimiser a link names, or undefined for any other string. */
export function optimizerFor(id: string): Optimizer | undefined {
  return OPTIMIZERS.find((o) => o.id === id);
}
