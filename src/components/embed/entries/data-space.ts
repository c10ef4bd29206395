// The data-space embed page's whole script: the shared state and the data space, nothing else of the essay.
import { startEmbed } from "../start-embed.ts";
import { provideLaterParts } from "../../figures/later-parts.svelte.ts";
import EmbedDataSpace from "../EmbedDataSpace.svelte";

startEmbed(EmbedDataSpace);
// The figure's later parts (a classifier's, the point editor), in a file of their own after the figure, as the
// essay hands them over at idle: a link may open the classifier, and a reader may edit points.
void import("../../figures/later-parts.ts").then(provideLaterParts);
