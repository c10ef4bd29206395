import { describe, expect, test } from "vitest";
import { boundarySegment, probabilityField } from "../../../../../src/components/figures/classifier/boundary.ts";
import { linearScale } from "../../../../../src/components/figures/geometry.ts";
import { sigmoid } from "../../../../../src/engine/index.ts";

const box = { x0: -4, x1: 4, y0: -3, y1: 5 };

describe("boundarySegment(logOdds, box)", () => {
  test("is the part of a·x + b·y + k = 0 inside the box, from edge to edge", () => {
    const [p, q] = boundarySegment([1, 2, -1], box)!;
    for (const end of [p, q]) {
      expect(end.x + 2 * end.y - 1).toBeCloseTo(0, 12);
      const onEdge = [end.x - box.x0, box.x1 - end.x, end.y - box.y0, box.y1 - end.y].some((d) => Math.abs(d) < 1e-9);
      expect(onEdge, `${end.x}, ${end.y}`).toBe(true);
    }
  });

  test("keeps its place and length when the weights are scaled up a million-fold", () => {
    const small = boundarySegment([0.5, -1, 0.25], box)!;
    const large = boundarySegment([5e5, -1e6, 2.5e5], box)!;
    small.forEach((p, k) => {
      expect(large[k]!.x).toBeCloseTo(p.x, 9);
      expect(large[k]!.y).toBeCloseTo(p.y, 9);
    });
  });

  test("is null with no weights (one probability everywhere) and for a boundary outside the box", () => {
    expect(boundarySegment([0, 0, 1], box)).toBeNull();
    expect(boundarySegment([1, 0, -10], box)).toBeNull();
    expect(boundarySegment([Number.NaN, 1, 0], box)).toBeNull();
  });
});

describe("probabilityField(logOdds, xs, ys, plot)", () => {
  const plot = { left: 40, top: 10, width: 230, height: 220 };
  const xs = linearScale([box.x0, box.x1], [plot.left, plot.left + plot.width]);
  const ys = linearScale([box.y0, box.y1], [plot.top + plot.height, plot.top]);
  const at = ([a, b, k]: readonly number[], X: number, Y: number) => a! * xs.invert(X) + b! * ys.invert(Y) + k!;

  test("runs across the boundary from log-odds −6 to +6, each stop at σ of its log-odds", () => {
    const logOdds = [1.4, 1.06, 0.25] as const;
    const f = probabilityField(logOdds, xs, ys, plot);
    expect(at(logOdds, f.x1, f.y1)).toBeCloseTo(-6, 9);
    expect(at(logOdds, f.x2, f.y2)).toBeCloseTo(6, 9);
    expect(f.stops[0]!.p).toBeCloseTo(sigmoid(-6), 12);
    const half = f.stops.find((s) => s.p === 0.5)!;
    // Half way along the gradient, the log-odds are 0: the boundary.
    expect(at(logOdds, f.x1 + half.offset * (f.x2 - f.x1), f.y1 + half.offset * (f.y2 - f.y1))).toBeCloseTo(0, 9);
    for (let i = 1; i < f.stops.length; i++) expect(f.stops[i]!.p).toBeGreaterThan(f.stops[i - 1]!.p);
  });

  test("stops at the plot's own least and greatest log-odds when they lie within ±6", () => {
    const logOdds = [0.1, 0, 0] as const;
    const f = probabilityField(logOdds, xs, ys, plot);
    expect(at(logOdds, f.x1, f.y1)).toBeCloseTo(-0.4, 9);
    expect(at(logOdds, f.x2, f.y2)).toBeCloseTo(0.4, 9);
    expect(f.stops).toHaveLength(3);
    [sigmoid(-0.4), 0.5, sigmoid(0.4)].forEach((p, k) => expect(f.stops[k]!.p).toBeCloseTo(p, 12));
  });

  test("is one probability everywhere with no weights, and stays finite for any weights", () => {
    expect(probabilityField([0, 0, 2], xs, ys, plot).stops).toEqual([{ offset: 0, p: sigmoid(2) }]);
    for (const logOdds of [[1e300, 1e300, 0], [1e-300, 0, 0], [-7, 3, 1e6]] as const) {
      const f = probabilityField(logOdds, xs, ys, plot);
      expect([f.x1, f.y1, f.x2, f.y2, ...f.stops.flatMap((s) => [s.offset, s.p])].every(Number.isFinite), logOdds.join()).toBe(true);
    }
  });
});
