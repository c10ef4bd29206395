import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { holdWhileAway } from "../../../../src/components/scheduling/away.svelte.ts";
import { SCRUB_GAP_MS as CATCH_UP_MS } from "../../../../src/components/scheduling/scrub-watch.ts";
import { EssayState } from "../../../../src/state/essay.svelte.ts";

/** When a held change on its own is computed: the page's next idle moment, a timer's 16 ms where there are no idle callbacks. */
const IDLE_MS = 16;

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

  test("off screen, a change on its own is computed when the page is next idle, not in its own task", () => {
    const { essay, held, counter } = heldSlope();
    held.near = false;
    expect(held.value).toBe(essay.m0);
    vi.advanceTimersByTime(1000);
    essay.m0 = 1.5;
    expect(held.value).toBe(-0.3);
    expect(counter.computed).toBe(1);
    vi.advanceTimersByTime(IDLE_MS);
    expect(held.value).toBe(1.5);
    expect(counter.computed).toBe(2);
  });

  test("off screen, a scrub is computed between its first changes, then held until it pauses", () => {
    const { essay, held, counter } = heldSlope();
    held.near = false;
    expect(held.value).toBe(essay.m0);
    vi.advanceTimersByTime(1000);
    const seen = scrub(essay, held, 0, 8, 50).map((v) => Number(v.toFixed(12)));
    // Each read comes in the change's own task: the first changes show what their idle moments caught up to.
    expect(seen).toEqual([-0.3, 0.2, 0.2, 0.4, 0.4, 0.4, 0.4, 0.4]);
    expect(counter.computed).toBe(3);
    vi.advanceTimersByTime(CATCH_UP_MS);
    expect(held.value).toBeCloseTo(0.8, 12);
    expect(counter.computed).toBe(4);
  });

  test("on screen, every change is followed", () => {
    const { essay, held } = heldSlope();
    expect(held.value).toBe(essay.m0);
    expect(scrub(essay, held, 0, 5, 50).map((v) => Number(v.toFixed(12)))).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
  });

  test("changes slower than the pause are each caught up, even off screen", () => {
    const { essay, held } = heldSlope();
    held.near = false;
    expect(held.value).toBe(essay.m0);
    const seen: number[] = [];
    for (let i = 1; i <= 4; i++) {
      essay.m0 = i / 10;
      void held.value;
      vi.advanceTimersByTime(IDLE_MS);
      seen.push(held.value);
      vi.advanceTimersByTime(CATCH_UP_MS);
    }
    expect(seen.map((v) => Number(v.toFixed(12)))).toEqual([0.1, 0.2, 0.3, 0.4]);
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
