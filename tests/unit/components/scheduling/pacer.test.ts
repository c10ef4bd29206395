import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { GUARD_MS, pacer, QUICK_MS, timeRunInFrame, type TimeRun } from "../../../../src/components/scheduling/pacer.ts";
import { PAUSE_MS, SCRUB_GAP_MS, STALE_MS } from "../../../../src/components/scheduling/scrub-watch.ts";

/**
 * A page on a fake clock whose frames come every 16 ms, and where each run keeps the main thread busy
 * for `work` ms (its script and its drawing): the page is next idle once the next frame is drawn and
 * that work is done. The pacer is told each run's work once it is done, as timeRunInFrame would.
 */
function page(work: number) {
  const runs: number[] = [];
  let busyUntil = 0;
  // Both come once the next frame is drawn and the work is done.
  const afterNextFrame = (callback: () => void) => {
    const now = performance.now();
    const drawn = Math.max(Math.ceil((now + 1) / 16) * 16, busyUntil);
    return setTimeout(callback, drawn - now);
  };
  vi.stubGlobal("requestIdleCallback", afterNextFrame);
  vi.stubGlobal("requestAnimationFrame", afterNextFrame);
  const pace = pacer(() => {
    runs.push(Math.round(performance.now()));
    busyUntil = performance.now() + work;
  }, busyTime(() => busyUntil));
  return { pace, runs };
}

/** The fake pages' timing of a run: the time it keeps the page busy (until busyUntil()), told once that has passed. */
function busyTime(busyUntil: () => number): TimeRun {
  return (run, done) => {
    const start = performance.now();
    run();
    const work = busyUntil() - start;
    setTimeout(() => done(work), work);
    return () => {};
  };
}

/** Three asks, so the pacer has timed a run before the presses start: only a scrub's runs are timed, from its third change (see scrubWatch). */
function timeOneRun(pace: { ask(): void }, runs: number[]): void {
  for (let i = 0; i < 3; i++) {
    pace.ask();
    vi.advanceTimersByTime(SCRUB_GAP_MS - 100);
  }
  vi.advanceTimersByTime(1000);
  runs.length = 0;
}

/** A page (see page) whose pacer has timed one run; t0 is when that was done and the presses may start. */
function timedPage(work: number) {
  const { pace, runs } = page(work);
  timeOneRun(pace, runs);
  return { pace, runs, t0: performance.now() };
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

  test("the first ask, before any run has been timed, is run at once: the figures follow from the first press", () => {
    const { pace, runs } = page(2);
    press(pace, 50, 5);
    expect(runs).toHaveLength(5);
    expect(runs[0]!).toBeLessThanOrEqual(16);
  });

  test("on a fast machine every ask is run, just after the next paint", () => {
    const { pace, runs, t0 } = timedPage(2);
    press(pace, 50, 10);
    expect(runs).toHaveLength(10);
    runs.forEach((at, i) => expect(at - t0 - i * 50).toBeLessThanOrEqual(17));
  });

  test("where idle time comes only at the idle callback's timeout, a run is decided on halfway to the next ask: a quick run still follows every ask", () => {
    const { pace, runs, t0 } = timedPage(2);
    // Chromium after a key, often: no idle time until the callback's timeout.
    vi.stubGlobal("requestIdleCallback", (callback: () => void, options?: { timeout?: number }) => setTimeout(callback, options?.timeout ?? 0));
    press(pace, 60, 10);
    // The first ask comes after a pause, so no next ask is due: its run is decided on by half a held key's
    // gap, before the next ask. Each ask has its own run, at most half a gap after it.
    expect(runs).toHaveLength(10);
    expect(runs[0]! - t0).toBeLessThanOrEqual(40);
    runs.slice(1).forEach((at, i) => expect(at - t0 - (i + 1) * 60).toBeLessThanOrEqual(30));
  });

  test("asks that come before the run are merged into it", () => {
    const { pace, runs } = timedPage(2);
    pace.ask();
    pace.ask();
    vi.advanceTimersByTime(5);
    pace.ask();
    vi.advanceTimersByTime(1000);
    expect(runs).toHaveLength(1);
  });

  test("a slow run starts only when it is done before the next ask is due", () => {
    const { pace, runs, t0 } = timedPage(30);
    press(pace, 80, 10);
    // The asks come every 80 ms, and each is run, its run (30 ms and the frame after it) over by the next.
    expect(runs).toHaveLength(10);
    for (const at of runs.map((t) => t - t0)) expect((at % 80) + 30).toBeLessThanOrEqual(80);
  });

  test("a run that fits only in a whole gap between asks comes on every other ask", () => {
    const { pace, runs, t0 } = timedPage(40);
    press(pace, 50, 30);
    const during = runs.map((t) => t - t0).filter((t) => t < 1500);
    expect(during.length).toBeGreaterThanOrEqual(14);
    during.slice(1).forEach((at, i) => expect(at - during[i]!).toBeLessThanOrEqual(100 + 16));
  });

  test("a run slower than the slow machine's guard is not forced between asks: it comes every STALE_MS, and after the last ask", () => {
    const { pace, runs, t0 } = timedPage(GUARD_MS + 10);
    press(pace, 50, 30);
    const during = runs.map((t) => t - t0).filter((t) => t < 1450);
    expect(during.length).toBeGreaterThanOrEqual(2);
    expect(during.length).toBeLessThanOrEqual(3);
    during.slice(1).forEach((at, i) => expect(at - during[i]!).toBeGreaterThanOrEqual(STALE_MS));
    expect(runs.at(-1)! - t0).toBeGreaterThanOrEqual(1450);
  });

  test("a run that does not fit in a gap between asks still comes every STALE_MS, and after the last ask", () => {
    const { pace, runs, t0 } = timedPage(70);
    press(pace, 50, 30);
    const during = runs.map((t) => t - t0).filter((t) => t < 1450);
    expect(during.length).toBeGreaterThanOrEqual(2);
    during.slice(1).forEach((at, i) => expect(at - during[i]!).toBeGreaterThanOrEqual(STALE_MS));
    expect(runs.at(-1)! - t0).toBeGreaterThanOrEqual(1450);
  });

  test("a quick run that does not fit between asks still comes every STALE_MS, and after the last ask", () => {
    const work = QUICK_MS - 5;
    const { pace, runs, t0 } = timedPage(work);
    press(pace, 20, 75);
    const during = runs.map((t) => t - t0).filter((t) => t < 1480);
    expect(during.length).toBeGreaterThanOrEqual(2);
    during.slice(1).forEach((at, i) => expect(at - during[i]!).toBeGreaterThanOrEqual(STALE_MS));
    expect(runs.at(-1)! - t0).toBeGreaterThanOrEqual(1480);
    expect(runs.at(-1)! - t0).toBeLessThanOrEqual(1480 + 16 + work + PAUSE_MS);
  });

  test("the first two runs of a scrub, which also do what a scrub holds back, are not timed: the slow ones do not hold back the runs after them", () => {
    let work = 400;
    const runs: number[] = [];
    let busyUntil = 0;
    const afterNextFrame = (callback: () => void) => {
      const now = performance.now();
      return setTimeout(callback, Math.max(Math.ceil((now + 1) / 16) * 16, busyUntil) - now);
    };
    vi.stubGlobal("requestIdleCallback", afterNextFrame);
    vi.stubGlobal("requestAnimationFrame", afterNextFrame);
    const pace = pacer(() => {
      runs.push(Math.round(performance.now()));
      busyUntil = performance.now() + work;
      // The first two changes of a scrub are slow, the ones after quick.
      if (runs.length === 2) work = 20;
    }, busyTime(() => busyUntil));
    const t0 = performance.now();
    press(pace, 50, 30);
    const during = runs.map((t) => t - t0).filter((t) => t < 1500);
    // The first two take 800 ms between them; every ask after that is run, at least every other one.
    expect(during.filter((t) => t > 800).length).toBeGreaterThanOrEqual(6);
  });

  test("without idle callbacks (Safari), a run comes a frame's time after the ask", () => {
    vi.stubGlobal("requestIdleCallback", undefined);
    vi.stubGlobal("requestAnimationFrame", (callback: () => void) => setTimeout(callback, 16));
    const runs: number[] = [];
    const pace = pacer(() => runs.push(Math.round(performance.now())));
    timeOneRun(pace, runs);
    const t0 = performance.now();
    pace.ask();
    vi.advanceTimersByTime(15);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(runs.map((t) => t - t0)).toEqual([16]);
  });
});

describe("timeRunInFrame", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  /** A clock moved by hand, and the frame callback and timer the timing asks for, called by hand. */
  function handPage() {
    let now = 1000;
    vi.spyOn(performance, "now").mockImplementation(() => now);
    const frames: (() => void)[] = [];
    const timers: (() => void)[] = [];
    vi.stubGlobal("requestAnimationFrame", (callback: () => void) => frames.push(callback));
    vi.stubGlobal("setTimeout", (callback: () => void) => timers.push(callback));
    return { frames, timers, pass: (ms: number) => (now += ms) };
  }

  test("a run is timed by its script, microtasks included, and its frame's drawing, not the wait for that frame", async () => {
    const { frames, timers, pass } = handPage();
    const done = vi.fn();
    timeRunInFrame(() => {
      pass(8);
      // What Svelte does with the run's changes, in a microtask the run queued.
      queueMicrotask(() => pass(12));
    }, done);
    await Promise.resolve();
    pass(30); // the wait for the frame
    frames.shift()!();
    pass(25); // its drawing
    timers.shift()!();
    expect(done).toHaveBeenCalledExactlyOnceWith(8 + 12 + 25);
  });

  test("a key that comes once the frame has begun ends the frame's time: the key's task and its own frame are not the run's", async () => {
    const { frames, timers, pass } = handPage();
    const done = vi.fn();
    const keyCame = timeRunInFrame(() => pass(10), done);
    await Promise.resolve();
    pass(5);
    keyCame(); // before the frame: nothing yet
    frames.shift()!();
    pass(20);
    keyCame();
    pass(30);
    timers.shift()!();
    expect(done).toHaveBeenCalledExactlyOnceWith(10 + 20);
  });
});
