import type { BasinMap, LossWindow, Objective, Optimizer, Settings, Slice, Valley } from "../../../engine/index.ts";
import { askBasins } from "../landscape/worker-client.ts";

/** What a basins map is computed from: the model and points, the slice and window, and how descent steps. */
export interface BasinsInputs {
  readonly objective: Objective;
  readonly slice: Slice;
  readonly window: LossWindow;
  readonly learningRate: number;
  readonly optimizer: Optimizer;
  readonly settings: Settings;
  /** False while the figure is far from the screen: nothing is asked for until it comes near. */
  readonly active: boolean;
}

/** The resolutions the worker computes, coarse first: a first picture at once, then the full map. */
export const BASIN_SIZES = [32, 128] as const;

/** A map to draw: the last complete one beneath, and the finer one over it as far as its rows go. */
export interface BasinLayers {
  readonly under: BasinMap | null;
  readonly over: BasinMap | null;
  readonly overRows: number;
  readonly valleys: readonly Valley[];
}

/**
 * The basins map of one figure, computed by the landscape worker coarse first (BASIN_SIZES) whenever its
 * inputs change and the figure is near the screen; a newer request drops the older job. Create it while a
 * component initialises; `inputs` reads the state it follows.
 */
export class Basins {
  #layers = $state.raw<BasinLayers | null>(null);
  #final = $state(false);
  /** The map to draw, or null until the first result arrives. */
  get layers(): BasinLayers | null {
    return this.#layers;
  }
  /** True once the full map of the current inputs is in. */
  get final(): boolean {
    return this.#final;
  }

  constructor(channel: string, inputs: () => BasinsInputs) {
    $effect(() => {
      const { objective: f, slice, window, learningRate, optimizer, settings, active } = inputs();
      if (!active) return;
      this.#final = false;
      let under: BasinMap | null = null;
      askBasins(
        { channel, model: f.model.id, points: f.data, slice, window, learningRate, optimizer: optimizer.id, settings, sizes: BASIN_SIZES },
        (result) => {
          const complete = result.rowsDone === result.map.rows;
          const coarse = result.map.cols < BASIN_SIZES[BASIN_SIZES.length - 1]!;
          if (coarse && complete) under = result.map;
          this.#layers = coarse ? { under: result.map, over: null, overRows: 0, valleys: result.valleys } : { under, over: result.map, overRows: result.rowsDone, valleys: result.valleys };
          this.#final = result.final;
        },
      );
    });
  }
}
