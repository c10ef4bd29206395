import { modelFor, type BasinMap, type LossWindow, type Model, type Theta } from "../../../engine/index.ts";
import { essay } from "../../../state/index.ts";
import type { ContourBand } from "../contours.ts";
import { codeAt } from "./basin-paths.ts";
import { endText } from "./basins-text.ts";
import type { BasinLayers } from "./basins.svelte.ts";
import { codesOf, type BuiltBasins } from "./built.ts";

/** What the basins map draws and whom it tells of a press: what its figure's island shares with the map's island. */
export interface MapScene {
  readonly model: Model;
  readonly window: LossWindow;
  readonly layers: BasinLayers;
  readonly rings: readonly ContourBand[] | null;
  readonly start: Theta;
  readonly startText: string;
  onstart(theta: Theta): void;
  onprobe(theta: Theta | null): void;
}

/** builtLayers(built) is a map computed when the page was built, as layers to draw. */
export function builtLayers(built: BuiltBasins): BasinLayers {
  return { under: { cols: built.size, rows: built.size, window: built.window, codes: codesOf(built) }, over: null, overRows: 0, valleys: built.valleys };
}

/** shownMap(layers) is the map the figure draws and reads: the finer one once all its rows are in, else the one beneath. */
export function shownMap(layers: BasinLayers): BasinMap {
  return layers.over && layers.overRows === layers.over.rows ? layers.over : layers.under!;
}

/** startText(layers, start) says where descent from the start drains on the map drawn: "drains to valley 3 (loss 0.633)". */
export function startText(layers: BasinLayers, start: Theta): string {
  const code = codeAt(shownMap(layers), start[0]!, start[1]!);
  return code === null ? "outside the map" : `drains to ${endText(code, layers.valleys)}`;
}

// The live scene of each model's map, by model (the page has one basins figure a model): the figure's island shares
// it with the map's island, which hydrates in a task of its own (see near-directive.ts), after the figure's.
const scenes = new Map<string, MapScene>();

/** shareMap(model, scene) makes a figure's live map scene (reactive getters) readable by its map's island. */
export function shareMap(model: string, scene: MapScene): void {
  scenes.set(model, scene);
}

/**
 * mapSceneOf(built) is the live scene of a model's map where its figure's island has shared one; else (on the
 * server, which renders the map's island before its figure) the built map with the essay's start, as the figure
 * draws it before its own map arrives.
 */
export function mapSceneOf(built: BuiltBasins): MapScene {
  const known = scenes.get(built.model);
  if (known) return known;
  const model = modelFor(built.model) ?? essay.model;
  const layers = builtLayers(built);
  const start = model.params.map((p) => essay.startValue(p.key));
  return { model, window: built.window, layers, rings: null, start, startText: startText(layers, start), onstart() {}, onprobe() {} };
}
