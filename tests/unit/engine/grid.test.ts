import { expect, test } from "vitest";
import { convexGridMax, firstTwo, generateDataset, line, lossFromStats, gridLossAt, gridOf, lossGrid, objective } from "../../../src/engine/index.ts";
import { fit, stats, theta0 } from "./fixtures.ts";

const window = { u0: -2, u1: 4, v0: -3, v1: 5 };
const slice = firstTwo(theta0);

test("lossGrid(objective, slice, window, cols, rows) has cols × rows values and keeps its window", () => {
  const grid = lossGrid(fit, slice, window, 7, 5);
  expect(grid.cols).toBe(7);
  expect(grid.rows).toBe(5);
  expect(grid.window).toEqual(window);
  expect(grid.values).toBeInstanceOf(Float64Array);
  expect(grid.values.length).toBe(35);
});

test("lossGrid values are row-major with row 0 at v0, sampled at cell centres", () => {
  const cols = 7, rows = 5;
  const grid = lossGrid(fit, slice, window, cols, rows);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const m = window.u0 + ((c + 0.5) / cols) * (window.u1 - window.u0);
      const b = window.v0 + ((r + 0.5) / rows) * (window.v1 - window.v0);
      expect(grid.values[r * cols + c]).toBe(lossFromStats(stats, { m, b }));
    }
  }
  // Row 0 is the lowest intercept: its first cell sits at (u0 + half a cell, v0 + half a cell).
  expect(grid.values[0]).toBeCloseTo(lossFromStats(stats, { m: -2 + 6 / 14, b: -3 + 8 / 10 }), 10);
});

test("lossGrid min and max are the smallest and largest values", () => {
  const grid = lossGrid(fit, slice, window, 64, 48);
  const values = Array.from(grid.values);
  expect(grid.min).toBe(Math.min(...values));
  expect(grid.max).toBe(Math.max(...values));
  expect(grid.min).toBeLessThan(grid.max);
});

test("lossGrid throws on a window that is empty, inverted or not finite", () => {
  expect(() => lossGrid(fit, slice, { u0: 1, u1: 1, v0: 0, v1: 1 }, 4, 4)).toThrow(
    'lossGrid: invalid window; needs finite u0 < u1 and v0 < v1: {"u0":1,"u1":1,"v0":0,"v1":1}',
  );
  expect(() => lossGrid(fit, slice, { u0: 0, u1: 1, v0: 2, v1: -2 }, 4, 4)).toThrow("lossGrid: invalid window");
  expect(() => lossGrid(fit, slice, { u0: 0, u1: Infinity, v0: 0, v1: 1 }, 4, 4)).toThrow("lossGrid: invalid window");
  expect(() => lossGrid(fit, slice, { u0: NaN, u1: 1, v0: 0, v1: 1 }, 4, 4)).toThrow("lossGrid: invalid window");
});

test("lossGrid throws on cols or rows that are not whole numbers in [2, 4096]", () => {
  expect(() => lossGrid(fit, slice, window, 1, 4)).toThrow("lossGrid: invalid cols; not an integer in [2, 4096]: 1");
  expect(() => lossGrid(fit, slice, window, 2.5, 4)).toThrow("lossGrid: invalid cols; not an integer in [2, 4096]: 2.5");
  expect(() => lossGrid(fit, slice, window, 4097, 4)).toThrow("lossGrid: invalid cols; not an integer in [2, 4096]: 4097");
  expect(() => lossGrid(fit, slice, window, 4, 0)).toThrow("lossGrid: invalid rows; not an integer in [2, 4096]: 0");
});

test("lossGrid throws on a slice that is not two different parameters held at finite values", () => {
  expect(() => lossGrid(fit, { i: 0, j: 0, at: theta0 }, window, 4, 4)).toThrow("lossGrid: invalid slice; needs two different parameters of 2: 0, 0");
  expect(() => lossGrid(fit, { i: 0, j: 2, at: theta0 }, window, 4, 4)).toThrow("lossGrid: invalid slice");
  expect(() => lossGrid(fit, { i: 0, j: 1, at: [0, NaN] }, window, 4, 4)).toThrow("lossGrid: invalid slice; needs 2 finite values to hold: 0, NaN");
});

test("gridLossAt reads a sample exactly at its cell's centre and interpolates bilinearly between centres", () => {
  const grid = lossGrid(fit, slice, window, 7, 5);
  const centre = (c: number, r: number) => [window.u0 + ((c + 0.5) / 7) * 6, window.v0 + ((r + 0.5) / 5) * 8] as const;
  const [u, v] = centre(3, 2);
  expect(gridLossAt(grid, u, v)).toBeCloseTo(grid.values[2 * 7 + 3]!, 12);
  // A plane is bilinear: the grid of 2u + 3v reads back exactly anywhere between the outermost centres.
  const plane = gridOf(7, 5, window, Float64Array.from({ length: 35 }, (_, k) => 2 * centre(k % 7, Math.floor(k / 7))[0] + 3 * centre(k % 7, Math.floor(k / 7))[1]));
  expect(gridLossAt(plane, 0.3, 1.7)).toBeCloseTo(2 * 0.3 + 3 * 1.7, 12);
});

test("gridLossAt holds the edge's value past the outermost samples", () => {
  const grid = lossGrid(fit, slice, window, 7, 5);
  expect(gridLossAt(grid, -100, -100)).toBe(grid.values[0]);
  expect(gridLossAt(grid, 100, 100)).toBe(grid.values[34]);
});

test("convexGridMax is the greatest value lossGrid samples on the same lattice, to the last bit, for a bowl", () => {
  const windows = [window, { u0: 1.5, u1: 9, v0: -40, v1: -12 }, { u0: -0.31, u1: -0.29, v0: 2.49, v1: 2.51 }];
  for (const [n, seed] of [[40, 1], [40, 7], [3, 2], [500, 11]] as const) {
    const f = objective(line, generateDataset(n, seed));
    for (const w of windows) {
      for (const [cols, rows] of [[64, 64], [2, 2], [7, 5]] as const) {
        expect(convexGridMax(f, slice, w, cols, rows)).toBe(lossGrid(f, slice, w, cols, rows).max);
      }
    }
  }
});

test("convexGridMax checks its lattice as lossGrid does", () => {
  expect(() => convexGridMax(fit, slice, { u0: 1, u1: 1, v0: 0, v1: 1 }, 4, 4)).toThrow("lossGrid: invalid window");
  expect(() => convexGridMax(fit, slice, window, 1, 4)).toThrow("lossGrid: invalid cols");
});
