import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { handOn } from "../../../../src/components/scheduling/hand-on.ts";
import { handOnOnDemand } from "../../../../src/components/scheduling/hand-on-on-demand.ts";
import { handOnKeys } from "../../../../src/components/scheduling/pending-keys.ts";
import type { TimeRun } from "../../../../src/components/scheduling/pacer.ts";

/** A run timed as taking 2 ms, told at once. */
const quick: TimeRun = (run, done) => {
  run();
  done(2);
  return () => {};
};

describe("handOn", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    // The page is next idle a frame (16 ms) later.
    vi.stubGlobal("requestIdleCallback", (callback: () => void) => setTimeout(callback, 16));
    vi.stubGlobal("requestAnimationFrame", (callback: () => void) => setTimeout(callback, 16));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  test("an ask is not handed on in its own task, but once the page is idle after it", () => {
    const got: number[] = [];
    const hand = handOn((v: number) => got.push(v), quick);
    hand.ask(1);
    expect(got).toEqual([]);
    expect(hand.pending).toBe(1);
    vi.advanceTimersByTime(200);
    expect(got).toEqual([1]);
    expect(hand.pending).toBeNull();
  });

  test("asks that come before a hand-on are merged: the last one wins and nothing after it is lost", () => {
    const got: number[] = [];
    const hand = handOn((v: number) => got.push(v), quick);
    hand.ask(1);
    hand.ask(2);
    hand.ask(3);
    vi.advanceTimersByTime(1000);
    expect(got).toEqual([3]);
  });

  test("flush hands on what is pending at once, and the pacer's run after it hands on nothing again", () => {
    const got: number[] = [];
    const hand = handOn((v: number) => got.push(v), quick);
    hand.ask(1);
    hand.flush();
    expect(got).toEqual([1]);
    hand.flush();
    vi.advanceTimersByTime(1000);
    expect(got).toEqual([1]);
  });

  test("handOnKeys hands on every control's pending value at once, before another input writes: the last action wins", () => {
    let state = 0;
    const start = handOn((v: number) => (state = v), quick);
    const other = handOn((v: number) => (state = v), quick);
    start.ask(1);
    other.ask(2);
    // Another way of setting the state (a press on the contour) after the keys.
    handOnKeys();
    state = 3;
    expect([start.pending, other.pending]).toEqual([null, null]);
    // The pacer's runs come and hand on nothing over it.
    vi.advanceTimersByTime(1000);
    expect(state).toBe(3);
    // Nothing is left to hand on: a later handOnKeys changes nothing.
    handOnKeys();
    expect(state).toBe(3);
  });

  test("on demand: a key before the pacer has come is handed on at once; once prepare() has brought it, keys are paced", async () => {
    const got: number[] = [];
    const hand = handOnOnDemand((v: number) => got.push(v));
    hand.ask(1);
    expect(got).toEqual([1]);
    expect(hand.pending).toBeNull();
    hand.prepare();
    await vi.waitFor(async () => {
      hand.ask(2);
      await Promise.resolve();
      expect(hand.pending).toBe(2);
    });
    vi.advanceTimersByTime(1000);
    expect(got.at(-1)).toBe(2);
    expect(hand.pending).toBeNull();
  });
});
