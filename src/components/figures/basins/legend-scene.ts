import type { LossWindow, Valley } from "../../../engine/index.ts";
import { shares } from "./basin-paths.ts";
import { codesOf, type BuiltBasins } from "./built.ts";

/** What the basins map's legend lists: the valleys, each code's share of the map's starts, and the valleys whose bottoms are in view. */
export interface LegendScene {
  readonly valleys: readonly Valley[];
  readonly shares: ReadonlyMap<number, number>;
  readonly inView: ReadonlySet<number>;
}

/** A legend's scene as the page is built with it (the built map's), small enough to travel in an island's props. */
export interface BuiltLegend {
  readonly model: string;
  readonly valleys: readonly Valley[];
  readonly shares: readonly (readonly [number, number])[];
  readonly inView: readonly number[];
}

/** valleysInView(valleys, window) is the indices of the valleys whose bottoms lie in the window. */
export function valleysInView(valleys: readonly Valley[], window: LossWindow): ReadonlySet<number> {
  return new Set(valleys.flatMap((v, k) => {
    const [u, w] = [v.theta[0]!, v.theta[1]!];
    return u >= window.u0 && u <= window.u1 && w >= window.v0 && w <= window.v1 ? [k] : [];
  }));
}

/** builtLegend(built) is the legend of a map computed when the page was built. */
export function builtLegend(built: BuiltBasins): BuiltLegend {
  const counted = shares({ cols: built.size, rows: built.size, window: built.window, codes: codesOf(built) });
  return { model: built.model, valleys: built.valleys, shares: [...counted], inView: [...valleysInView(built.valleys, built.window)] };
}

// The live legend of each model's map, by model (the page has one basins figure a model): the figure's island shares it
// with its legend's island, which hydrates in a task of its own (see near-directive.ts), after the figure's.
const scenes = new Map<string, LegendScene>();

/** shareLegend(model, scene) makes a figure's live legend scene (reactive getters) readable by its legend's island. */
export function shareLegend(model: string, scene: LegendScene): void {
  scenes.set(model, scene);
}

/** legendOf(built) is the live legend of a model's map where its figure's island has shared one, else (on the server, which renders the legend's island before its figure) the built one. */
export function legendOf(built: BuiltLegend): LegendScene {
  return scenes.get(built.model) ?? { valleys: built.valleys, shares: new Map(built.shares), inView: new Set(built.inView) };
}
