import { untrack } from "svelte";
import type { Theta } from "../../engine/index.ts";
import { inputsOf, type EssayState } from "../../state/index.ts";

/** How long one step's glide lasts. */
export const STEP_GLIDE_MS = 220;

/**
 * A step that comes sooner than this after the one before lands at once: under a held key (a step every 30
 * to 50 ms) a glide would never finish, and each of its frames redraws both figures, so the figures would
 * draw three times a press and the keys wait for them. Playing (a step every 125 ms) still glides.
 */
export const HELD_STEP_MS = STEP_GLIDE_MS / 2;

interface Glide {
  readonly from: Theta;
  readonly to: Theta;
  /** The lower of the two trajectory indices: the path is complete up to here. */
  readonly settled: number;
  readonly t: number;
}

/**
 * The parameters the figures draw: the essay's current point, except that a single step forward or back
 * glides there over STEP_GLIDE_MS instead of jumping (not under prefers-reduced-motion, nor under a held
 * key: see HELD_STEP_MS). Anything else (scrubbing the start, the rate, a jump of many steps) shows at once, in the same frame.
 * Create it while a component initialises; it reads the essay state and writes only itself.
 */
export class StepMotion {
  #essay: EssayState;
  #glide = $state.raw<Glide | null>(null);
  #frame = 0;
  #lastKey = "";
  #lastIndex = -1;
  #lastAt = -Infinity;
  #lastShown: Theta | null = null;
  #lastData: unknown = null;
  /** The parameters to draw now. */
  readonly params: Theta;
  /** How many trajectory points are reached in full: the path runs through them, then on to `params`. */
  readonly settled: number;

  constructor(essay: EssayState) {
    this.#essay = essay;
    this.params = $derived.by(() => {
      const g = this.#glide;
      if (!g) return this.#essay.current;
      return g.from.map((v, k) => v + (g.to[k]! - v) * g.t);
    });
    this.settled = $derived(this.#glide ? this.#glide.settled : this.#essay.index);
    $effect(() => {
      const key = descentKey(essay);
      const data = essay.data;
      const index = essay.index;
      const to = essay.current;
      // Only the essay's inputs trigger this; the glide it writes must not.
      untrack(() => this.#follow(key, data, index, to));
    });
    $effect(() => () => cancelAnimationFrame(this.#frame));
  }


  #follow(key: string, data: unknown, index: number, to: Theta): void {
    const from = this.#lastShown;
    const same = key === this.#lastKey && data === this.#lastData;
    const now = performance.now();
    const held = now - this.#lastAt < HELD_STEP_MS;
    this.#lastAt = now;
    // The media query last: a scrub of the start (every key press) never asks it.
    const glides = from !== null && same && Math.abs(index - this.#lastIndex) === 1 && !held && !reducedMotion();
    const settled = Math.min(index, this.#lastIndex);
    this.#lastKey = key;
    this.#lastData = data;
    this.#lastIndex = index;
    this.#lastShown = to;
    cancelAnimationFrame(this.#frame);
    if (!glides) {
      if (this.#glide) this.#glide = null;
      return;
    }
    const begin = now;
    const tick = (now: number) => {
      const t = Math.min(1, (now - begin) / STEP_GLIDE_MS);
      this.#glide = t < 1 ? { from, to, settled, t: ease(t) } : null;
      if (t < 1) this.#frame = requestAnimationFrame(tick);
    };
    this.#glide = { from, to, settled, t: 0 };
    this.#frame = requestAnimationFrame(tick);
  }
}

/** Whether the reader asks for less motion, read when a step is taken (a plain query: no store to ship). */
function reducedMotion(): boolean {
  return matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/** The inputs whose change means a different path (the field table's "path" and "data" fields), which never glides. */
function descentKey(s: EssayState): string {
  return inputsOf(s.params, ["path", "data"]).join(" ");
}

function ease(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}
