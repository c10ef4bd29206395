import { modelFor, objective, optimizerFor, type Dataset, type LossWindow, type Model, type Objective, type Optimizer, type Settings, type Theta } from "../../../engine/index.ts";
import { parseQuery } from "../../../state/url-codec.ts";
import { TABLE, settingsOf, startOf } from "../../../state/fields.ts";
import { basinsWindow } from "./basins-window.ts";

/** What the build draws a chapter's scene from: its model on its default points, start, window and way of stepping. */
export interface BuiltScene {
  readonly model: Model;
  readonly objective: Objective;
  readonly start: Theta;
  readonly window: LossWindow;
  readonly learningRate: number;
  readonly optimizer: Optimizer;
  readonly settings: Settings;
}

/** builtScene(scene) reads a chapter's scene (a link query) as the build draws it: the model's own seeded points, as many as the scene asks. */
export function builtScene(scene: string): BuiltScene {
  const p = parseQuery(scene).params;
  const model = modelFor(p.model)!;
  const n = Math.min(p.n, model.data.maxN);
  const data: Dataset = { x: new Float64Array(n), y: new Float64Array(n) };
  model.data.stream(model.data.seed)(data as { x: Float64Array; y: Float64Array }, 0, n);
  const f = objective(model, data);
  const start = startOf(p.start, model);
  const optimizer = optimizerFor(p.opt) ?? TABLE.optimizers[0]!;
  return {
    model, objective: f, start, window: basinsWindow(model, start, f.minimum), learningRate: p.lr, optimizer, settings: settingsOf(p.settings, optimizer),
  };
}
