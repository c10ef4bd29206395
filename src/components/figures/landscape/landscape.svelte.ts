import { convexGridMax, lossGrid, type LossGrid, type LossWindow, type Objective, type Slice } from "../../../engine/index.ts";
import { bowlBands, contourLevels, type ContourBand } from "../contours.ts";
import type { Box } from "../geometry.ts";
import type { LandscapeResult } from "./protocol.ts";

/** What a landscape is drawn from: the model and data, the slice and window shown, and where the rings go. */
export interface LandscapeInputs {
  readonly objective: Objective;
  readonly slice: Slice;
  readonly window: LossWindow;
  readonly box: Box;
  readonly rings: number;
  /** False while the figure is far from the screen: a slow landscape is not asked for until it comes near. */
  readonly active?: boolean;
}

/** The rings of a landscape: their levels and their paths in the plot box. */
export interface Rings {
  readonly levels: readonly number[];
  readonly bands: readonly ContourBand[];
  /** The grid a traced landscape's rings come from; a bowl's exact rings have none. */
  readonly grid?: LossGrid;
}

/** Cells a side of the lattice whose least and greatest losses set a quick landscape's levels. */
const LEVEL_RESOLUTION = 64;
/** Lines a side of the 3D view's wireframe: a readable mesh, a few hundred segments. */
const MESH = 25;
/** What the worker computes for a slow landscape, coarse first: a picture at once, then the full grid. */
export const WORKER_SIZES = [32, 64, 256] as const;

/**
 * The loss landscape of one figure: its rings and a mesh for the 3D view. A two-parameter quadratic bowl
 * (the line's) is drawn on the spot, its rings exact ellipses, since every loss is O(1) from the model's
 * statistics. Any other landscape is traced by the landscape worker off the main thread, coarse first, and
 * a newer slice or window (a scrub) drops the older job. Create it while a component initialises; `inputs`
 * reads the state it follows.
 */
export class Landscape {
  #inputs: () => LandscapeInputs;
  #slow = $state.raw<LandscapeResult | null>(null);
  #coarse = $state.raw<LossGrid | null>(null);
  /** The rings to draw, or null while a slow landscape's first picture is on its way. */
  readonly rings: Rings | null;
  /** The grid the 3D view draws as a wireframe, or null while it is on its way. */
  readonly mesh: LossGrid | null;
  /** True while a slow landscape is still being refined (or has not arrived). */
  readonly pending: boolean;

  constructor(channel: string, inputs: () => LandscapeInputs) {
    this.#inputs = inputs;
    this.rings = $derived.by(() => {
      const { objective: f, slice, window, box, rings } = this.#inputs();
      if (!exact(f)) return this.#slow ? { levels: this.#slow.levels, bands: this.#slow.bands, grid: this.#slow.grid } : null;
      // A bowl is convex: its least loss is its bottom's (the grid's is only when the floor is a line and has no
      // bottom), and the grid's greatest is at one of its corners. Sampling all 64 × 64, the landscape took 22 ms of
      // the figures' first drawing at load (a sampling profile at full speed; 3 to 4 now), and again at each new one.
      const least = f.minimumLoss ?? lossGrid(f, slice, window, LEVEL_RESOLUTION, LEVEL_RESOLUTION).min;
      const levels = contourLevels(least, convexGridMax(f, slice, window, LEVEL_RESOLUTION, LEVEL_RESOLUTION), rings);
      return { levels, bands: bowlBands(f.bowl!, window, levels, box) };
    });
    this.mesh = $derived.by(() => {
      const { objective: f, slice, window } = this.#inputs();
      return f.cheap ? lossGrid(f, slice, window, MESH, MESH) : this.#coarse;
    });
    this.pending = $derived(!exact(this.#inputs().objective) && !this.#slow?.final);
    $effect(() => {
      const { objective: f, slice, window, box, rings, active = true } = this.#inputs();
      if (exact(f) || !active) return;
      const ask = { channel, model: f.model.id, points: f.data, slice, window, box, rings, sizes: WORKER_SIZES };
      // The worker's client comes with the first slow landscape: the line's bowl, drawn here, never needs it. Asks keep
      // their order (one promise), so the newest is still the channel's last.
      void landscapeClient().then(({ askLandscape }) => askLandscape(ask, (result) => {
        if (result.grid.cols === WORKER_SIZES[0]) this.#coarse = result.grid;
        this.#slow = result;
      }));
    });
  }
}

let client: Promise<typeof import("./worker-client.ts")> | null = null;
/** landscapeClient() is the landscape worker's client (worker-client.ts), a chunk of its own, fetched once. */
function landscapeClient(): Promise<typeof import("./worker-client.ts")> {
  return (client ??= import("./worker-client.ts"));
}

/** exact(objective) is true for a two-parameter quadratic bowl, whose rings are drawn exactly on the spot. */
function exact(f: Objective): boolean {
  return f.bowl !== null && f.model.params.length === 2;
}
