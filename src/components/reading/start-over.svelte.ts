import { DEFAULTS, essay, serializeQuery } from "../../state/index.ts";
import { editMode } from "../../state/edit-mode.svelte.ts";
import type { Dataset } from "../../engine/index.ts";
import { handOnKeys } from "../scheduling/pending-keys.ts";

/** What Start over replaced, to put back: the settings, every model's points, the place in the page. */
interface Before {
  readonly params: typeof DEFAULTS;
  readonly points: ReadonlyMap<string, Dataset | null>;
  readonly editing: boolean;
  readonly scroll: number;
}

/**
 * Start over and its undo: the essay back at the article's state (its line from m = −0.3, b = 2.5 on its
 * own points, every setting and view at its default, every model's points its own again, the top of the
 * page), with the reader's state kept
 * so one press of Undo puts it all back. Written by the Start over button; read by the notice banner,
 * which offers Undo while nothing has changed since.
 */
class StartOver {
  #before = $state.raw<Before | null>(null);
  // The state Start over left, as a link: once the state is another, Undo is no longer offered.
  #after = "";

  /** True while Undo can bring back what Start over replaced: nothing has changed since. */
  readonly undoable = $derived(this.#before !== null && serializeQuery(essay.params) === this.#after);

  /** Returns everything to the article's state and scrolls to the top, keeping what was there for undo(). */
  run(): void {
    // A key pressed just before is the reader's too: kept for undo(), not laid over the article's state after.
    handOnKeys();
    this.#before = {
      params: essay.params, points: essay.ownPoints(), editing: editMode.on, scroll: window.scrollY,
    };
    editMode.on = false;
    essay.notices = [];
    // Every model's points, not only the shown one's: the later chapters' figures are the article's too.
    for (const id of this.#before.points.keys()) essay.setDataOf(id, null);
    essay.setParams(DEFAULTS);
    this.#after = serializeQuery(essay.params);
    window.scrollTo({ top: 0 });
  }

  /** Puts back what the last Start over replaced (settings, points, edit mode, scroll) and forgets it. */
  undo(): void {
    const before = this.#before;
    if (!before) return;
    handOnKeys();
    this.#before = null;
    for (const [id, points] of before.points) essay.setDataOf(id, points);
    essay.setParams(before.params, { keepData: true });
    editMode.on = before.editing;
    window.scrollTo({ top: before.scroll });
  }

  /** Forgets the state Start over replaced: the notice goes. */
  dismiss(): void {
    this.#before = null;
  }
}

/** The page's one Start over. */
export const startOver = new StartOver();
