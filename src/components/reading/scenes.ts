import { parseQuery } from "../../state/url-codec.ts";
import type { EssayParams } from "../../state/fields.ts";

/** Each chapter's scene, by anchor, as the query its frontmatter writes ("" is the article's start). */
export type SceneQueries = Readonly<Record<string, string>>;

/**
 * sceneFor(scenes, anchor) is the state a chapter sets when the reader reaches it (its frontmatter's
 * `scene`, decoded like a link), or null if it sets none.
 */
export function sceneFor(scenes: SceneQueries, anchor: string | null): EssayParams | null {
  return anchor !== null && Object.hasOwn(scenes, anchor) ? parseQuery(scenes[anchor]!).params : null;
}
