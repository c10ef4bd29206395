import { expect, test } from "vitest";
import { lossFromStats, lossGrid } from "../../../src/engine/index.ts";
import { stats } from "./fixtures.ts";

const window = { m0: -2, m1: 4, b0: -3, b1: 5 };

test("lossGrid(stats, window, cols, rows) has cols × rows values and keeps its window", () => {
  const grid = lossGrid(stats, window, 7, 5);
  expect(grid.cols).toBe(7);
  expect(grid.rows).toBe(5);
  expect(grid.window).toEqual(window);
  expect(grid.values).toBeInstanceOf(Float64Array);
  expect(grid.values.length).toBe(35);
});

test("lossGrid values are row-major with row 0 at b0, sampled at cell centres", () => {
  const cols = 7, rows = 5;
  const grid = lossGrid(stats, window, cols, rows);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const m = window.m0 + ((c + 0.5) / cols) * (window.m1 - window.m0);
      const b = window.b0 + ((r + 0.5) / rows) * (window.b1 - window.b0);
      expect(grid.values[r * cols + c]).toBe(lossFromStats(stats, { m, b }));
    }
  }
  // Row 0 is the lowest intercept: its first cell sits at (m0 + half a cell, b0 + half a cell).
  expect(grid.values[0]).toBeCloseTo(lossFromStats(stats, { m: -2 + 6 / 14, b: -3 + 8 / 10 }), 10);
});

test("lossGrid min and max are the smallest and largest values", () => {
  const grid = lossGrid(stats, window, 64, 48);
  const values = Array.from(grid.values);
  expect(grid.min).toBe(Math.min(...values));
  expect(grid.max).toBe(Math.max(...values));
  expect(grid.min).toBeLessThan(grid.max);
});

test("lossGrid throws on a window that is empty, inverted or not finite", () => {
  expect(() => lossGrid(stats, { m0: 1, m1: 1, b0: 0, b1: 1 }, 4, 4)).toThrow(
    'lossGrid: invalid window; needs finite m0 < m1 and b0 < b1: {"m0":1,"m1":1,"b0":0,"b1":1}',
  );
  expect(() => lossGrid(stats, { m0: 0, m1: 1, b0: 2, b1: -2 }, 4, 4)).toThrow("lossGrid: invalid window");
  expect(() => lossGrid(stats, { m0: 0, m1: Infinity, b0: 0, b1: 1 }, 4, 4)).toThrow("lossGrid: invalid window");
  expect(() => lossGrid(stats, { m0: NaN, m1: 1, b0: 0, b1: 1 }, 4, 4)).toThrow("lossGrid: invalid window");
});

test("lossGrid throws on cols or rows that are not whole numbers in [2, 4096]", () => {
  expect(() => lossGrid(stats, window, 1, 4)).toThrow("lossGrid: invalid cols; not an integer in [2, 4096]: 1");
  expect(() => lossGrid(stats, window, 2.5, 4)).toThrow("lossGrid: invalid cols; not an integer in [2, 4096]: 2.5");
  expect(() => lossGrid(stats, window, 4097, 4)).toThrow("lossGrid: invalid cols; not an integer in [2, 4096]: 4097");
  expect(() => lossGrid(stats, window, 4, 0)).toThrow("lossGrid: invalid rows; not an integer in [2, 4096]: 0");
});
