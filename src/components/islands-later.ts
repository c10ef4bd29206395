/**
 * The islands further down the essay: the grid calculator (chapter 3), the optimiser picker, the rescaling
 * of x and its comparison (chapter 5), the full-batch comparison and its timings (chapter 6), the basins map (chapter 7), the
 * classifier's choice of plane and its held parameter (chapter 8), the method picker, the rescaling and the data panel (the playground),
 * the prose's scrubbable numbers (chapters 4 to 9) and the jump links' wiring. They hydrate once the page is idle,
 * or sooner as they come within a screen of the viewport (client:near), from a chunk of their own that the first
 * view never loads.
 */
import * as laterParts from "./figures/later-parts.ts";
import { provideLaterParts } from "./figures/later-parts.svelte.ts";
import { decodeData, encodeData } from "../state/data-codec.ts";
import { provideDataCodec } from "../state/data-codec-on-demand.ts";
// Every model's maths (files of their own, loaded with this chunk), in place before any island here hydrates: the jump
// links and the basins map switch models and ask them at once.
import "../engine/models/all.ts";
import { loadModels } from "../state/models-ready.svelte.ts";

export { default as Basins } from "./figures/basins/Basins.svelte";
export { default as BasinsLegend } from "./figures/basins/BasinsLegend.svelte";
export { default as BasinsMap } from "./figures/basins/BasinsMap.svelte";
export { default as Compare } from "./compare/Compare.svelte";
export { default as DataPanel } from "./data/DataPanel.svelte";
export { default as GridInput } from "./prose/GridInput.svelte";
export { default as GridOutput } from "./prose/GridOutput.svelte";
export { default as JumpLinks } from "./prose/JumpLinks.svelte";
export { default as HeldParameter } from "./prose/HeldParameter.svelte";
export { default as LossAxes } from "./figures/classifier/PlanePicker.svelte";
export { default as MethodPicker } from "./prose/MethodPicker.svelte";
export { default as OptimizerPicker } from "./prose/OptimizerPicker.svelte";
export { default as PassTime } from "./prose/PassTime.svelte";
export { default as StepTime } from "./compare/StepTime.svelte";
export { default as ScaleCompare } from "./scaling/ScaleCompare.svelte";
export { default as ScalePicker } from "./scaling/ScalePicker.svelte";
export { default as Scrubbable } from "./prose/Scrubbable.svelte";
export { default as Cite } from "./appendix/Cite.svelte";

// The figures' later parts (the classifier's, the point editor) live in this chunk too: the figures draw them
// once it has handed them over (later-parts.svelte.ts).
provideLaterParts(laterParts);
// The reader's own points (the data panel, the point editor, the jump links) travel in links through this codec.
provideDataCodec({ decodeData, encodeData });
// They are here already: this tells whatever waited for them (a chapter's scene, the prose's numbers of the wave and the classifier).
void loadModels();
