// The basins map's embed page's whole script: the shared state and the map, nothing else of the essay.
import { essay } from "../../../state/index.ts";
import { startEmbed } from "../start-embed.ts";
// The map is always of the wave, so its maths comes with the page.
import "../../../engine/models/valleys.maths.ts";
import { embedFigure } from "../embeds.ts";
import EmbedBasins from "../EmbedBasins.svelte";

// The map is of the wave: a link of another model opens the wave (its start, points and n), as its chapter does.
startEmbed(EmbedBasins, () => essay.setModel(embedFigure("basins")!.model!));
