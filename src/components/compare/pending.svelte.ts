import { onMount } from "svelte";

/**
 * pendingText(withoutScript) is what a timing shows before it is done: "measuring…" once the page runs, and
 * withoutScript in the server-rendered page, which a reader without JavaScript keeps. Call it from a
 * component's script; read `.text`.
 */
export function pendingText(withoutScript: string): { readonly text: string } {
  let running = $state(false);
  // After hydration, so the first client render matches the server's markup.
  onMount(() => {
    running = true;
  });
  return {
    get text() {
      return running ? "measuring…" : withoutScript;
    },
  };
}
