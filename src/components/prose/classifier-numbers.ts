import { accuracy, classifier, descend, seededRandom, type Theta } from "../../engine/index.ts";
import type { EssayState } from "../../state/essay.svelte.ts";

/** The numbers only a classifier has, by their live names. */
export type ClassifierName = "w1" | "w2" | "c" | "accuracy" | "accuracy0" | "accuracy1" | "min-accuracy" | "w-norm";

/**
 * classifierNumbers(state) is what the chapter on the classifier quotes: the parameters where the descent
 * is, the share of points classified rightly there, at the start, after the first full-batch step and at
 * the lowest point, and the length of the weights. While another model is shown (the reader is in another
 * chapter), they are the classifier's at its start on the points it shows (essay.objectiveOf), so no number of the
 * page is ever blank.
 */
export function classifierNumbers(s: EssayState): Record<ClassifierName, number> {
  const shown = s.model.data.labelled;
  const f = shown ? s.objective : s.objectiveOf(classifier.id);
  const start: Theta = shown ? s.start : f.model.params.map((p) => s.startValue(p.key));
  const now = shown ? s.current : start;
  const first = descend({ objective: f, start, learningRate: s.lr, method: "batch", batchSize: f.n, steps: 1, random: seededRandom(0) });
  const share = (theta: Theta) => accuracy(f.model, f.data, theta) ?? NaN;
  return {
    w1: now[0]!,
    w2: now[1]!,
    c: now[2]!,
    accuracy: share(now),
    accuracy0: share(start),
    accuracy1: first.length > 1 ? share(first.params.map((c) => c[1]!)) : NaN,
    "min-accuracy": f.minimum ? share(f.minimum) : NaN,
    "w-norm": Math.hypot(now[0]!, now[1]!),
  };
}
