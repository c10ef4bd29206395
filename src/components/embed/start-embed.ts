import { hydrate, type Component } from "svelte";
import { startEssay } from "../../state/start.ts";

/**
 * startEmbed(figure) starts an embed page: reads the link into the shared state (and keeps the link
 * following it), then hydrates the figure the server rendered into [data-embed-root] with the props the
 * page wrote beside it. Each page's entry calls it with its one figure, so the page loads nothing else.
 */
// Any props: the page wrote them for this figure, and Astro's checker types an imported .svelte as its own shim.
export function startEmbed(figure: Component<any>, before?: () => void): void {
  startEssay();
  before?.();
  const target = document.querySelector<HTMLElement>("[data-embed-root]");
  if (!target) return;
  const props = JSON.parse(target.dataset.props ?? "{}") as Record<string, unknown>;
  hydrate(figure, { target, props });
  // A mark for whoever waits on the page (tests, a host's script): the figure now answers the reader.
  document.documentElement.dataset.embed = "ready";
}
