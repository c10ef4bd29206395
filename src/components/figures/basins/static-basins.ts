import { basinMap, modelFor, objective, optimizerFor, type Dataset } from "../../../engine/index.ts";
import { parseQuery } from "../../../state/url-codec.ts";
import { TABLE, settingsOf, startOf } from "../../../state/fields.ts";
import { toBase64Url } from "../../../state/base64url.ts";
import { basinsSlice, basinsWindow } from "./basins-window.ts";
import type { BuiltBasins } from "./built.ts";
import { methodText } from "./basins-text.ts";

/** Cells a side of the map drawn when the page is built: what a reader sees before (or without) JavaScript. */
export const STATIC_SIZE = 64;

/**
 * staticBasins(scene) is the basins map of a chapter's scene (a link query) on the model's default points,
 * computed at build time with the same engine the worker runs.
 */
export function staticBasins(scene: string): BuiltBasins {
  const p = parseQuery(scene).params;
  const model = modelFor(p.model)!;
  const n = Math.min(p.n, model.data.maxN);
  const data: Dataset = { x: new Float64Array(n), y: new Float64Array(n) };
  model.data.stream(model.data.seed)(data as { x: Float64Array; y: Float64Array }, 0, n);
  const f = objective(model, data);
  const start = startOf(p.start, model);
  const window = basinsWindow(model, start, f.minimum);
  const optimizer = optimizerFor(p.opt) ?? TABLE.optimizers[0]!;
  const settings = settingsOf(p.settings, optimizer);
  const rule = { model, learningRate: p.lr, optimizer, settings, valleys: f.valleys };
  const map = basinMap(model.surrogate?.(data, window) ?? f, rule, basinsSlice(start), window, STATIC_SIZE, STATIC_SIZE);
  return { model: model.id, window, size: STATIC_SIZE, codes: toBase64Url(map.codes), valleys: f.valleys, start, method: methodText(optimizer, settings, p.lr) };
}
