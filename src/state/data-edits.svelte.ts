import type { Dataset } from "../engine/index.ts";
import { essay } from "./essay.svelte.ts";
import type { DataChange, EssayState } from "./essay.svelte.ts";
import { History } from "./history.svelte.ts";
import { mostPoints } from "./data-limits.ts";
import { sameData } from "./point-edits.ts";
import { grouped } from "../format/numbers.ts";
import { editMode } from "./edit-mode.svelte.ts";

/** What an edit did: the data change it made, or why it was refused (the data on screen is then unchanged). */
export type EditResult = ({ readonly ok: true } & DataChange) | { readonly ok: false; readonly error: string };

/** One state of the reader's data in the undo line, and whether rounding it for the link moved a value. */
interface Snapshot {
  readonly custom: Dataset | null;
  readonly rounded: boolean;
}

/**
 * The reader's edits of the data, with undo and redo, around essay.setData. A finished edit is one undo
 * step: a dragged point while it moves updates the data live (dragTo) but is recorded once, on release
 * (endDrag). Edits that would leave no single best line (fewer than 2 points, or one x for all) are refused.
 * Changes made elsewhere (a link, another control) are adopted as a step of their own before the next edit.
 * Each model has its own line of edits: undo in one chapter never reaches the points of another's model.
 *
 * Written by: the data-space point editor and the data panel. Read by: their undo and redo buttons and
 * status lines (canUndo, canRedo, rounded, message).
 */
export class DataEdits {
  #essay: EssayState;
  readonly #histories = new Map<string, History<Snapshot>>();
  /** The data before the drag under way (null: the generated data), or undefined when there is no drag. */
  #dragBase = $state.raw<Dataset | null | undefined>(undefined);
  #dragRounded = false;
  /** The last edit or refusal in words, for a polite status line. Written by the editors that make the edits (edit-mode.svelte.ts holds it). */
  get message(): string {
    return editMode.message;
  }
  set message(text: string) {
    editMode.message = text;
  }
  /** True while the data-space figure's points can be dragged, added and removed. Written by its toggle (edit-mode.svelte.ts holds it). */
  get pointsEditable(): boolean {
    return editMode.on;
  }
  set pointsEditable(on: boolean) {
    editMode.on = on;
  }

  constructor(state: EssayState) {
    this.#essay = state;
  }

  /** The current model's line of edits, started from what it shows the first time it is asked for. */
  get #history(): History<Snapshot> {
    const id = this.#essay.model.id;
    let history = this.#histories.get(id);
    if (!history) {
      history = new History<Snapshot>({ custom: this.#essay.custom, rounded: false });
      this.#histories.set(id, history);
    }
    return history;
  }

  /** True when undo() has an edit to take back. */
  get canUndo(): boolean {
    return this.#history.canUndo;
  }

  /** True when redo() has an undone edit to make again. */
  get canRedo(): boolean {
    return this.#history.canRedo;
  }

  /** True when the points shown were rounded to 0.001 to travel in the link. */
  get rounded(): boolean {
    const present = this.#history.present;
    return present.rounded && sameData(present.custom, this.#essay.custom);
  }

  /** True while a drag is under way. Reactive, so costly work (timing, say) can wait until the data settles. */
  get dragging(): boolean {
    return this.#dragBase !== undefined;
  }

  /** Shows next (null: the generated data) as one undoable edit, unless it leaves no single best line. */
  apply(next: Dataset | null): EditResult {
    this.endDrag();
    this.#adopt();
    const result = this.#set(next);
    if (result.ok) this.#record(result.rounded);
    return result;
  }

  /**
   * Starts a drag: the moves that follow show at once and become one undo step when it ends. Rescaled x
   * holds still meanwhile, so the other points stay where they are while one moves.
   */
  beginDrag(): void {
    if (this.dragging) return;
    this.#adopt();
    this.#dragBase = this.#essay.custom;
    this.#dragRounded = false;
    this.#essay.holdScaling();
  }

  /** Shows next during a drag (or as a whole edit when no drag is under way), unless it leaves no best line. */
  dragTo(next: Dataset): EditResult {
    if (!this.dragging) return this.apply(next);
    const result = this.#set(next);
    if (result.ok) this.#dragRounded = result.rounded;
    return result;
  }

  /** Ends the drag and records it as one edit; false when there was none or it changed nothing. */
  endDrag(): boolean {
    if (this.#dragBase === undefined) return false;
    this.#dragBase = undefined;
    this.#essay.releaseScaling();
    return this.#record(this.#dragRounded);
  }

  /** Ends the drag without keeping it: the data goes back to what it was before the drag. */
  cancelDrag(): void {
    if (this.#dragBase === undefined) return;
    this.#essay.setData(this.#dragBase);
    this.#dragBase = undefined;
    this.#essay.releaseScaling();
  }

  /** Takes back the last edit; false when there is none. */
  undo(): boolean {
    this.endDrag();
    this.#adopt();
    const snapshot = this.#history.undo();
    if (snapshot) this.#essay.setData(snapshot.custom);
    return snapshot !== null;
  }

  /** Makes the last undone edit again; false when there is none. */
  redo(): boolean {
    this.endDrag();
    this.#adopt();
    const snapshot = this.#history.redo();
    if (snapshot) this.#essay.setData(snapshot.custom);
    return snapshot !== null;
  }

  #set(next: Dataset | null): EditResult {
    if (next !== null) {
      const most = mostPoints(this.#essay.model);
      if (next.x.length > most) return { ok: false, error: `The data can have at most ${grouped(most)} points.` };
      const problem = this.#essay.objectiveFor(next).problem;
      if (problem) return { ok: false, error: problem };
    }
    return { ok: true, ...this.#essay.setData(next) };
  }

  /** Pushes what the essay shows now as a new undo step, unless it is what the present step already shows. */
  #record(rounded: boolean): boolean {
    const custom = this.#essay.custom;
    if (sameData(custom, this.#history.present.custom)) return false;
    this.#history.push({ custom, rounded });
    return true;
  }

  /** Takes in a change made elsewhere: before any edit it becomes the start of the line, after one a step. */
  #adopt(): void {
    const custom = this.#essay.custom;
    if (sameData(custom, this.#history.present.custom)) return;
    const snapshot = { custom, rounded: false };
    if (this.#history.canUndo || this.#history.canRedo) this.#history.push(snapshot);
    else this.#history.reset(snapshot);
  }
}

/** The essay's one data editor, shared by the figure and the data panel. */
export const dataEdits = new DataEdits(essay);
