// The comparison's embed page's whole script: the shared state and the comparison, nothing else of the essay.
import { startEmbed } from "../start-embed.ts";
import EmbedComparison from "../EmbedComparison.svelte";

startEmbed(EmbedComparison);
