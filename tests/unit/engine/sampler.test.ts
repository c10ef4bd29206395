import { expect, test } from "vitest";
import { batchSampler, seededRandom } from "../../../src/engine/index.ts";

test("batchSampler(n, batchSize, random) gives batches of exactly batchSize distinct indices in [0, n)", () => {
  for (const [n, k] of [[40, 1], [40, 7], [40, 40], [10, 3], [1, 1]] as const) {
    const sampler = batchSampler(n, k, seededRandom(n * 100 + k));
    for (let t = 0; t < 50; t++) {
      const batch = Array.from(sampler.next());
      expect(batch.length).toBe(k);
      expect(new Set(batch).size).toBe(k);
      for (const i of batch) {
        expect(Number.isInteger(i)).toBe(true);
        expect(i).toBeGreaterThanOrEqual(0);
        expect(i).toBeLessThan(n);
      }
    }
  }
});

test("batchSampler batches within one epoch do not overlap", () => {
  const n = 40, k = 8;
  const sampler = batchSampler(n, k, seededRandom(3));
  for (let epoch = 1; epoch <= 5; epoch++) {
    const seen = new Set<number>();
    for (let t = 0; t < n / k; t++) for (const i of sampler.next()) seen.add(i);
    expect(sampler.epochs).toBe(epoch);
    expect(seen.size).toBe(n);
  }
});

test("batchSampler reshuffles rather than hand out a short batch", () => {
  const sampler = batchSampler(10, 3, seededRandom(4));
  const seen = new Set<number>();
  for (let t = 0; t < 3; t++) for (const i of sampler.next()) seen.add(i);
  expect(sampler.epochs).toBe(1);
  expect(seen.size).toBe(9);
  expect(sampler.next().length).toBe(3);
  expect(sampler.epochs).toBe(2);
});

test("batchSampler is deterministic for the same seeded source", () => {
  const run = (seed: number) => {
    const sampler = batchSampler(40, 5, seededRandom(seed));
    return Array.from({ length: 30 }, () => Array.from(sampler.next()));
  };
  expect(run(12)).toEqual(run(12));
  expect(run(12)).not.toEqual(run(13));
});

test("batchSampler shuffles: the first batch is not always the same points", () => {
  const firsts = new Set<string>();
  for (let seed = 0; seed < 20; seed++) firsts.add(Array.from(batchSampler(40, 4, seededRandom(seed)).next()).join());
  expect(firsts.size).toBeGreaterThan(15);
});
