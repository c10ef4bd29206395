/**
 * Whether the data space's points can be dragged, added and removed: written by its "edit points" toggle and Start
 * over; read by the figures, and by what loads the point editor when it turns on (later-parts-on-demand.svelte.ts).
 * Apart from the editor's undo line (data-edits.svelte.ts), which comes with the point editor: the figures ask here
 * and so load nothing of it on opening.
 */
class EditMode {
  on = $state(false);
  /** The last edit or refusal in words, for the data space's polite status line: written by the point editor, the undo keys and the toggle. */
  message = $state("");
}

/** The page's one edit mode. */
export const editMode = new EditMode();
