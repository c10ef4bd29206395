import { expect, test } from "vitest";
import { clipLine, clipSegment, fixed, inset, linearScale, polyline } from "../../../../src/components/figures/geometry.ts";

const box = { x0: -3.5, x1: 5.5, y0: -7, y1: 13 };

test("linearScale([d0, d1], [r0, r1]) maps the ends and inverts", () => {
  const s = linearScale([-1.5, 3], [42, 272]);
  expect(s(-1.5)).toBe(42);
  expect(s(3)).toBe(272);
  expect(s.invert(s(0.75))).toBeCloseTo(0.75, 12);
  const flipped = linearScale([-7, 13], [230, 10]);
  expect(flipped(13)).toBe(10);
  expect(flipped.invert(230)).toBe(-7);
});

test("inset(width, height, margin) is the plot box inside the margins", () => {
  expect(inset(280, 270, { top: 10, right: 8, bottom: 40, left: 42 })).toEqual({ left: 42, top: 10, width: 230, height: 220 });
});

test("clipLine(m, b, box) keeps the part of the line inside the box", () => {
  const flat = clipLine(0, 2, box);
  expect(flat).toEqual([{ x: -3.5, y: 2 }, { x: 5.5, y: 2 }]);
  const [a, b] = clipLine(4, 0, box)!;
  expect(a.x).toBeCloseTo(-7 / 4, 12);
  expect(a.y).toBeCloseTo(-7, 12);
  expect(b.x).toBeCloseTo(13 / 4, 12);
  expect(b.y).toBeCloseTo(13, 12);
});

test("clipLine is null for a line that misses the box, and for a line of huge or non-finite numbers", () => {
  expect(clipLine(0, 20, box)).toBeNull();
  expect(clipLine(Infinity, 0, box)).toBeNull();
  expect(clipLine(Number.NaN, 0, box)).toBeNull();
  const steep = clipLine(1e150, 0, box);
  expect(steep).not.toBeNull();
  expect(steep!.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
});

test("clipSegment(a, b, box) keeps a segment inside whole and cuts one that leaves", () => {
  const inside = clipSegment({ x: 0, y: 0 }, { x: 1, y: 1 }, box);
  expect(inside).toEqual([{ x: 0, y: 0 }, { x: 1, y: 1 }]);
  const [, end] = clipSegment({ x: 0, y: 0 }, { x: 11, y: 0 }, box)!;
  expect(end).toEqual({ x: 5.5, y: 0 });
  expect(clipSegment({ x: 10, y: 0 }, { x: 11, y: 0 }, box)).toBeNull();
});

test("fixed(value) prints at most one decimal and never -0", () => {
  expect(fixed(12.345)).toBe("12.3");
  expect(fixed(-0.04)).toBe("0");
  expect(fixed(7)).toBe("7");
});

test("polyline(points) is M then L commands", () => {
  expect(polyline([])).toBe("");
  expect(polyline([{ x: 1, y: 2 }, { x: 3.06, y: 4 }])).toBe("M1,2L3.1,4");
});
