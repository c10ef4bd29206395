/** The essay's shared state: one instance, its URL codec, and the browser sync that connects them. */
import { essay } from "./essay.svelte.ts";
import { startUrlSync } from "./url-sync.svelte.ts";

export { essay, EssayState } from "./essay.svelte.ts";
export { DEFAULTS, FIELDS, METHODS, snapField, type EssayParams, type NumericField } from "./fields.ts";
export { parseQuery, serializeQuery } from "./url-codec.ts";

// In the browser the link is read before any island renders, so no island hydrates into a stale state.
// On the server this does nothing: module state is never written during the render.
startUrlSync(essay);
