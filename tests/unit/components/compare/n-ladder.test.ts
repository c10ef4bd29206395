import { expect, test } from "vitest";
import { MAX_N } from "../../../../src/engine/index.ts";
import { DEFAULTS, FIELDS } from "../../../../src/state/fields.ts";
import { N_LADDER, nearestRung } from "../../../../src/components/compare/n-ladder.ts";

test("N_LADDER climbs from the fewest points a link allows to the most the essay generates, through the default", () => {
  expect(N_LADDER[0]).toBe(FIELDS.n.min);
  expect(N_LADDER[N_LADDER.length - 1]).toBe(MAX_N);
  expect(N_LADDER).toContain(DEFAULTS.n);
  for (let i = 1; i < N_LADDER.length; i++) {
    // At most a factor of 2.5 between stops, so no decade is skipped by a key press.
    expect(N_LADDER[i]! / N_LADDER[i - 1]!).toBeGreaterThan(1);
    expect(N_LADDER[i]! / N_LADDER[i - 1]!).toBeLessThanOrEqual(2.5);
  }
});

test("nearestRung(n) finds every ladder size exactly, and the nearest one on a log scale otherwise", () => {
  N_LADDER.forEach((size, i) => expect(nearestRung(size)).toBe(i));
  expect(nearestRung(45)).toBe(N_LADDER.indexOf(40));
  expect(nearestRung(90)).toBe(N_LADDER.indexOf(100));
  expect(nearestRung(123_456)).toBe(N_LADDER.indexOf(100_000));
  expect(nearestRung(1)).toBe(0);
  expect(nearestRung(10 ** 9)).toBe(N_LADDER.length - 1);
});
