import type { EssayState } from "./essay.svelte.ts";
import { parseQuery, serializeQuery } from "./url-codec.ts";

/**
 * Least time between two URL writes: 75 writes in 30 s at the most, under Safari's limit of 100,
 * while the link still follows a long scrub a few times a second.
 */
export const URL_WRITE_INTERVAL_MS = 400;

let started = false;

/**
 * startUrlSync(state) reads the page's query into the state once, shows notices for what it corrected,
 * then mirrors every state change back with history.replaceState (throttled, the last change always
 * written; a refused write is ignored). Browser only; calling it again does nothing.
 */
export function startUrlSync(state: EssayState): void {
  if (started || typeof window === "undefined") return;
  started = true;
  const decoded = parseQuery(window.location.search);
  state.setParams(decoded.params);
  state.notices = decoded.notices;

  let written = currentQuery();
  let lastWrite = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = serializeQuery(state.params);
  // A corrected or non-canonical link is rewritten at once, so what the reader copies is clean.
  if (pending !== written) write();

  $effect.root(() => {
    $effect(() => {
      pending = serializeQuery(state.params);
      if (pending === written || timer !== undefined) return;
      timer = setTimeout(write, Math.max(0, lastWrite + URL_WRITE_INTERVAL_MS - performance.now()));
    });
  });

  function write(): void {
    timer = undefined;
    if (pending === written) return;
    try {
      const { pathname, hash } = window.location;
      history.replaceState(history.state, "", `${pathname}${pending}${hash}`);
      written = pending;
    } catch {
      // Browsers throttle replaceState and may throw when over the limit; the page must not break.
    }
    lastWrite = performance.now();
  }
}

/** The page's query as written in its address: location.search, except that a bare "?" counts (search says ""). */
function currentQuery(): string {
  const { href, search } = window.location;
  const mark = href.indexOf("?");
  const hash = href.indexOf("#");
  return search === "" && mark !== -1 && (hash === -1 || mark < hash) ? "?" : search;
}
