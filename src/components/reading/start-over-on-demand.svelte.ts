/** The page's Start over (start-over.svelte.ts), which loads on the button's first hover, focus or press. */
export type StartOver = (typeof import("./start-over.svelte.ts"))["startOver"];

let loaded = $state.raw<StartOver | null>(null);
let loading: Promise<StartOver> | null = null;

/**
 * startOverNow() is the page's Start over once it has loaded, else null: until the reader has reached for the
 * button nothing has been started over, so there is nothing to undo. The notice banner reads it for its Undo.
 */
export function startOverNow(): StartOver | null {
  return loaded;
}

/** loadStartOver() fetches Start over once (a chunk of its own: an embed page never loads it) and is it. */
export function loadStartOver(): Promise<StartOver> {
  loading ??= import("./start-over.svelte.ts").then((m) => (loaded = m.startOver));
  return loading;
}
