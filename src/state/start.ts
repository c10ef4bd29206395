import { essay } from "./essay.svelte.ts";
import { startUrlSync } from "./url-sync.svelte.ts";

/**
 * startEssay() reads the page's link into the shared state and keeps the link following it. The islands'
 * one client entry (components/islands.ts) calls it in the browser before any island hydrates, so no
 * island renders a state the link is about to replace; importing the state itself starts nothing.
 */
export function startEssay(): void {
  startUrlSync(essay);
}
