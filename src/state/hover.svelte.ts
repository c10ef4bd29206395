import type { Theta } from "../engine/index.ts";

/**
 * What the reader is pointing at in one figure, for the other figure to echo. Transient: never in the
 * URL, never part of the essay state.
 *
 * `probe` is WRITTEN by the loss-space contour (pointer over it, null when the pointer leaves) and READ
 * by the data space, which draws that model as a ghost. `point` is WRITTEN by the data space (a point
 * hovered, tapped or picked by keyboard) and READ by the loss space, which draws that point as its line.
 */
export class FigureHover {
  /** The parameters under the pointer in the loss space, or null. */
  probe = $state.raw<Theta | null>(null);
  /** The index, in the essay's data, of the point picked in the data space, or null. */
  point = $state<number | null>(null);
}

/** The figures' one hover state. */
export const hover = new FigureHover();
