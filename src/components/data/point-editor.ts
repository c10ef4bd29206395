import type { Dataset } from "../../engine/index.ts";
import { formatNumber, grouped } from "../../format/numbers.ts";

/** How far an arrow key moves the picked point, in data units; Shift moves ten times as far. */
export const KEY_STEP = 0.1;

/** How long a touch must rest on a point before it removes the point, in milliseconds. */
export const LONG_PRESS_MS = 500;

/** How far, in CSS pixels, a pressed pointer may wander before the press counts as a drag. */
export const DRAG_SLOP_PX = 4;

/** What a key asks of the point editor. */
export type EditKey =
  | { readonly kind: "move"; readonly dx: number; readonly dy: number }
  | { readonly kind: "pick"; readonly to: "next" | "previous" | "first" | "last" }
  | { readonly kind: "remove" }
  | { readonly kind: "add" }
  | { readonly kind: "switch" }
  | { readonly kind: "release" };

/**
 * editKey(event) reads a key in the point editor: arrows move the picked point (Shift: ten times as far),
 * Page Up/Down and Home/End pick another, Delete or Backspace removes it, A or Insert adds a point,
 * C switches its class (points with a class only), Escape lets go. Null for any other key, and for
 * anything with Ctrl, Cmd or Alt (the page's shortcuts).
 */
export function editKey(event: { key: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): EditKey | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const step = KEY_STEP * (event.shiftKey ? 10 : 1);
  switch (event.key) {
    case "ArrowLeft": return { kind: "move", dx: -step, dy: 0 };
    case "ArrowRight": return { kind: "move", dx: step, dy: 0 };
    case "ArrowDown": return { kind: "move", dx: 0, dy: -step };
    case "ArrowUp": return { kind: "move", dx: 0, dy: step };
    case "PageUp": return { kind: "pick", to: "next" };
    case "PageDown": return { kind: "pick", to: "previous" };
    case "Home": return { kind: "pick", to: "first" };
    case "End": return { kind: "pick", to: "last" };
    case "Delete":
    case "Backspace": return { kind: "remove" };
    case "a":
    case "A":
    case "Insert": return { kind: "add" };
    case "c":
    case "C": return { kind: "switch" };
    case "Escape": return { kind: "release" };
    default: return null;
  }
}

/** pickIn(order, selected, to) is the point to pick next, walking the points in order of x. */
export function pickIn(order: Int32Array, selected: number | null, to: "next" | "previous" | "first" | "last"): number | null {
  if (order.length === 0) return null;
  const rank = selected === null ? -1 : order.indexOf(selected);
  const last = order.length - 1;
  const r = to === "first" ? 0 : to === "last" ? last : to === "next" ? Math.min(last, rank + 1) : rank < 0 ? 0 : Math.max(0, rank - 1);
  return order[r]!;
}

/**
 * afterRemoval(order, removed) is the point to pick once point `removed` is gone: its neighbour to the
 * right in x (else to the left), numbered as in the data without it; null when none is left.
 */
export function afterRemoval(order: Int32Array, removed: number): number | null {
  const rank = order.indexOf(removed);
  const next = order[rank + 1] ?? order[rank - 1];
  if (next === undefined) return null;
  return next > removed ? next - 1 : next;
}

/** freeSpot(data, x, y) is (x, y), or the first spot a quarter step to the right that no point takes yet. */
export function freeSpot(data: Dataset, x: number, y: number): { x: number; y: number } {
  let fx = x;
  const taken = (px: number) => data.x.some((xi, i) => xi === px && data.y[i] === y);
  for (let tries = 0; tries < 40 && taken(fx); tries++) fx = Number((fx + 0.25).toFixed(2));
  return { x: fx, y };
}

/** "(1.20, 4.50)": a point as the editor's messages print it. */
export function pointText(x: number, y: number): string {
  return `(${formatNumber(x, 2)}, ${formatNumber(y, 2)})`;
}

/** movedText(i, x, y) is "Moved point 3 to (1.20, 4.50)." for the data index i. */
export function movedText(i: number, x: number, y: number): string {
  return `Moved point ${i + 1} to ${pointText(x, y)}.`;
}

/** addedText(i, x, y, n, label) is "Added point 41 at (1.20, 4.50); 41 points now.", with ", in class 1" for a point with a class. */
export function addedText(i: number, x: number, y: number, n: number, label?: number): string {
  return `Added point ${i + 1} at ${pointText(x, y)}${label === undefined ? "" : `, in class ${label}`}; ${pointsText(n)} now.`;
}

/** removedText(i, x, y, n) is "Removed point 3, at (1.20, 4.50); 39 points left." */
export function removedText(i: number, x: number, y: number, n: number): string {
  return `Removed point ${i + 1}, at ${pointText(x, y)}; ${pointsText(n)} left.`;
}

/** refusedText(i, why) is "Point 3 stays where it was: " and the reason the edit was refused. */
export function refusedText(i: number, why: string): string {
  return `Point ${i + 1} stays where it was: ${why}`;
}

function pointsText(n: number): string {
  return `${grouped(n)} ${n === 1 ? "point" : "points"}`;
}

