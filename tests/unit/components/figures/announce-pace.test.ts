import { expect, test } from "vitest";
import { PLAY_PACE_MS, SETTLE_MS, announceDelay } from "../../../../src/components/figures/announce-pace.ts";

test("announceDelay(now, lastSaid, playing, stopped) tells at once when play stops", () => {
  expect(announceDelay(1000, 900, false, true)).toBe(0);
});

test("announceDelay while playing waits out the pace since the last telling, and no longer", () => {
  expect(announceDelay(1000, -Infinity, true, false)).toBe(0);
  expect(announceDelay(1000, 500, true, false)).toBe(PLAY_PACE_MS - 500);
  expect(announceDelay(10_000, 500, true, false)).toBe(0);
  // Eight steps a second for the pace's length are told at most twice.
  expect(PLAY_PACE_MS).toBeGreaterThanOrEqual(2000);
});

test("announceDelay otherwise lets a scrub or a held key rest first", () => {
  expect(announceDelay(1000, 0, false, false)).toBe(SETTLE_MS);
});
