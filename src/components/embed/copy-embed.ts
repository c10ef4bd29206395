import { essay } from "../../state/index.ts";
import { serializeQuery } from "../../state/url-codec.ts";
import { embedFigure } from "./embeds.ts";
import { embedSnippet } from "./snippet.ts";

/**
 * embedCodeOf(figure) is the iframe snippet that shows a figure (by its data-figure name) at the essay's
 * state now, at this page's origin and base path, or null for a figure with no embed page. Built from the
 * state rather than the address bar, whose query is written a moment after each change. Browser only;
 * loaded with a figure's actions panel, never with the first view.
 */
export function embedCodeOf(figure: string): string | null {
  const embed = embedFigure(figure);
  if (!embed) return null;
  return embedSnippet({ origin: window.location.origin, base: import.meta.env.BASE_URL }, embed, serializeQuery(essay.params));
}

/** hasEmbed(figure) says whether a figure (by its data-figure name) has an embed page. */
export function hasEmbed(figure: string): boolean {
  return embedFigure(figure) !== undefined;
}
