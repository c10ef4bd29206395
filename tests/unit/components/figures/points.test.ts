import { expect, test } from "vitest";
import { DEFAULT_DATA_BOX, dataBoxFor, density, indicesByX, pointShare, sampleIndices } from "../../../../src/components/figures/points.ts";
import { datasetFromPoints, generateDataset, gradientFromStats, line } from "../../../../src/engine/index.ts";
import { data, stats } from "../../engine/fixtures.ts";

test("dataBoxFor keeps the default box for generated data of any size", () => {
  expect(dataBoxFor(data)).toBe(DEFAULT_DATA_BOX);
  expect(dataBoxFor(generateDataset(50_000, 78))).toBe(DEFAULT_DATA_BOX);
});

test("dataBoxFor fits a reader's own data that leaves the default box", () => {
  const own = datasetFromPoints([[10, 100], [20, 300], [30, 250]]);
  const box = dataBoxFor(own);
  expect(box.x0).toBeLessThan(10);
  expect(box.x1).toBeGreaterThan(30);
  expect(box.y0).toBeLessThan(100);
  expect(box.y1).toBeGreaterThan(300);
});

test("sampleIndices(n, most) is every index up to most, else an even spread", () => {
  expect(Array.from(sampleIndices(4, 10))).toEqual([0, 1, 2, 3]);
  const s = sampleIndices(1000, 4);
  expect(Array.from(s)).toEqual([0, 250, 500, 750]);
});

test("indicesByX(data, indices) orders points by x", () => {
  const order = indicesByX(data, sampleIndices(40, 40));
  for (let k = 1; k < order.length; k++) expect(data.x[order[k]!]!).toBeGreaterThanOrEqual(data.x[order[k - 1]!]!);
});

test("pointShare terms add up to the full gradient", () => {
  const p = { m: -0.3, b: 2.5 };
  let dm = 0, db = 0;
  for (let i = 0; i < data.x.length; i++) {
    const s = pointShare(line, data, i, [p.m, p.b]);
    expect(s.residual).toBeCloseTo(data.y[i]! - (p.m * data.x[i]! + p.b), 12);
    dm += s.gradient[0]!;
    db += s.gradient[1]!;
  }
  const g = gradientFromStats(stats, p);
  expect(dm).toBeCloseTo(g.dm, 10);
  expect(db).toBeCloseTo(g.db, 10);
});

test("density(data, box, cols, rows) counts every point inside the box once", () => {
  const d = density(data, DEFAULT_DATA_BOX, 9, 10);
  expect(d.counts.reduce((a, c) => a + c, 0)).toBe(40);
  expect(d.max).toBe(Math.max(...d.counts));
  const none = density(data, { x0: 100, x1: 101, y0: 0, y1: 1 }, 4, 4);
  expect(none.max).toBe(0);
});
