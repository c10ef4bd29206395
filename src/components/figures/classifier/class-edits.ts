import type { Dataset } from "../../../engine/index.ts";

// What the point editor says and does for points with a class (DataSpace.Editor takes them as `classes`):
// loaded with the classifier's figure parts (parts.ts).

/** keptClassText(i, why) is "Point 3 keeps its class: " and the reason the switch was refused. */
export function keptClassText(i: number, why: string): string {
  return `Point ${i + 1} keeps its class: ${why}`;
}

/** switchedText(i, label) is "Point 3 is now in class 1." */
export function switchedText(i: number, label: number): string {
  return `Point ${i + 1} is now in class ${label}.`;
}

/** nearestClass(data, x, y) is the class of the point nearest (x, y), which a point added there takes; 0 with none. */
export function nearestClass(data: Dataset, x: number, y: number): number {
  let best = Infinity, label = 0;
  for (let i = 0; i < data.x.length; i++) {
    const d = (data.x[i]! - x) ** 2 + (data.y[i]! - y) ** 2;
    if (d < best) [best, label] = [d, data.label?.[i] ?? 0];
  }
  return label;
}

/** What the figure says while points with a class are editable and none is picked. */
export const CLASS_EDIT_HINT =
  "Drag a point to move it, tap it to switch its class, press on empty space to add one, and Alt- or Shift-click a point " +
  "(or rest a finger on it) to remove it. By keyboard: Page Up and Page Down pick a point, the arrows move it, C switches its class, " +
  "Delete removes it and A adds one.";
