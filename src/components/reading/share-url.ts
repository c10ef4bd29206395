import { serializeQuery } from "../../state/url-codec.ts";
import type { EssayParams } from "../../state/fields.ts";

/**
 * shareUrl(location, params, anchor) is the full link to this exact view: the page without its old
 * query, the state's canonical query, and the chapter being read (or the page's own hash).
 */
export function shareUrl(location: { readonly origin: string; readonly pathname: string; readonly hash: string }, params: EssayParams, anchor: string | null): string {
  const hash = anchor ? `#${anchor}` : location.hash;
  return `${location.origin}${location.pathname}${serializeQuery(params)}${hash}`;
}
