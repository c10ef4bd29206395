import type { BasinMap, LossGrid, LossWindow, Settings, Slice, Valley } from "../../../engine/index.ts";
import type { Box } from "../geometry.ts";
import type { ContourBand } from "../contours.ts";

/** The points, as they travel to the worker. */
export interface PointsMessage {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly label?: Uint8Array;
}

/** What every job names: who asks (a newer job on the same channel makes the older one stale), the model and the points. */
export interface JobHeader {
  /** Which figure asks: a newer request on the same channel makes the older one stale. */
  readonly channel: string;
  readonly job: number;
  readonly model: string;
  /** The points, sent only when they changed since the last request (null: the same as before). */
  readonly data: PointsMessage | null;
}

/** What the page asks the landscape worker for: one slice's loss at several resolutions, coarse first. */
export interface LandscapeRequest extends JobHeader {
  readonly kind?: "landscape";
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
  readonly kind?: "landscape";
  readonly channel: string;
  readonly job: number;
  readonly grid: LossGrid;
  readonly levels: readonly number[];
  readonly bands: readonly ContourBand[];
  /** True for the last (finest) resolution of the job. */
  readonly final: boolean;
}

/**
 * A basins map: where full-batch descent with the reader's optimiser and learning rate ends from every
 * start in a slice's window, at several resolutions, coarse first.
 */
export interface BasinsRequest extends JobHeader {
  readonly kind: "basins";
  readonly slice: Slice;
  readonly window: LossWindow;
  readonly learningRate: number;
  /** The optimiser's id and its settings. */
  readonly optimizer: string;
  readonly settings: Settings;
  /** Cells a side of each map, in the order they are wanted (coarse first). */
  readonly sizes: readonly number[];
}

/** A basins map as it fills: the rows done so far of one resolution, and the valleys its codes name. */
export interface BasinsResult {
  readonly kind: "basins";
  readonly channel: string;
  readonly job: number;
  readonly map: BasinMap;
  /** Rows of the map computed so far, from row 0 (the window's bottom); the rest are 0. */
  readonly rowsDone: number;
  readonly valleys: readonly Valley[];
  /** True for the last row of the last (finest) resolution. */
  readonly final: boolean;
}

/** Anything the page asks the worker for, and anything it answers. */
export type WorkerRequest = LandscapeRequest | BasinsRequest;
export type WorkerResult = LandscapeResult | BasinsResult;
