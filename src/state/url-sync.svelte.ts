import type { EssayState } from "./essay.svelte.ts";
import { parseQuery, serializeQuery } from "./url-codec.ts";

/** How long the state must stay still before the URL is written: a scrub writes once, when it pauses. */
export const URL_SETTLE_MS = 250;
/**
 * Longest a change waits while changes keep coming (a long drag, a playing descent): the link still
 * follows, and 30 writes in 30 s at the most stay far under Safari's limit of 100. Each write costs
 * more than the call: Chromium fetches and decodes the page's icon again after it (see the icon link in
 * EssayLayout.astro), a main-thread task a key press arriving then would wait for.
 */
export const URL_WRITE_MAX_WAIT_MS = 1000;

let started = false;

/**
 * startUrlSync(state) reads the page's query into the state once, shows notices for what it corrected,
 * then mirrors every state change back with history.replaceState once the changes pause (or at the
 * latest URL_WRITE_MAX_WAIT_MS after the first unwritten one; the last change is always written, a
 * refused write is ignored). Browser only; calling it again does nothing.
 */
export function startUrlSync(state: EssayState): void {
  if (started || typeof window === "undefined") return;
  started = true;
  const decoded = parseQuery(window.location.search);
  state.setParams(decoded.params);
  state.notices = decoded.notices;

  let written = currentQuery();
  // When the oldest change not yet written was made; the write waits no longer than the max from then.
  let since: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // An overdue write is waiting for an idle moment.
  let overdue = false;
  let pending = serializeQuery(state.params);
  // A corrected or non-canonical link is rewritten at once, so what the reader copies is clean.
  if (pending !== written) write();

  $effect.root(() => {
    $effect(() => {
      pending = serializeQuery(state.params);
      clearTimeout(timer);
      if (pending === written) {
        since = null;
        return;
      }
      const now = performance.now();
      since ??= now;
      const wait = since + URL_WRITE_MAX_WAIT_MS - now;
      // An overdue write happens in the next idle moment, which no later change puts off: on a busy page a
      // change every frame can clear each short timer before it fires, and the link would wait for the
      // changes to stop. Not in this effect: it runs in a scrub's redraw, which a key then waits for, and
      // replaceState takes some 8 ms at 4× CPU.
      if (wait > 0) timer = setTimeout(write, Math.min(URL_SETTLE_MS, wait));
      else if (!overdue) {
        overdue = true;
        soon(() => {
          overdue = false;
          write();
        });
      }
    });
  });

  function write(): void {
    timer = undefined;
    since = null;
    if (pending === written) return;
    try {
      const { pathname, hash } = window.location;
      history.replaceState(history.state, "", `${pathname}${pending}${hash}`);
      written = pending;
    } catch {
      // Browsers throttle replaceState and may throw when over the limit; the page must not break.
    }
  }
}

/** soon(run) runs run in the page's next idle moment (within 100 ms), or in a task of its own where there are no idle callbacks (Safari). */
function soon(run: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(run, { timeout: 100 });
  else setTimeout(run, 0);
}

/** The page's query as written in its address: location.search, except that a bare "?" counts (search says ""). */
function currentQuery(): string {
  const { href, search } = window.location;
  const mark = href.indexOf("?");
  const hash = href.indexOf("#");
  return search === "" && mark !== -1 && (hash === -1 || mark < hash) ? "?" : search;
}
