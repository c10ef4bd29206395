import { FIELDS } from "../../state/fields.ts";

/** Steps between frames while playing: about eight a second, quick enough to see the path form. */
export const PLAY_INTERVAL_MS = 125;

/** The step track's short range: the first hundred steps, where nearly all the movement happens. */
export const SHORT_TRACK = 100;

/** trackMax(step) is the step track's upper end: the first hundred steps, or every step once past them. */
export function trackMax(step: number): number {
  return step <= SHORT_TRACK ? SHORT_TRACK : FIELDS.step.max;
}

/** canAdvance(step, diverged) says whether another step can be shown: not past the last, not after divergence. */
export function canAdvance(step: number, diverged: boolean): boolean {
  return !diverged && step < FIELDS.step.max;
}

/**
 * playsOn(step, diverged, settled) says whether play takes another step: as canAdvance, and not once the
 * descent has settled (the step from which it no longer moves, or null), so play does not run on to the
 * last step showing nothing change.
 */
export function playsOn(step: number, diverged: boolean, settled: number | null): boolean {
  return canAdvance(step, diverged) && (settled === null || step < settled);
}

/** playFrom(step, diverged, settled) is where play starts: here, or from the beginning when play has nowhere left to go. */
export function playFrom(step: number, diverged: boolean, settled: number | null = null): number {
  return playsOn(step, diverged, settled) ? step : 0;
}

/** The keys a range input answers itself, moving its value: those the step track hands on at the pacer's pace. */
export const TRACK_KEYS: ReadonlySet<string> = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "PageUp", "PageDown", "Home", "End"]);

/** The player's keyboard shortcuts, active while focus is inside the player. */
export const PLAYER_KEYS = { previous: ",", next: ".", play: "k" } as const;
