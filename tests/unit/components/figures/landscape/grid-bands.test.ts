import { expect, test } from "vitest";
import { gridBands } from "../../../../../src/components/figures/landscape/grid-bands.ts";
import { firstTwo, lossFromStats, lossGrid } from "../../../../../src/engine/index.ts";
import { fit, stats, theta0 } from "../../../engine/fixtures.ts";

const WINDOW = { u0: -1.5, u1: 3, v0: -2.5, v1: 5 };
const BOX = { left: 40, top: 10, width: 200, height: 180 };

/** The parameters under a viewBox point of BOX over WINDOW. */
function toParams(x: number, y: number): { m: number; b: number } {
  return {
    m: WINDOW.u0 + ((x - BOX.left) / BOX.width) * (WINDOW.u1 - WINDOW.u0),
    b: WINDOW.v0 + ((BOX.top + BOX.height - y) / BOX.height) * (WINDOW.v1 - WINDOW.v0),
  };
}

test("gridBands(grid, levels, box) traces each level's region from samples, close to the exact ellipse", () => {
  const grid = lossGrid(fit, firstTwo(theta0), WINDOW, 128, 128);
  const levels = [10, 40];
  const traced = gridBands(grid, levels, BOX);
  expect(traced.map((b) => b.level)).toEqual(levels);
  for (const band of traced) {
    const corners = band.d.replace(/Z/g, "").split(/[ML]/).filter(Boolean).map((pair) => pair.split(",").map(Number) as [number, number]);
    expect(corners.length).toBeGreaterThan(10);
    // Straightened to a quarter pixel, a ring keeps a dozen or more corners; every one inside the window lies on the ring, to within the loss a cell's width changes
    // (where a ring leaves the window, the region is closed along the window's edge).
    const inside = corners.filter(([x, y]) => x > BOX.left + 1 && x < BOX.left + BOX.width - 1 && y > BOX.top + 1 && y < BOX.top + BOX.height - 1);
    expect(inside.length).toBeGreaterThan(10);
    for (const [x, y] of inside) expect(Math.abs(lossFromStats(stats, toParams(x, y)) - band.level)).toBeLessThan(0.02 * band.level);
  }
  expect(gridBands(grid, [grid.min - 1], BOX)[0]!.d).toBe("");
});
