import { expect, test } from "vitest";
import { MAX_SEED, seededRandom } from "../../../src/engine/index.ts";

test("seededRandom(seed) repeats its sequence for the same seed", () => {
  const a = seededRandom(5), b = seededRandom(5);
  for (let i = 0; i < 100; i++) expect(a()).toBe(b());
});

test("seededRandom(seed) differs for neighbouring seeds, including 0 and MAX_SEED", () => {
  const first = (seed: number) => seededRandom(seed)();
  const values = [0, 1, 2, MAX_SEED - 1, MAX_SEED].map(first);
  expect(new Set(values).size).toBe(values.length);
});

test("seededRandom(seed) draws numbers in [0, 1)", () => {
  const random = seededRandom(MAX_SEED);
  for (let i = 0; i < 10_000; i++) {
    const u = random();
    expect(u >= 0 && u < 1).toBe(true);
  }
});
