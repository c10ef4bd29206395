/** How many edits can be undone unless told otherwise; older ones are forgotten. */
export const HISTORY_LIMIT = 100;

/**
 * Undo and redo for the reader's data edits: a line of snapshots and a cursor at the present one.
 * Call push(next) once per finished edit (a drag on release, not on every move; an added or removed point;
 * an accepted paste; a preset); undo() and redo() return the snapshot to show, or null when there is none.
 * Snapshots are kept as given, never copied, so they must never be mutated (make a new Dataset per edit).
 * T excludes null so that null always means "nothing to undo"; wrap a nullable state, e.g. { custom: Dataset | null }.
 *
 * Written by: the data editor. Read by: its undo and redo buttons (canUndo, canRedo).
 */
export class History<T extends {}> {
  #snapshots = $state.raw<readonly T[]>([]);
  #index = $state(0);
  readonly #limit: number;

  /** Starts with initial as the present and nothing to undo; keeps at most limit undo steps. */
  constructor(initial: T, limit: number = HISTORY_LIMIT) {
    this.#snapshots = [initial];
    this.#limit = Math.max(1, Math.floor(limit));
  }

  /** The snapshot shown now. */
  get present(): T {
    return this.#snapshots[this.#index]!;
  }

  /** True when undo() has a snapshot to go back to. */
  readonly canUndo = $derived(this.#index > 0);
  /** True when redo() has an undone snapshot to bring back. */
  readonly canRedo = $derived(this.#index < this.#snapshots.length - 1);

  /** Records snapshot as the new present after an edit; what was undone can no longer be redone. */
  push(snapshot: T): void {
    const kept = [...this.#snapshots.slice(0, this.#index + 1), snapshot];
    this.#snapshots = kept.slice(-(this.#limit + 1));
    this.#index = this.#snapshots.length - 1;
  }

  /** Steps back one edit and returns the snapshot to show, or null when there is nothing to undo. */
  undo(): T | null {
    if (this.#index === 0) return null;
    this.#index--;
    return this.present;
  }

  /** Steps forward again after an undo and returns the snapshot to show, or null when there is nothing to redo. */
  redo(): T | null {
    if (this.#index === this.#snapshots.length - 1) return null;
    this.#index++;
    return this.present;
  }

  /** Forgets every edit and starts again from snapshot, as when a link's data is loaded. */
  reset(snapshot: T): void {
    this.#snapshots = [snapshot];
    this.#index = 0;
  }
}
