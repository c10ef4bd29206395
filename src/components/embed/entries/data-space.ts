// The data-space embed page's whole script: the shared state and the data space, nothing else of the essay.
import { startEmbed } from "../start-embed.ts";
import EmbedDataSpace from "../EmbedDataSpace.svelte";

startEmbed(EmbedDataSpace);
