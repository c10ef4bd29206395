import type { Dataset } from "./types.ts";
import { classifier } from "./models/classifier.ts";

/** A set of labelled points that teaches one thing, with the words a picker shows for it. */
export interface ClassifierPreset {
  readonly id: "default" | "separable";
  /** A few words for a picker. */
  readonly label: string;
  /** One sentence on what the preset shows. */
  readonly description: string;
  /** make() is the preset's points, or null for the model's generated data (at whatever size the reader picked). */
  readonly make: () => Dataset | null;
}

/** classifierDefault(n) is the first n of the classifier's default points (its own data, from its own seed). */
export function classifierDefault(n: number = classifier.data.n): Dataset {
  const data = { x: new Float64Array(n), y: new Float64Array(n), label: new Uint8Array(n) };
  classifier.data.stream(classifier.data.seed)(data, 0, n);
  return data;
}

/**
 * separable(data) is the points that the lowest point of the cross-entropy on `data` classifies rightly,
 * each coordinate rounded to 0.01 (they read cleanly in a CSV and travel exactly in a link): the best
 * boundary now splits the classes with room to spare, so no lowest point is left. The data must have one.
 */
export function separable(data: Dataset): Dataset {
  const best = classifier.minimum!(data);
  if (!best) throw new RangeError("separable: invalid data; has no lowest point to split it by");
  const label = data.label!;
  const keep = Array.from(data.x.keys()).filter((i) => (classifier.predict(best.theta, data.x[i]!, data.y[i]!) >= 0.5 ? 1 : 0) === label[i]);
  const round = (v: number) => Math.round(v * 100) / 100 + 0;
  return {
    x: Float64Array.from(keep, (i) => round(data.x[i]!)),
    y: Float64Array.from(keep, (i) => round(data.y[i]!)),
    label: Uint8Array.from(keep, (i) => label[i]!),
  };
}

/** The classifier's presets, in the order a picker lists them. */
export const CLASSIFIER_PRESETS: readonly ClassifierPreset[] = [
  {
    id: "default",
    label: "The chapter's points",
    description: "Two classes whose clouds overlap: no straight line splits them, and the loss has a lowest point.",
    make: () => null,
  },
  {
    id: "separable",
    label: "The same points, split cleanly",
    description: "Without the few the best boundary gets wrong, a straight line splits the classes, and the loss falls towards zero for ever.",
    make: () => separable(classifierDefault()),
  },
];
