/**
 * The parts of the shared figures that the first view does without: the classifier's (classifier/parts.ts:
 * only a model whose points carry a class uses them) and the point editor (only once the reader asks to
 * edit points). They live in the chunk of the islands further down (astro.config.mjs), which hands them to
 * the figures when it loads, at idle (later-parts.svelte.ts).
 */
export * from "./classifier/parts.ts";
export { default as Editor } from "./DataSpace.Editor.svg.svelte";
