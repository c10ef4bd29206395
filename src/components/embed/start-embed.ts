import { hydrate, type Component } from "svelte";
import { startEssay } from "../../state/start.ts";
import { codecForLink } from "../../state/data-codec-on-demand.ts";
import { modelForLink } from "../../state/models-ready.svelte.ts";
import { noticesForLink } from "../notices-on-demand.svelte.ts";

/**
 * startEmbed(figure, before, ready) starts an embed page: reads the link into the shared state (and keeps
 * the link following it), then hydrates the figure the server rendered into [data-embed-root] with the props
 * the page wrote beside it. Each page's entry calls it with its one figure, so the page loads nothing else.
 * `ready`, called once the link is read, may return a promise of what the figure needs before it runs (the
 * server's markup stays until then).
 */
// Any props: the page wrote them for this figure, and Astro's checker types an imported .svelte as its own shim.
export function startEmbed(figure: Component<any>, before?: () => void, ready?: () => Promise<unknown> | undefined): void {
  // A link with the reader's own points waits for their codec, and a link of a model other than the line for its
  // maths (each a file of its own), before it is read.
  const search = window.location.search;
  const waits = [codecForLink(search), modelForLink(search)].filter((w) => w !== undefined);
  if (waits.length > 0) void Promise.all(waits).then(() => start(figure, before, ready));
  else start(figure, before, ready);
}

/** start(figure, before, ready) is startEmbed once the link can be read. */
function start(figure: Component<any>, before?: () => void, ready?: () => Promise<unknown> | undefined): void {
  startEssay();
  before?.();
  // A link the codec corrected shows its notices as the figure runs: their banner's words first.
  const waits = [ready?.(), noticesForLink()].filter((w) => w !== undefined);
  const waiting = waits.length > 0 ? Promise.all(waits) : undefined;
  if (waiting) void waiting.then(() => hydrateFigure(figure));
  else hydrateFigure(figure);
}

/** hydrateFigure(figure) hydrates the page's figure and marks the page ready. */
function hydrateFigure(figure: Component<any>): void {
  const target = document.querySelector<HTMLElement>("[data-embed-root]");
  if (!target) return;
  const props = JSON.parse(target.dataset.props ?? "{}") as Record<string, unknown>;
  hydrate(figure, { target, props });
  // A mark for whoever waits on the page (tests, a host's script): the figure now answers the reader.
  document.documentElement.dataset.embed = "ready";
}
