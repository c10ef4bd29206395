import { serializeQuery } from "../../state/url-codec.ts";
import type { EssayState } from "../../state/essay.svelte.ts";
import type { EssayParams } from "../../state/fields.ts";

/**
 * Whether chapters may still set the scene. They may until the reader takes over: by opening a link
 * that carries settings, or by changing anything themselves (any control, a figure drag, the player).
 * Written by the scene director only; the flag never goes back to true within a page view.
 */
class SceneState {
  /** Chapters may set the state as the reader reaches them. */
  directing = $state(true);
  /** Why directing stopped, for tests and curious readers: "link" or "reader". */
  stoppedBy = $state<"link" | "reader" | null>(null);
  // The query of the last state the director itself wrote (or found); any other state is the reader's.
  #expected = "";

  /** Stops directing, for good. */
  stop(by: "link" | "reader"): void {
    if (!this.directing) return;
    this.directing = false;
    this.stoppedBy = by;
  }

  /** Remembers the state as one the director is responsible for. */
  expect(params: EssayParams): void {
    this.#expected = serializeQuery(params);
  }

  /** Notices a state change: if the director did not make it, the reader did. */
  observe(state: EssayState): void {
    if (this.directing && serializeQuery(state.params) !== this.#expected) this.stop("reader");
  }
}

/** The page's one scene flag. */
export const scene = new SceneState();

/** openedWithSettings() says whether the page was opened by a link with a query (browser only). */
export function openedWithSettings(): boolean {
  // The navigation entry keeps the URL as opened, before the URL sync rewrote it.
  const entry = performance.getEntriesByType("navigation")[0];
  const opened = entry?.name ?? window.location.href;
  return new URL(opened).search.length > 1;
}
