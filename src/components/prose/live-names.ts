import type { Quantity } from "../../format/numbers.ts";

/**
 * Numbers the prose quotes beyond the shared live quantities: the start's loss and gradient, the
 * first full-batch step from the start and its angle to the way to the bottom, the bottom of the bowl
 * and the sums its closed form takes, the learning rates past which the full batch zigzags and
 * diverges, the bowl's condition number with the best rate and the steps that rate needs, how x is
 * rescaled and the bottom back in x's own units, the first point worked through and seen as a line,
 * the wave's valleys (see WAVE), and a classifier's share of points classified rightly at the start,
 * after the first step and at the bottom, and the length of its weights.
 */
export type ProseQuantity =
  | "start-m" | "start-b" | "loss0" | "grad-m0" | "grad-b0"
  | "m1" | "b1" | "loss1" | "aim0"
  | "min-m" | "min-b" | "min-loss" | "mean-x" | "mean-y" | "sxx" | "sxy"
  | "curvature" | "lr-zigzag" | "lr-limit"
  | "lambda-min" | "condition" | "lr-best" | "steps-needed"
  | "x-shift" | "x-scale" | "own-min-m" | "own-min-b"
  | "x1" | "y1" | "pred1" | "resid1" | "sq1" | "gap1"
  | "seed"
  | "steps-gd" | "steps-momentum" | "steps-adam"
  | "valleys" | "lowest-w" | "lowest-a" | "lowest-loss" | "end-w" | "end-a" | "end-loss" | "end-fate"
  | "accuracy0" | "accuracy1" | "min-accuracy" | "w-norm";

/**
 * Any number the prose can show live, by its `data-quantity` name. The start (m0, b0) is shown as a
 * scrubbable slider wherever it can be; where it cannot (inside a formula) it is start-m / start-b.
 */
export type LiveName = Exclude<Quantity, "m0" | "b0"> | ProseQuantity;

/** Every live name, in a fixed order (the shared quantities first). */
export const LIVE_NAMES: readonly LiveName[] = [
  "m", "b", "loss", "grad-m", "grad-b", "lr", "step", "n", "batch",
  "start-m", "start-b", "loss0", "grad-m0", "grad-b0", "m1", "b1", "loss1", "aim0", "min-m", "min-b", "min-loss",
  "mean-x", "mean-y", "sxx", "sxy", "curvature", "lr-zigzag", "lr-limit", "lambda-min", "condition", "lr-best",
  "steps-needed", "x-shift", "x-scale", "own-min-m", "own-min-b", "x1", "y1", "pred1", "resid1", "sq1", "gap1", "seed",
  "steps-gd", "steps-momentum", "steps-adam",
  "w1", "w2", "c", "accuracy",
  "valleys", "lowest-w", "lowest-a", "lowest-loss", "end-w", "end-a", "end-loss", "end-fate",
  "accuracy0", "accuracy1", "min-accuracy", "w-norm",
];

/**
 * The model the chapter on many valleys is about. Its numbers (its valleys, and where descent from its start
 * comes to rest) are always of this model, on its own points, whichever model the figures show.
 */
export const WAVE = "valleys";

/** The live names that are always of one model whatever the figures show (chapter 7's wave, chapter 8's classifier), by that model. */
const ABOUT: Partial<Record<LiveName, string>> = Object.fromEntries([
  ...(["valleys", "lowest-w", "lowest-a", "lowest-loss", "end-w", "end-a", "end-loss", "end-fate"] as const).map((name) => [name, WAVE]),
  ...(["w1", "w2", "c", "accuracy", "accuracy0", "accuracy1", "min-accuracy", "w-norm"] as const).map((name) => [name, "classifier"]),
]);

/** The live names that are the figures' own quantities (the shared state's, read as they are: state/quantities.ts). */
export const SHARED_NAMES: ReadonlySet<LiveName> = new Set<LiveName>(["m", "b", "loss", "grad-m", "grad-b", "lr", "step", "n", "batch", "w1", "w2", "c", "accuracy"]);

/** aboutModel(name) is the model a live number is always about (its maths must be there to compute it), or null for the figures' own. */
export function aboutModel(name: LiveName): string | null {
  return ABOUT[name] ?? null;
}

/** isLiveName(name) says whether a string names a live number. */
export function isLiveName(name: string): name is LiveName {
  return (LIVE_NAMES as readonly string[]).includes(name);
}

/** The live names whose texts are words, not numbers: shown with data-words instead of data-quantity. */
export const LIVE_WORDS: ReadonlySet<LiveName> = new Set<LiveName>(["end-fate"]);
