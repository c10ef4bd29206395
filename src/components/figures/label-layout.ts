/**
 * Labels that never overlap or leave the figure: the bowl's ticks and axis titles move with every turn and
 * tilt, so where each lands is decided as it is drawn. Titles are kept (at the first of their places that is
 * free, else the first, inside the figure); a tick that would cover a label placed before it is left out.
 */

/** A label to place: its anchor point (y at the text's middle), how the text hangs off it, and its size. */
export interface Label {
  readonly x: number;
  readonly y: number;
  readonly anchor: "start" | "middle" | "end";
  readonly width: number;
  readonly height: number;
}

/** A rectangle by its edges, in viewBox units. */
export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** One label's wish: its places in order of preference, and whether it must be shown (a title) or may go (a tick). */
export interface LabelWish {
  readonly places: readonly Label[];
  readonly keep?: boolean;
}

// Source Sans's letters and figures average about half an em; a little more, so an estimate errs towards room.
const EM_PER_CHARACTER = 0.54;

/** textWidth(text, fontPx) is about how wide text is set in the essay's sans face at that size. */
export function textWidth(text: string, fontPx: number): number {
  return text.length * fontPx * EM_PER_CHARACTER;
}

/** lineHeight(fontPx) is the height a line of text covers at that size: the face's ascent and descent. */
export function lineHeight(fontPx: number): number {
  return fontPx * 1.3;
}

/** labelRect(label) is the box the label's text covers. */
export function labelRect(l: Label): Rect {
  const left = l.anchor === "start" ? l.x : l.anchor === "end" ? l.x - l.width : l.x - l.width / 2;
  return { left, top: l.y - l.height / 2, right: left + l.width, bottom: l.y + l.height / 2 };
}

/** within(label, bounds) is the label moved the least to lie inside bounds (kept at its place where it does). */
export function within(l: Label, bounds: Rect): Label {
  const r = labelRect(l);
  const dx = r.left < bounds.left ? bounds.left - r.left : r.right > bounds.right ? bounds.right - r.right : 0;
  const dy = r.top < bounds.top ? bounds.top - r.top : r.bottom > bounds.bottom ? bounds.bottom - r.bottom : 0;
  return dx === 0 && dy === 0 ? l : { ...l, x: l.x + dx, y: l.y + dy };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * placeLabels(wishes, bounds, taken) places each wish in order (earlier ones win): at its first place that,
 * moved inside bounds, covers no rectangle in taken and no label placed before it. A kept wish with no free
 * place takes its first; a tick with none is left out (null).
 */
export function placeLabels(wishes: readonly LabelWish[], bounds: Rect, taken: readonly Rect[] = []): (Label | null)[] {
  const placed: Rect[] = [...taken];
  return wishes.map((wish) => {
    const candidates = wish.places.map((p) => within(p, bounds));
    const free = candidates.find((c) => !placed.some((r) => overlaps(labelRect(c), r)));
    const chosen = free ?? (wish.keep ? candidates[0] : undefined);
    if (!chosen) return null;
    placed.push(labelRect(chosen));
    return chosen;
  });
}
