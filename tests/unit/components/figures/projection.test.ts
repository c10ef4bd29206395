import { expect, test } from "vitest";
import { DEFAULT_VIEW, ELEVATION_RANGE, normalizeView, projector, wireframe } from "../../../../src/components/figures/projection.ts";
import { firstTwo, lossGrid } from "../../../../src/engine/index.ts";
import { fit, theta0 } from "../../engine/fixtures.ts";

const window = { u0: -1.5, u1: 3, v0: -2.5, v1: 5 };
const box = { left: 40, top: 10, width: 230, height: 220 };

test("normalizeView wraps the azimuth and keeps the elevation in range", () => {
  expect(normalizeView({ azimuth: 190, elevation: 30 })).toEqual({ azimuth: -170, elevation: 30 });
  expect(normalizeView({ azimuth: -540, elevation: 0 })).toEqual({ azimuth: -180, elevation: ELEVATION_RANGE[0] });
  expect(normalizeView({ azimuth: 0, elevation: 120 }).elevation).toBe(ELEVATION_RANGE[1]);
});

test("projector keeps every corner of the bowl's box on screen, whatever the view", () => {
  for (let azimuth = -180; azimuth < 180; azimuth += 15) {
    for (const elevation of [ELEVATION_RANGE[0], 30, 60, ELEVATION_RANGE[1]]) {
      const project = projector({ azimuth, elevation }, window, 80, box);
      for (const m of [window.u0, window.u1]) for (const b of [window.v0, window.v1]) for (const loss of [0, 80]) {
        const p = project(m, b, loss);
        expect(p.x).toBeGreaterThanOrEqual(box.left - 1e-9);
        expect(p.x).toBeLessThanOrEqual(box.left + box.width + 1e-9);
        expect(p.y).toBeGreaterThanOrEqual(box.top - 1e-9);
        expect(p.y).toBeLessThanOrEqual(box.top + box.height + 1e-9);
      }
    }
  }
});

test("projector draws a higher loss higher on screen, and holds losses above the top at the top", () => {
  const project = projector(DEFAULT_VIEW, window, 80, box);
  expect(project(0, 0, 40).y).toBeLessThan(project(0, 0, 10).y);
  expect(project(0, 0, 1e9).y).toBe(project(0, 0, 80).y);
});

test("projector seen from straight above puts m across and b up the screen, like the contour view", () => {
  const project = projector({ azimuth: 0, elevation: 90 }, window, 80, box);
  expect(project(3, 0, 0).x).toBeGreaterThan(project(-1.5, 0, 0).x);
  expect(project(0, 5, 0).y).toBeLessThan(project(0, -2.5, 0).y);
});

test("wireframe(grid, project) draws every row and column of the grid", () => {
  const grid = lossGrid(fit, firstTwo(theta0), window, 5, 4);
  const d = wireframe(grid, projector(DEFAULT_VIEW, window, grid.max, box));
  expect(d.match(/M/g)).toHaveLength(4 + 5);
  expect(d.match(/[ML]/g)).toHaveLength(2 * 5 * 4);
});
