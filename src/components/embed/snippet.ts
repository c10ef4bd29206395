import type { EmbedFigure } from "./embeds.ts";

/** Where the essay lives: the page's origin and the build's base path ("/" or "/essays/loss-space/"). */
export interface EssayPlace {
  readonly origin: string;
  readonly base: string;
}

/** embedUrl(place, figure, query) is the absolute address of a figure's embed page at a state ("?m=1" or ""). */
export function embedUrl(place: EssayPlace, figure: Pick<EmbedFigure, "id">, query: string): string {
  const base = place.base.replace(/\/?$/, "/");
  return `${place.origin}${base}embed/${figure.id}/${normalQuery(query)}`;
}

/** essayUrl(base, query, chapter) is the essay's address (relative to its host) at a state, opened at a chapter. */
export function essayUrl(base: string, query: string, chapter: string): string {
  return `${base.replace(/\/?$/, "/")}${normalQuery(query)}#${chapter}`;
}

/**
 * embedSnippet(place, figure, query) is the HTML a teacher pastes into a page to show one figure at one
 * state: an iframe with a title for screen readers, the whole column's width, the figure's height,
 * loaded when scrolled near, and no border. Attribute values are escaped; the query is the essay's own.
 */
export function embedSnippet(place: EssayPlace, figure: EmbedFigure, query: string): string {
  const src = escapeAttribute(embedUrl(place, figure, query));
  return `<iframe src="${src}" title="${escapeAttribute(figure.title)}" width="100%" height="${figure.height}" loading="lazy" style="border:0"></iframe>`;
}

/** A query as a link carries it: "" for none, else starting with "?". */
function normalQuery(query: string): string {
  const q = query.replace(/^\?/, "");
  return q === "" ? "" : `?${q}`;
}

/** escapeAttribute(text) is text safe inside a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
