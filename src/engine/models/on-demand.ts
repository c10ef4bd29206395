import type { Model } from "./types.ts";

/** What a model says of itself at once: what the link, the controls and the state need (its parameters, its data). */
export type ModelCard = Pick<Model, "id" | "label" | "lossName" | "drawing" | "params" | "data">;
/** A model's maths: the rest of it (prediction, loss, gradient, its fast paths), which may come later. */
export type ModelMaths = Omit<Model, keyof ModelCard>;

/** The parts every model's maths has. */
const REQUIRED = ["predict", "residual", "batchLoss", "batchGradient", "pointGradient", "dataProblem"] as const;
/** The parts a model's maths may have; the figures ask whether it does, so a model loaded on demand names them at once. */
const OPTIONAL = ["through", "logOdds", "minimum", "valleys", "canonical", "surrogate", "rescaled", "pointConstraint"] as const;
/** The optional parts a model loaded on demand may offer (a fast path's statistics make a model cheap enough to load at once). */
export type OnDemandPart = (typeof OPTIONAL)[number];

/** Each model whose maths has not come yet, with the import that brings it. */
const waiting = new WeakMap<Model, () => Promise<unknown>>();

/**
 * onDemand(card, offers, load) is a model whose maths comes later: its card at once, and in place of each part of
 * its maths (the required ones and the optional ones `offers` names) a function that throws until `load()` has
 * brought the real one. The maths module hands itself over with provideMaths as it loads (importing it for its
 * effect brings it at once); loadModel(model) waits for it. Nothing may ask the maths of a model before then.
 */
export function onDemand(card: ModelCard, offers: readonly OnDemandPart[], load: () => Promise<unknown>): Model {
  const missing = (part: string) => () => {
    throw new Error(`${card.id}.${part}: the model's maths has not loaded; await loadModel(${card.id}) first`);
  };
  const model = { ...card, ...Object.fromEntries([...REQUIRED, ...offers].map((part) => [part, missing(part)])) } as Model;
  waiting.set(model, load);
  return model;
}

/**
 * provideMaths(model, maths) puts a model's maths in place of its stand-ins: the one call of the module that holds
 * them, as it loads. It throws when the maths has other optional parts than the model offered at once.
 */
export function provideMaths(model: Model, maths: ModelMaths): void {
  const offered = OPTIONAL.filter((part) => model[part] !== undefined).join();
  const has = OPTIONAL.filter((part) => maths[part] !== undefined).join();
  if (offered !== has || maths.statistics !== undefined) throw new Error(`provideMaths: ${model.id} offered [${offered}] but its maths has [${has}]`);
  Object.assign(model, maths);
  waiting.delete(model);
}

/** mathsLoaded(model) says whether a model's maths is in place: always for a model registered whole (the line). */
export function mathsLoaded(model: Model): boolean {
  return !waiting.has(model);
}

/** loadModel(model) is the loading of a model's maths when it has not come yet (once), else undefined: nothing to wait for. */
export function loadModel(model: Model): Promise<void> | undefined {
  const load = waiting.get(model);
  return load ? load().then(() => undefined) : undefined;
}
