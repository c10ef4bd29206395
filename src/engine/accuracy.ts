import type { Dataset } from "./types.ts";
import type { Model, Theta } from "./models/types.ts";

/**
 * accuracy(model, data, θ) is the share of the points whose class the model gets right, predicting class 1
 * where P(class 1) is at least ½; null when the points carry no class (a regression's data).
 */
export function accuracy(model: Model, data: Dataset, theta: Theta): number | null {
  const label = data.label;
  const n = data.x.length;
  if (!label || n === 0) return null;
  let right = 0;
  for (let i = 0; i < n; i++) if ((model.predict(theta, data.x[i]!, data.y[i]!) >= 0.5 ? 1 : 0) === label[i]) right++;
  return right / n;
}
