// The data-space embed page's whole script: the shared state and the data space, nothing else of the essay.
import { startEmbed } from "../start-embed.ts";
import { laterPartsOnDemand } from "../../figures/later-parts-on-demand.svelte.ts";
import { captionsForLink } from "../../figures/captions-on-demand.svelte.ts";
import EmbedDataSpace from "../EmbedDataSpace.svelte";

// The figure's later parts (a classifier's, the point editor, a dense cloud's canvas, a stochastic step's batch) come in a
// file of their own when the state asks for them: before the figure runs when the link asks, else when the reader does.
// So does its caption's words, for a link that sets anything (captions-on-demand.svelte.ts).
startEmbed(EmbedDataSpace, undefined, () => {
  const waits = [laterPartsOnDemand(), captionsForLink(window.location.search, "")].filter((w) => w !== undefined);
  return waits.length > 0 ? Promise.all(waits) : undefined;
});
