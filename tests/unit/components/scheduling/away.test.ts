import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { holdWhileAway } from "../../../../src/components/scheduling/away.svelte.ts";
import { SCRUB_GAP_MS as CATCH_UP_MS } from "../../../../src/components/scheduling/scrub-watch.ts";
import { EssayState } from "../../../../src/state/essay.svelte.ts";

/** A held copy of the essay's starting slope, counting how often it is computed. */
function heldSlope() {
  const essay = new EssayState();
  const counter = { computed: 0 };
  const held = holdWhileAway(
    () => essay.m0,
    () => {
      counter.computed++;
      return essay.m0;
    },
  );
  return { essay, held, counter };
}

/** Sets the slope `count` times, `gap` ms apart, reading the held value after each change as a figure would. */
function scrub(essay: EssayState, held: { value: number }, from: number, count: number, gap: number): number[] {
  const seen: number[] = [];
  for (let i = 1; i <= count; i++) {
    essay.m0 = from + i / 10;
    seen.push(held.value);
    vi.advanceTimersByTime(gap);
  }
  return seen;
}

describe("holdWhileAway", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test("off screen, a scrub is followed for two changes, then held, and caught up once it pauses", () => {
    const { essay, held, counter } = heldSlope();
    held.near = false;
    expect(held.value).toBe(essay.m0);
    vi.advanceTimersByTime(1000);
    const seen = scrub(essay, held, 0, 6, 50);
    expect(seen.slice(0, 2)).toEqual([0.1, 0.2]);
    expect(seen.slice(2)).toEqual([0.2, 0.2, 0.2, 0.2]);
    expect(counter.computed).toBe(3);
    vi.advanceTimersByTime(CATCH_UP_MS);
    expect(held.value).toBeCloseTo(0.6, 12);
    expect(counter.computed).toBe(4);
  });

  test("on screen, every change is followed", () => {
    const { essay, held } = heldSlope();
    expect(held.value).toBe(essay.m0);
    expect(scrub(essay, held, 0, 5, 50).map((v) => Number(v.toFixed(12)))).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
  });

  test("changes slower than the pause are each followed, even off screen", () => {
    const { essay, held } = heldSlope();
    held.near = false;
    expect(held.value).toBe(essay.m0);
    expect(scrub(essay, held, 0, 4, CATCH_UP_MS + 1).map((v) => Number(v.toFixed(12)))).toEqual([0.1, 0.2, 0.3, 0.4]);
  });

  test("a held value catches up as soon as the figure comes near", () => {
    const { essay, held } = heldSlope();
    held.near = false;
    expect(held.value).toBe(essay.m0);
    scrub(essay, held, 0, 5, 50);
    held.near = true;
    expect(held.value).toBeCloseTo(0.5, 12);
  });
});
