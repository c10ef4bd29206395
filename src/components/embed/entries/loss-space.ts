// The loss-space embed page's whole script: the shared state and the loss space, nothing else of the essay.
import { startEmbed } from "../start-embed.ts";
import EmbedLossSpace from "../EmbedLossSpace.svelte";

startEmbed(EmbedLossSpace);
