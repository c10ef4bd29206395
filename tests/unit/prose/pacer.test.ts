import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { pacer, PAUSE_MS, STALE_MS } from "../../../src/components/prose/pacer.ts";

/**
 * A page on a fake clock whose frames come every 16 ms, and where each run keeps the main thread busy
 * for `work` ms (its script and its drawing): the page is next idle once the next frame is drawn and
 * that work is done.
 */
function page(work: number) {
  const runs: number[] = [];
  let busyUntil = 0;
  vi.stubGlobal("requestIdleCallback", (callback: () => void) => {
    const now = performance.now();
    const idle = Math.max(Math.ceil((now + 1) / 16) * 16, busyUntil);
    return setTimeout(callback, idle - now);
  });
  const pace = pacer(() => {
    runs.push(Math.round(performance.now()));
    busyUntil = performance.now() + work;
  });
  return { pace, runs };
}

/** Presses every `gap` ms, `count` times, then waits a second. */
function press(pace: { ask(): void }, gap: number, count: number): void {
  for (let i = 0; i < count; i++) {
    pace.ask();
    vi.advanceTimersByTime(gap);
  }
  vi.advanceTimersByTime(1000);
}

describe("pacer", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  test("on a fast machine every ask is run, just after the next paint", () => {
    const { pace, runs } = page(2);
    press(pace, 50, 10);
    expect(runs).toHaveLength(10);
    runs.forEach((at, i) => expect(at - i * 50).toBeLessThanOrEqual(17));
  });

  test("asks that come before the run are merged into it", () => {
    const { pace, runs } = page(2);
    pace.ask();
    pace.ask();
    vi.advanceTimersByTime(5);
    pace.ask();
    vi.advanceTimersByTime(1000);
    expect(runs).toHaveLength(1);
  });

  test("on a slower machine a run starts only when it is done before the next ask is due", () => {
    const { pace, runs } = page(40);
    press(pace, 50, 12);
    expect(runs.length).toBeGreaterThan(2);
    expect(runs.length).toBeLessThan(12);
    // Asks come at 0, 50, …, 550: each run after the first is over (40 ms) by the next ask.
    for (const at of runs.slice(1).filter((t) => t < 550)) expect((at % 50) + 40).toBeLessThanOrEqual(50);
    // The last ask (at 550 ms) was run, at most a pause after its paint.
    expect(runs.at(-1)!).toBeGreaterThanOrEqual(550);
    expect(runs.at(-1)!).toBeLessThanOrEqual(550 + 16 + PAUSE_MS);
  });

  test("when no run fits between asks, one still comes every STALE_MS, and after the last ask", () => {
    const { pace, runs } = page(60);
    press(pace, 50, 30);
    const during = runs.filter((t) => t < 1450);
    expect(during.length).toBeGreaterThanOrEqual(2);
    during.slice(1).forEach((at, i) => expect(at - during[i]!).toBeGreaterThanOrEqual(STALE_MS));
    expect(runs.at(-1)!).toBeGreaterThanOrEqual(1450);
    expect(runs.at(-1)!).toBeLessThanOrEqual(1450 + 16 + 60 + PAUSE_MS);
  });

  test("without idle callbacks (Safari), a run comes a frame's time after the ask", () => {
    vi.stubGlobal("requestIdleCallback", undefined);
    const runs: number[] = [];
    const pace = pacer(() => runs.push(Math.round(performance.now())));
    pace.ask();
    vi.advanceTimersByTime(15);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([16]);
  });
});
