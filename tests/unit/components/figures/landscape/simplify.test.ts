import { describe, expect, test } from "vitest";
import { simplify } from "../../../../../src/components/figures/landscape/simplify.ts";

/** The distance from p to the polyline through points. */
function distanceTo(p: readonly number[], points: readonly (readonly number[])[]): number {
  let best = Infinity;
  for (let k = 1; k < points.length; k++) {
    const [a, z] = [points[k - 1]!, points[k]!];
    const dx = z[0]! - a[0]!;
    const dy = z[1]! - a[1]!;
    const length = dx * dx + dy * dy;
    const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy) / length));
    best = Math.min(best, Math.hypot(p[0]! - (a[0]! + t * dx), p[1]! - (a[1]! + t * dy)));
  }
  return best;
}

describe("simplify(points, tolerance)", () => {
  test("keeps the ends and drops the points of a straight run", () => {
    const line = Array.from({ length: 50 }, (_, k) => [k, 2 * k]);
    expect(simplify(line, 0.25)).toEqual([[0, 0], [49, 98]]);
  });

  test("a closed ring traced finely stays closed, within the tolerance everywhere, with far fewer points", () => {
    // A circle of radius 60 px traced every 0.3 px, as a 256² grid traces a ring in a 400 px figure.
    const steps = Math.round((2 * Math.PI * 60) / 0.3);
    const ring = Array.from({ length: steps + 1 }, (_, k) => [100 + 60 * Math.cos((2 * Math.PI * k) / steps), 80 + 60 * Math.sin((2 * Math.PI * k) / steps)]);
    const kept = simplify(ring, 0.25);
    expect(kept[0]).toEqual(ring[0]);
    expect(kept.at(-1)).toEqual(ring.at(-1));
    expect(kept.length).toBeLessThan(ring.length / 5);
    for (const p of ring) expect(distanceTo(p, kept)).toBeLessThanOrEqual(0.25 + 1e-9);
  });

  test("keeps a sharp corner", () => {
    const corner = [[0, 0], [5, 0], [10, 0], [10, 5], [10, 10]];
    expect(simplify(corner, 0.25)).toEqual([[0, 0], [10, 0], [10, 10]]);
  });
});
