import type { Theta } from "../engine/index.ts";

/**
 * What the reader is pointing at in one figure, for the other figure to echo. Transient: never in the
 * URL, never part of the essay state.
 *
 * `probe` is WRITTEN by the loss-space contour (pointer over it, null when the pointer leaves) and READ
 * by the data space, which draws that model as a ghost.
 */
export class FigureHover {
  /** The parameters under the pointer in the loss space, or null. */
  probe = $state.raw<Theta | null>(null);
}

/** The figures' one hover state. */
export const hover = new FigureHover();
