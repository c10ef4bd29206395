import type { EssayState } from "../../state/essay.svelte.ts";
import { formatQuantity, type Quantity } from "../../format/numbers.ts";
import { readQuantity } from "../../state/quantities.ts";
import { SHARED_NAMES, type LiveName } from "./live-names.ts";

/** What the page needs of the prose's numbers beyond the figures' own quantities (live-values.ts). */
type LiveValues = Pick<typeof import("./live-values.ts"), "liveTextOf">;

let values = $state.raw<LiveValues | null>(null);
let loading: Promise<void> | null = null;

/**
 * liveValuesLoaded() is the prose's numbers' maths (live-values.ts) once it has come, else null; read in an effect, it
 * runs that again when it comes. Until then only the figures' own quantities can be written (sharedTextOf): every
 * other number keeps the text the server wrote, which is the state's as long as nothing has changed.
 */
export function liveValuesLoaded(): LiveValues | null {
  return values;
}

/** loadLiveValues() brings the prose's numbers' maths, once: as a chapter's numbers come near, when the page is idle, or for a link. */
export function loadLiveValues(): Promise<void> {
  // Only what the page uses, so the bundler leaves out what only the server and the tests call (liveTexts, the names).
  loading ??= import("./live-values.ts").then(({ liveTextOf }) => {
    values = { liveTextOf };
  });
  return loading;
}

/**
 * liveValuesForLink(search) is the loading of the prose's numbers' maths when a link sets any field (the page then
 * writes them as it hydrates, so none shows the article's value for another state), else undefined.
 */
export function liveValuesForLink(search: string): Promise<void> | undefined {
  return search.replace(/^\?/, "") !== "" ? loadLiveValues() : undefined;
}

/** sharedTextOf(state) is the text of a live number that is one of the figures' own quantities, else null (its text stays). */
export function sharedTextOf(s: EssayState): (name: LiveName) => string | null {
  return (name) => (SHARED_NAMES.has(name) ? formatQuantity(name as Quantity, readQuantity(s, name as Quantity)) : null);
}
