import { DEFAULTS, type EssayParams } from "../../state/fields.ts";

/**
 * What each chapter shows when the reader arrives at it: the article's start, then its first step.
 * The playground (your-turn) has no scene: it keeps whatever the reader has set up.
 */
export const SCENES: Readonly<Record<string, EssayParams>> = {
  "two-spaces": DEFAULTS,
  landscape: DEFAULTS,
  "why-not-look": DEFAULTS,
  "starting-somewhere": DEFAULTS,
  "one-step": { ...DEFAULTS, step: 1 },
  "full-batch": { ...DEFAULTS, step: 1 },
};

/** sceneFor(anchor) is the state a chapter sets when the reader reaches it, or null if it sets none. */
export function sceneFor(anchor: string | null): EssayParams | null {
  return anchor !== null && Object.hasOwn(SCENES, anchor) ? SCENES[anchor]! : null;
}
