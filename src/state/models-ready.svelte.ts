import { MODELS, loadModel, mathsLoaded, modelFor, type Model } from "../engine/index.ts";

/** Bumped as models' maths arrive, so whatever waited on mathsReady runs again. */
let arrived = $state(0);

/**
 * mathsReady(model) says whether a model's maths has come (engine/models/on-demand.ts), and, read in an effect or a
 * derived, runs it again once it has: the essay's page brings every model's with the islands further down, an embed
 * page only its link's. A chapter's scene and the prose's numbers of a model wait for it.
 */
export function mathsReady(model: Model): boolean {
  void arrived;
  return mathsLoaded(model);
}

/** mathsArrivals() counts the loads of models' maths so far; read in an effect or a derived, it runs that again with each. */
export function mathsArrivals(): number {
  return arrived;
}

/** loadModels(models) brings the maths of these models (every model's unless told) and says so to mathsReady. */
export function loadModels(models: readonly Model[] = MODELS): Promise<void> {
  return Promise.all(models.map(loadModel)).then(() => {
    arrived++;
  });
}

/**
 * modelForLink(search) is the loading of the maths of the model a link names (`model=`, read as the codec reads it:
 * the first value) when it has not come yet, else undefined: nothing to wait for. A page reads such a link once it
 * has come; an unknown name is the codec's to correct, with its notice.
 */
export function modelForLink(search: string): Promise<void> | undefined {
  const id = new URLSearchParams(search).get("model");
  const model = id === null ? undefined : modelFor(id);
  return model && !mathsLoaded(model) ? loadModels([model]) : undefined;
}
