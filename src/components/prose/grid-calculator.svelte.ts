import type { ScrubScale } from "./scrub.ts";

/** Grid points per parameter: from a coarse 2 to a fine 1,000. */
export const GRID_K: ScrubScale = { min: 2, max: 1000, quantum: 1, unit: 10, drag: { kind: "log", decadesPerPixel: 0.01 }, integer: true };

/** Parameters: from the essay's 2 up to a trillion, the size of the largest language models. */
export const GRID_D: ScrubScale = { min: 1, max: 1e12, quantum: 1, unit: 1, drag: { kind: "log", decadesPerPixel: 0.03 }, integer: true };

/**
 * The "why not just look?" calculator's two inputs, k and d. They are the calculator's own, not the
 * essay's: they change no figure and no link. Written by its two adjustable numbers; read by its outputs.
 */
class GridCalculator {
  /** Values tried for each parameter. */
  k = $state(100);
  /** Number of parameters. */
  d = $state(2);
}

/** The calculator's one state. */
export const gridCalculator = new GridCalculator();
