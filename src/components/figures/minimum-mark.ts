/**
 * Where the loss space's marks of the bottom lie: the minimum's cross with its label, and the numbered
 * crosses of the other valleys. The markers draw them (LossSpace.Markers); the rings' labels keep clear of
 * them, so a ring's loss never prints over the cross or the words "global minimum".
 */
import { labelRect, lineHeight, textWidth, type Rect } from "./label-layout.ts";
import type { Point } from "./geometry.ts";

/** The minimum's label's size in px (its weight is 600: a little wider than textWidth's estimate, see BOLD). */
export const MINIMUM_FONT_PX = 12;
/** A valley's number's size in px. */
export const VALLEY_FONT_PX = 10;
// Semibold figures and letters run about a tenth wider than the regular ones textWidth is sized for.
const BOLD = 1.1;
// Half the cross's size with its stroke: the minimum's arms reach 6 (stroke 3), a valley's 4 (stroke 2).
const MINIMUM_REACH = 8;
const VALLEY_REACH = 5;

/** minimumText(valleyCount, label) is what the minimum's mark says: the lowest of several valleys is numbered 1. */
export function minimumText(valleyCount: number, label: string): string {
  return valleyCount > 1 ? "1: global minimum" : label;
}

/** labelOnLeft(minimum, right) is true near the plot's right edge, where the label turns to the mark's left. */
export function labelOnLeft(minimum: Point, right: number): boolean {
  return minimum.x > right - 70;
}

/** offPlaneAnchor(across) is how a label under the mark hangs, turned to stay inside the plot near either edge. */
export function offPlaneAnchor(across: number): "start" | "middle" | "end" {
  return across < 0.25 ? "start" : across > 0.75 ? "end" : "middle";
}

const square = (p: Point, reach: number): Rect => ({ left: p.x - reach, top: p.y - reach, right: p.x + reach, bottom: p.y + reach });

/**
 * markRects(minimum, valleys, label, right, across) is what the bottom's marks cover, in viewBox units: the
 * minimum's cross and its label (beside it on one line, or under it on two: see LossSpace.Markers), and each
 * other valley's cross and number. valleys are every valley's bottom, the lowest (the minimum's) first.
 */
export function markRects(minimum: Point | null, valleys: readonly Point[], label: string, right: number, across: number): Rect[] {
  const rects: Rect[] = [];
  if (minimum) {
    rects.push(square(minimum, MINIMUM_REACH));
    const lines = label.split(", ");
    if (lines.length < 2) {
      const text = minimumText(valleys.length, label);
      const left = labelOnLeft(minimum, right);
      // Its baseline 7 above the mark: the letters' middle is about a third of the size above that.
      rects.push(labelRect({ x: minimum.x + (left ? -9 : 9), y: minimum.y - 7 - MINIMUM_FONT_PX / 3, anchor: left ? "end" : "start", width: BOLD * textWidth(text, MINIMUM_FONT_PX), height: lineHeight(MINIMUM_FONT_PX) }));
    } else {
      const anchor = offPlaneAnchor(across);
      const x = minimum.x + (anchor === "start" ? -6 : anchor === "end" ? 6 : 0);
      const width = BOLD * Math.max(...lines.map((l) => textWidth(l, MINIMUM_FONT_PX)));
      // First baseline 19 under the mark, the next 1.1 em lower.
      const top = minimum.y + 19 - MINIMUM_FONT_PX;
      const height = MINIMUM_FONT_PX * (1 + 1.1 * (lines.length - 1)) + 4;
      rects.push(labelRect({ x, y: top + height / 2, anchor, width, height }));
    }
  }
  valleys.slice(1).forEach((v, k) => {
    rects.push(square(v, VALLEY_REACH));
    rects.push(labelRect({ x: v.x + 6, y: v.y - 5 - VALLEY_FONT_PX / 3, anchor: "start", width: BOLD * textWidth(String(k + 2), VALLEY_FONT_PX), height: lineHeight(VALLEY_FONT_PX) }));
  });
  return rects;
}
