import { dataEdits } from "../../state/data-edits.svelte.ts";

/**
 * undoKeys(event) runs Ctrl/Cmd+Z as undo and Shift+Ctrl/Cmd+Z or Ctrl+Y as redo of a data edit and says what
 * it did, or returns null for any other key. Text boxes keep the keys for their own undo.
 */
export function undoKeys(event: KeyboardEvent): string | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const target = event.target;
  if (target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type === "text")) return null;
  const key = event.key.toLowerCase();
  const redo = (key === "z" && event.shiftKey) || (key === "y" && !event.shiftKey);
  if (!redo && !(key === "z" && !event.shiftKey)) return null;
  event.preventDefault();
  if (redo) return dataEdits.redo() ? "Redid the last data edit." : "There is no data edit to redo.";
  return dataEdits.undo() ? "Undid the last data edit." : "There is no data edit to undo.";
}
