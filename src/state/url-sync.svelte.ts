import type { EssayState } from "./essay.svelte.ts";
import { parseQuery, serializeQuery } from "./url-codec.ts";

/** Quiet time after the last change before the URL is rewritten: at most ~3 writes a second. */
export const URL_WRITE_DELAY_MS = 300;

let started = false;

/**
 * startUrlSync(state) reads the page's query into the state once, shows notices for what it corrected,
 * then mirrors every state change back with history.replaceState (debounced; a refused write is ignored).
 * Browser only; calling it again does nothing.
 */
export function startUrlSync(state: EssayState): void {
  if (started || typeof window === "undefined") return;
  started = true;
  const decoded = parseQuery(window.location.search);
  state.setParams(decoded.params);
  state.notices = decoded.notices;
  let written = window.location.search;
  if (serializeQuery(state.params) !== written) write(serializeQuery(state.params));

  let timer: ReturnType<typeof setTimeout> | undefined;
  $effect.root(() => {
    $effect(() => {
      const query = serializeQuery(state.params);
      clearTimeout(timer);
      if (query !== written) timer = setTimeout(() => write(query), URL_WRITE_DELAY_MS);
    });
  });

  function write(query: string): void {
    try {
      const { pathname, hash } = window.location;
      history.replaceState(history.state, "", `${pathname}${query}${hash}`);
      written = query;
    } catch {
      // Browsers throttle replaceState (Safari: 100 per 30 s) and may throw; the page must not break.
    }
  }
}
