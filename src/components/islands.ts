/**
 * Every island the essay hydrates, from one module. The page and the chapters import islands from here,
 * so the build gives them all one client entry (component-export picks each) instead of a file apiece.
 */
export { default as Compare } from "./compare/Compare.svelte";
export { default as DataPanel } from "./data/DataPanel.svelte";
export { default as EssayWiring } from "./EssayWiring.svelte";
export { default as GridInput } from "./prose/GridInput.svelte";
export { default as GridOutput } from "./prose/GridOutput.svelte";
export { default as MethodPicker } from "./prose/MethodPicker.svelte";
export { default as NoticeBanner } from "./NoticeBanner.svelte";
export { default as PassTime } from "./prose/PassTime.svelte";
export { default as ReadingBar } from "./reading/ReadingBar.svelte";
export { default as Scrubbable } from "./prose/Scrubbable.svelte";
export { default as StepPlayer } from "./reading/StepPlayer.svelte";
export { default as StepTime } from "./compare/StepTime.svelte";
export { default as TwoSpaces } from "./figures/TwoSpaces.svelte";
