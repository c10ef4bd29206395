import { EssayState, essay } from "../../state/essay.svelte.ts";
import { parseQuery } from "../../state/url-codec.ts";

const scenes = new Map<string, EssayState>();

/**
 * stateFor(scene) is the state a chapter's numbers and links are drawn from when the page is built: the
 * chapter's scene (its frontmatter's link query) where it gives one, else the essay's own state, the
 * article's start. A chapter about another model shows that model's numbers to a reader without JavaScript.
 */
export function stateFor(scene: string | undefined): EssayState {
  if (scene === undefined) return essay;
  let state = scenes.get(scene);
  if (!state) {
    state = new EssayState();
    state.setParams(parseQuery(scene).params);
    scenes.set(scene, state);
  }
  return state;
}
