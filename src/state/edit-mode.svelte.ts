/**
 * Whether the data space's points can be dragged, added and removed: written by its "edit points" toggle (through
 * dataEdits.pointsEditable) and Start over; read by the figures, and by what loads the point editor when it turns on
 * (later-parts-on-demand.svelte.ts). Apart from the editor's undo line (data-edits.svelte.ts), so an embed page of a
 * figure without points to edit does not load that to ask.
 */
class EditMode {
  on = $state(false);
}

/** The page's one edit mode. */
export const editMode = new EditMode();
