import type { LossWindow, Model, Theta } from "../../../engine/index.ts";
import { lossWindowFor, windowLadder } from "../loss-window.ts";

/** The slice a basins map colours: a model's first two parameters, any others held at the start. */
export function basinsSlice(start: Theta) {
  return { i: 0, j: 1, at: start } as const;
}

/**
 * basinsWindow(model, start, bottom) is the part of the loss space a basins map colours: the loss space's
 * first window, or the first of its wider ones that holds the start and the lowest valley. Unlike the loss
 * space it ignores the path, so stepping never recomputes the map.
 */
export function basinsWindow(model: Model, start: Theta, bottom: Theta | null): LossWindow {
  const slice = basinsSlice(start);
  const points = [start, ...(bottom ? [bottom] : [])].map((t) => ({ u: t[slice.i]!, v: t[slice.j]! }));
  return lossWindowFor(windowLadder(model, slice), points);
}
