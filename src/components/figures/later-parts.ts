/**
 * The parts of the shared figures that the first view does without: the classifier's (classifier/parts.ts:
 * only a model whose points carry a class uses them), the point editor (only once the reader asks to edit
 * points, with its undo line and keys), the canvas of a cloud too dense for SVG, and a stochastic step's batch in both spaces with the
 * picked point's line in the loss space (only for the sampled methods, or a point picked). They live in the
 * chunk of the islands further down (astro.config.mjs), which hands them to the figures when it loads, at
 * idle (later-parts.svelte.ts), or sooner when the state asks for them (later-parts-on-demand.svelte.ts).
 */
export * from "./classifier/parts.ts";
export { default as Editor } from "./DataSpace.Editor.svg.svelte";
export { undoKeys } from "../data/undo-keys.ts";
export { default as Canvas } from "./DataSpace.Canvas.svelte";
export { default as Batch } from "./DataSpace.Batch.svg.svelte";
export { default as Footprint } from "./LossSpace.Footprint.svg.svelte";
