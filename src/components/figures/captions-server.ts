/**
 * Imported for its effect by the pages, on the server: every figure renders with its caption's words, which the
 * browser loads on demand (captions-on-demand.svelte.ts).
 */
import * as words from "./captions.ts";
import { provideCaptions } from "./captions-on-demand.svelte.ts";

provideCaptions(words);
