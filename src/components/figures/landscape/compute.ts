import { checkGrid, fillLossRows, gridOf, type Objective } from "../../../engine/index.ts";
import { contourLevels } from "../contours.ts";
import { gridBands } from "./grid-bands.ts";
import type { LandscapeRequest, LandscapeResult } from "./protocol.ts";

/** Rows computed between two looks at the worker's messages, so a newer request is noticed within a few milliseconds. */
const ROWS_PER_SLICE = 8;

/**
 * computeLandscape(objective, request, yieldNow, stale) computes each resolution the request asks for,
 * coarse first, handing each to `emit` as soon as it is complete; between slices of rows it awaits
 * yieldNow() and stops, emitting nothing more, once stale() says a newer request arrived.
 */
export async function computeLandscape(
  f: Objective,
  request: LandscapeRequest,
  emit: (result: LandscapeResult) => void,
  yieldNow: () => Promise<void>,
  stale: () => boolean,
): Promise<void> {
  const { slice, window, sizes, box, rings, job, channel } = request;
  for (const [k, size] of sizes.entries()) {
    checkGrid(slice, window, size, size, f.model.params.length);
    const values = new Float64Array(size * size);
    for (let row = 0; row < size; row += ROWS_PER_SLICE) {
      fillLossRows(f, slice, window, size, size, values, row, Math.min(size, row + ROWS_PER_SLICE));
      await yieldNow();
      if (stale()) return;
    }
    const grid = gridOf(size, size, window, values);
    // A plane through a loss space of more than two parameters is ringed from its own lowest value: the
    // model's least loss lies off the plane, below every ring it has.
    const floor = f.model.params.length > 2 ? grid.min : Math.min(f.minimumLoss ?? Infinity, grid.min);
    const levels = contourLevels(floor, grid.max, rings);
    emit({ channel, job, grid, levels, bands: gridBands(grid, levels, box), final: k === sizes.length - 1 });
  }
}
