import type { Dataset } from "../engine/index.ts";
import { MAX_COORDINATE } from "./data-limits.ts";

/** Edited coordinates snap to this step: fine enough to put a point anywhere, short in a CSV or a link. */
export const EDIT_QUANTUM = 0.01;

/** snapCoordinate(v) is v on the 0.01 grid within ±MAX_COORDINATE, with no −0 and no 0.1 + 0.2 drift. */
export function snapCoordinate(v: number): number {
  const clamped = Math.min(MAX_COORDINATE, Math.max(-MAX_COORDINATE, v));
  // Through a decimal string, so 1.1 + 0.1 is 1.2 and not 1.2000000000000002.
  return Number((Math.round(clamped / EDIT_QUANTUM) * EDIT_QUANTUM).toFixed(2)) + 0;
}

/** movePoint(data, i, x, y) is a copy of the data with point i at (x, y), keeping every point's class. */
export function movePoint(data: Dataset, i: number, x: number, y: number): Dataset {
  const moved = { x: Float64Array.from(data.x), y: Float64Array.from(data.y) };
  moved.x[i] = x;
  moved.y[i] = y;
  return data.label ? { ...moved, label: data.label.slice() } : moved;
}

/** addPoint(data, x, y, label) is a copy of the data with (x, y) appended as the last point, of class `label` when the points have one. */
export function addPoint(data: Dataset, x: number, y: number, label = 0): Dataset {
  const n = data.x.length;
  const grown = { x: new Float64Array(n + 1), y: new Float64Array(n + 1) };
  grown.x.set(data.x);
  grown.y.set(data.y);
  grown.x[n] = x;
  grown.y[n] = y;
  if (!data.label) return grown;
  const labels = new Uint8Array(n + 1);
  labels.set(data.label);
  labels[n] = label;
  return { ...grown, label: labels };
}

/** removePoint(data, i) is a copy of the data without point i; the points after it move down one place. */
export function removePoint(data: Dataset, i: number): Dataset {
  const keep = (_: number, j: number) => j !== i;
  const kept = { x: data.x.filter(keep), y: data.y.filter(keep) };
  return data.label ? { ...kept, label: data.label.filter(keep) } : kept;
}

/** switchClass(data, i) is a copy of the data with point i in the other class (points with a class only). */
export function switchClass(data: Dataset, i: number): Dataset {
  const label = Uint8Array.from(data.label ?? [], (k, j) => (j === i ? 1 - k : k));
  return { x: data.x, y: data.y, label };
}

/** sameData(a, b) is true when both are null or both hold the same points, with the same classes, in the same order. */
export function sameData(a: Dataset | null, b: Dataset | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.x.length !== b.x.length || !a.label !== !b.label) return false;
  for (let i = 0; i < a.x.length; i++) if (a.x[i] !== b.x[i] || a.y[i] !== b.y[i] || a.label?.[i] !== b.label?.[i]) return false;
  return true;
}
