import { describe, expect, test } from "vitest";
import { canAdvance, playFrom, playsOn, trackMax, SHORT_TRACK } from "../../../../src/components/reading/player.ts";
import { FIELDS } from "../../../../src/state/fields.ts";

describe("player", () => {
  test("trackMax(step) shows the first hundred steps, then all of them", () => {
    expect(trackMax(0)).toBe(SHORT_TRACK);
    expect(trackMax(SHORT_TRACK)).toBe(SHORT_TRACK);
    expect(trackMax(SHORT_TRACK + 1)).toBe(FIELDS.step.max);
  });
  test("canAdvance(step, diverged) stops at the last step and at divergence", () => {
    expect(canAdvance(0, false)).toBe(true);
    expect(canAdvance(FIELDS.step.max, false)).toBe(false);
    expect(canAdvance(3, true)).toBe(false);
  });
  test("playFrom(step, diverged) starts over when there is nowhere left to go", () => {
    expect(playFrom(5, false)).toBe(5);
    expect(playFrom(FIELDS.step.max, false)).toBe(0);
    expect(playFrom(17, true)).toBe(0);
  });
});

test("playsOn(step, diverged, settled) stops play where the descent settles or diverges, not at the last step", () => {
  expect(playsOn(10, false, null)).toBe(true);
  expect(playsOn(10, false, 40)).toBe(true);
  expect(playsOn(40, false, 40)).toBe(false);
  expect(playsOn(10, true, null)).toBe(false);
  expect(playFrom(40, false, 40)).toBe(0);
  expect(playFrom(12, false, 40)).toBe(12);
});
