import { describe, expect, test } from "vitest";
import { evenWindowFor, holds, leastEvenWidth, lossWindowFor, windowLadder } from "../../../../src/components/figures/loss-window.ts";
import { firstTwo, leastSquares, line, objective } from "../../../../src/engine/index.ts";
import { data, stats, theta0 } from "../../engine/fixtures.ts";

const LADDER = windowLadder(line, firstTwo(theta0));
const DEFAULT_LOSS_WINDOW = LADDER[0]!;
const at = (m: number, b: number) => ({ u: m, v: b });
const windowFor = (points: { u: number; v: number }[]) => lossWindowFor(LADDER, points);

test("the line's ladder pairs its parameters' spans, the article's window first", () => {
  expect(LADDER).toEqual([
    { u0: -1.5, u1: 3, v0: -2.5, v1: 5 },
    { u0: -2.5, u1: 4, v0: -4, v1: 6.5 },
    { u0: -4.5, u1: 4.5, v0: -6.75, v1: 8.75 },
  ]);
});

test("the default window holds the article's start and the default data's minimum", () => {
  const minimum = leastSquares(stats)!;
  expect(holds(DEFAULT_LOSS_WINDOW, at(-0.3, 2.5))).toBe(true);
  expect(holds(DEFAULT_LOSS_WINDOW, at(minimum.m, minimum.b))).toBe(true);
  expect(windowFor([at(-0.3, 2.5), at(minimum.m, minimum.b)])).toBe(DEFAULT_LOSS_WINDOW);
});

test("lossWindowFor(ladder, points) keeps the same window while points move inside it", () => {
  const a = windowFor([at(0, 0)]);
  const b = windowFor([at(2, 4)]);
  expect(a).toBe(b);
});

test("lossWindowFor steps up the ladder when a point leaves, up to the whole settable range", () => {
  expect(windowFor([at(3.5, 0)])).toBe(LADDER[1]);
  expect(windowFor([at(-4, 8)])).toBe(LADDER[2]);
  expect(windowFor([at(4, -6)])).toBe(LADDER[2]);
});

test("lossWindowFor fits a nice window around points beyond the settable range, ignoring non-finite ones", () => {
  const w = windowFor([at(0, 0), at(40, -30), at(Number.NaN, 1)]);
  expect(holds(w, at(0, 0))).toBe(true);
  expect(holds(w, at(40, -30))).toBe(true);
  for (const v of [w.u0, w.u1, w.v0, w.v1]) expect(Number.isInteger(v)).toBe(true);
});

test("a window fitted around far points is never smaller than the default one", () => {
  const w = windowFor([at(50, 50)]);
  expect(w.u1 - w.u0).toBeGreaterThanOrEqual(DEFAULT_LOSS_WINDOW.u1 - DEFAULT_LOSS_WINDOW.u0);
  expect(w.v1 - w.v0).toBeGreaterThanOrEqual(DEFAULT_LOSS_WINDOW.v1 - DEFAULT_LOSS_WINDOW.v0);
  expect(holds(w, at(50, 50))).toBe(true);
});

describe("evenWindowFor(points, aspect, least, previous)", () => {
  const aspect = 220 / 230;
  const scaleOf = (w: { u0: number; u1: number; v0: number; v1: number }) => (w.v1 - w.v0) / (w.u1 - w.u0);

  test("draws both axes at one scale and holds every point, wherever and however far apart they are", () => {
    for (const points of [[at(-0.73, 2.36), at(3.36, 1.86)], [at(1e6, -2e5), at(1e6 + 3, -2e5)], [at(-5e-3, 1e-3), at(5e-3, 0)]]) {
      const w = evenWindowFor(points, aspect, 0, null);
      expect(scaleOf(w)).toBeCloseTo(aspect, 9);
      for (const p of points) expect(holds(w, p)).toBe(true);
    }
  });

  test("is no narrower than asked, so a start at the bottom still shows the bowl around it", () => {
    const w = evenWindowFor([at(1, 1)], aspect, 3, null);
    expect(w.u1 - w.u0).toBeGreaterThanOrEqual(3);
    expect(holds(w, at(1, 1))).toBe(true);
  });

  test("keeps the previous window while the points move inside it, and changes it when one leaves", () => {
    const first = evenWindowFor([at(0, 0), at(2, 1)], aspect, 0, null);
    expect(evenWindowFor([at(0.1, 0.1), at(2, 1)], aspect, 0, first)).toBe(first);
    const wider = evenWindowFor([at(0, 0), at(20, 1)], aspect, 0, first);
    expect(wider).not.toBe(first);
    expect(holds(wider, at(20, 1))).toBe(true);
  });

  test("gives up a window far wider than the points need", () => {
    const wide = evenWindowFor([at(0, 0), at(50, 0)], aspect, 0, null);
    const narrow = evenWindowFor([at(0, 0), at(1, 0)], aspect, 0, wide);
    expect(narrow.u1 - narrow.u0).toBeLessThan(5);
  });

  test("ignores non-finite points", () => {
    const w = evenWindowFor([at(0, 0), at(2, 2), at(Number.NaN, 1), at(1, Infinity)], aspect, 0, null);
    expect([w.u0, w.u1, w.v0, w.v1].every(Number.isFinite)).toBe(true);
  });
});

test("leastEvenWidth(bowl) is where the loss has risen by its least value along the flattest way", () => {
  const bowl = objective(line, data).bowl!;
  const w = leastEvenWidth(bowl);
  expect((bowl.curvature.min / 2) * (w / 2) ** 2).toBeCloseTo(bowl.loss, 10);
  expect(leastEvenWidth(null)).toBe(0);
});
