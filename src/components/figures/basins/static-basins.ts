import { basinMap } from "../../../engine/index.ts";
import { toBase64Url } from "../../../state/base64url.ts";
import { basinsSlice } from "./basins-window.ts";
import type { BuiltBasins } from "./built.ts";
import { methodText } from "./basins-text.ts";
import { builtScene } from "./built-scene.ts";

/** Cells a side of the map drawn when the page is built: what a reader sees before (or without) JavaScript. */
export const STATIC_SIZE = 64;

/**
 * staticBasins(scene) is the basins map of a chapter's scene (a link query) on the model's default points,
 * computed at build time with the same engine the worker runs.
 */
export function staticBasins(scene: string): BuiltBasins {
  // The chapter asks twice, for the map and for its legend: the map is computed once.
  const known = computed.get(scene);
  if (known) return known;
  const { model, objective: f, start, window, learningRate, optimizer, settings } = builtScene(scene);
  const rule = { model, learningRate, optimizer, settings, valleys: f.valleys };
  const map = basinMap(model.surrogate?.(f.data, window) ?? f, rule, basinsSlice(start), window, STATIC_SIZE, STATIC_SIZE);
  const built = {
    model: model.id, window, size: STATIC_SIZE, codes: toBase64Url(map.codes), valleys: f.valleys, start, method: methodText(optimizer, settings, learningRate),
  };
  computed.set(scene, built);
  return built;
}

const computed = new Map<string, BuiltBasins>();
