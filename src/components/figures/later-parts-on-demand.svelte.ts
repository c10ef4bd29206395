import { essay } from "../../state/index.ts";
import { editMode } from "../../state/edit-mode.svelte.ts";
import { hover } from "../../state/hover.svelte.ts";
import { provideLaterParts } from "./later-parts.svelte.ts";
import { loadDataCodec } from "../../state/data-codec-on-demand.ts";
import { MAX_SVG_POINTS } from "./points.ts";

let loading: Promise<void> | null = null;

/**
 * Whether the state asks for the figures' later parts (later-parts.ts): a model whose points carry a class or of
 * more than two parameters, the reader editing points, a cloud too dense for SVG, a sampled method's batches, or
 * (where `picked` says the page draws it) a point picked, whose line the loss space draws.
 */
function asked(picked: boolean): boolean {
  const model = essay.model;
  return model.data.labelled || model.params.length > 2 || editMode.on || essay.size > MAX_SVG_POINTS ||
    essay.method !== "batch" || (picked && hover.point !== null);
}

/** load() fetches the figures' later parts once and hands them over, with the codec the point editor's edits need for the link. */
function load(): Promise<void> {
  loading ??= Promise.all([import("./later-parts.ts"), loadDataCodec()]).then(([parts]) => provideLaterParts(parts));
  return loading;
}

/**
 * laterPartsOnDemand(picked) loads the figures' later parts when the state first asks for them, not on opening: most
 * links are of the line, with full-batch steps, and nobody edits. It is a promise when the link read just now
 * already asks (the page then hydrates its figures once they have come, so such a link never shows a figure without
 * them), else undefined. On the essay's page the islands further down bring the same parts at idle (islands-later.ts);
 * an embed page has only this. `picked`: the page shows both spaces, so a point picked in one is drawn in the other.
 */
export function laterPartsOnDemand(picked = false): Promise<void> | undefined {
  $effect.root(() => {
    $effect(() => {
      if (asked(picked)) void load();
    });
  });
  return asked(picked) ? load() : undefined;
}
