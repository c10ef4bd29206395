import type { EssayParams } from "../../state/fields.ts";

/**
 * What the reader last had on each model, so the figures can follow the chapters: entering a chapter about
 * another model switches the state to that model, and coming back finds the reader's own settings again.
 */
export class ModelMemory {
  #saved = new Map<string, EssayParams>();

  /**
   * enter(params, model, scene) is the state to show on entering a chapter about `model` from `params`,
   * or null when `params` already shows that model. The state left is remembered under its own model;
   * the state returned is the reader's last on `model`, else the chapter's scene (when it shows `model`),
   * else `params` switched to `model` at step 0.
   */
  enter(params: EssayParams, model: string, scene: EssayParams | null): EssayParams | null {
    if (params.model === model) return null;
    this.#saved.set(params.model, params);
    return this.#saved.get(model) ?? (scene?.model === model ? scene : { ...params, model, step: 0, data: null });
  }

  /** remembered(model) says whether the reader has had this model on show (so its state is theirs, not a scene's). */
  remembered(model: string): boolean {
    return this.#saved.has(model);
  }
}
