import { essay } from "../../state/index.ts";
import { dataEdits } from "../../state/data-edits.svelte.ts";
import { provideLaterParts } from "../figures/later-parts.svelte.ts";

let loading: Promise<void> | null = null;

/** Whether the state asks for the figures' later parts: a model whose points carry a class, or more than two parameters, or the reader editing points. */
function asked(): boolean {
  return essay.model.data.labelled || essay.model.params.length > 2 || dataEdits.pointsEditable;
}

/** load() fetches the figures' later parts once and hands them over. */
function load(): Promise<void> {
  loading ??= import("../figures/later-parts.ts").then(provideLaterParts);
  return loading;
}

/**
 * laterPartsOnDemand() loads the figures' later parts (the classifier's, the point editor) on an embed page
 * only when the state first asks for them, not on opening: most links are of the line and nobody edits. It is
 * a promise when the link read just now already asks (the page then hydrates the figure once they have come,
 * so a classifier link never shows its figure without them), else undefined.
 */
export function laterPartsOnDemand(): Promise<void> | undefined {
  $effect.root(() => {
    $effect(() => {
      if (asked()) void load();
    });
  });
  return asked() ? load() : undefined;
}
