import type { LossGrid, LossWindow, Slice } from "../../../engine/index.ts";
import type { Box } from "../geometry.ts";
import type { ContourBand } from "../contours.ts";

/** What the page asks the landscape worker for: one slice's loss at several resolutions, coarse first. */
export interface LandscapeRequest {
  /** Which figure asks: a newer request on the same channel makes the older one stale. */
  readonly channel: string;
  readonly job: number;
  readonly model: string;
  /** The points, sent only when they changed since the last request (null: the same as before). */
  readonly data: { readonly x: Float64Array; readonly y: Float64Array; readonly label?: Uint8Array } | null;
  readonly slice: Slice;
  readonly window: LossWindow;
  /** Cells a side of each grid, in the order they are wanted (coarse first). */
  readonly sizes: readonly number[];
  /** Where the rings are drawn (the contour view's plot box) and how many. */
  readonly box: Box;
  readonly rings: number;
}

/** One resolution of a landscape: the sampled grid, its ring levels and the rings drawn into the box. */
export interface LandscapeResult {
  readonly channel: string;
  readonly job: number;
  readonly grid: LossGrid;
  readonly levels: readonly number[];
  readonly bands: readonly ContourBand[];
  /** True for the last (finest) resolution of the job. */
  readonly final: boolean;
}
