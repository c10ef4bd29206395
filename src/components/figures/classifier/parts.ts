/**
 * The classifier's parts of the shared figures: its decision boundary, the probability field behind the
 * points, the points drawn by class and their legend, the choice of the loss space's plane, the point
 * editor's class switching, and the figures' words for all of it. Only a model whose points carry a class
 * uses them, so they come with the figures' later parts (later-parts.ts), never with the first view.
 */
export { default as Boundary } from "./Boundary.svg.svelte";
export { default as ClassPoints } from "./ClassPoints.svg.svelte";
export { default as Field } from "./Field.svg.svelte";
export { default as Legend } from "./Legend.svelte";
export { default as PlanePicker } from "./PlanePicker.svelte";
export * as classEdits from "./class-edits.ts";
export { classPointRoom, describeBoundary, describeClassPoint, describeVolume } from "./describe.ts";
export { default as PickedClass } from "./PickedClass.svg.svelte";
export { default as OffPlaneMinimum } from "./OffPlaneMinimum.svg.svelte";
export { offPlaneLabel } from "./off-plane.ts";
export { default as NowLine } from "./NowLine.svelte";
