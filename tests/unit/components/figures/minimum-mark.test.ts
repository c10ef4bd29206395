import { expect, test } from "vitest";
import { labelOnLeft, markRects, minimumText, offPlaneAnchor } from "../../../../src/components/figures/minimum-mark.ts";

const inside = (p: { x: number; y: number }, r: { left: number; top: number; right: number; bottom: number }) =>
  p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom;

test("the minimum's mark says 'minimum', or numbers the lowest of several valleys", () => {
  expect(minimumText(0, "minimum")).toBe("minimum");
  expect(minimumText(1, "minimum")).toBe("minimum");
  expect(minimumText(5, "minimum")).toBe("1: global minimum");
});

test("the label turns to the mark's left near the plot's right edge, and under-the-mark labels turn at the edges", () => {
  expect(labelOnLeft({ x: 100, y: 0 }, 260)).toBe(false);
  expect(labelOnLeft({ x: 200, y: 0 }, 260)).toBe(true);
  expect(offPlaneAnchor(0.1)).toBe("start");
  expect(offPlaneAnchor(0.5)).toBe("middle");
  expect(offPlaneAnchor(0.9)).toBe("end");
});

test("markRects covers the minimum's cross and its words beside it, on the side they are drawn", () => {
  const [cross, words] = markRects({ x: 100, y: 100 }, [], "minimum", 260, 0.4);
  expect(inside({ x: 100, y: 100 }, cross!)).toBe(true);
  expect(inside({ x: 94, y: 94 }, cross!)).toBe(true);
  // "minimum" starts 9 to the right, its letters above the mark's middle.
  expect(inside({ x: 112, y: 90 }, words!)).toBe(true);
  expect(inside({ x: 150, y: 90 }, words!)).toBe(true);
  expect(inside({ x: 80, y: 90 }, words!)).toBe(false);
  expect(words!.bottom).toBeLessThanOrEqual(100);
  // Near the right edge the words lie to its left.
  const [, left] = markRects({ x: 230, y: 100 }, [], "minimum", 260, 0.9);
  expect(inside({ x: 200, y: 90 }, left!)).toBe(true);
  expect(left!.right).toBeLessThanOrEqual(230);
});

test("markRects covers the two lines under a mark off the plane, and every other valley's cross and number", () => {
  const [, under] = markRects({ x: 100, y: 100 }, [], "minimum, at c = 0.25", 260, 0.5);
  expect(inside({ x: 100, y: 112 }, under!)).toBe(true);
  expect(inside({ x: 100, y: 128 }, under!)).toBe(true);
  const valleys = [{ x: 100, y: 100 }, { x: 40, y: 60 }, { x: 200, y: 150 }];
  const rects = markRects(valleys[0]!, valleys, "minimum", 260, 0.4);
  // The minimum's two, then a cross and a number for each of the other two.
  expect(rects).toHaveLength(6);
  expect(inside({ x: 40, y: 60 }, rects[2]!)).toBe(true);
  expect(inside({ x: 48, y: 52 }, rects[3]!)).toBe(true);
  expect(inside({ x: 200, y: 150 }, rects[4]!)).toBe(true);
  // The first words ("1: global minimum") are wider than "minimum".
  const plain = markRects(valleys[0]!, [], "minimum", 260, 0.4)[1]!;
  expect(rects[1]!.right - rects[1]!.left).toBeGreaterThan(plain.right - plain.left);
  expect(markRects(null, [], "minimum", 260, 0.5)).toEqual([]);
});
