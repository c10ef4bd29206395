import type { Model } from "./types.ts";
import { line } from "./line.ts";
import { valleys } from "./valleys.ts";
import { classifier } from "./classifier.ts";

/** Every model a link may name, in the order the essay introduces them; the first is the default. */
export const MODELS: readonly Model[] = [line, valleys, classifier];

/** modelFor(id) is the model a link names, or undefined for any other string. */
export function modelFor(id: string): Model | undefined {
  return MODELS.find((m) => m.id === id);
}
