import { describe, expect, test } from "vitest";
import { median, startTimer, timeIt } from "../../../src/engine/index.ts";

/** A fake clock that work advances by `cost` milliseconds a call. */
function fakeWork(cost: number) {
  let now = 0;
  let calls = 0;
  return { clock: () => now, work: () => ((now += cost), calls++), calls: () => calls };
}

describe("startTimer", () => {
  test("pieces add runs towards the same median that one timeIt of the same total budget gives", () => {
    const piecewise = fakeWork(0.25);
    const timer = startTimer(piecewise.work, piecewise.clock);
    for (let i = 0; i < 3; i++) timer.sample(4);
    const whole = fakeWork(0.25);
    const once = timeIt(whole.work, whole.clock, 12);
    expect(timer.timing().medianMs).toBe(0.25);
    expect(once.medianMs).toBe(0.25);
    // Batches of 8 calls (2 ms, RUN_MS) fill 4 ms pieces with about 2 runs each, the first piece 3.
    expect(timer.runs).toBeGreaterThanOrEqual(6);
  });

  test("warms up and sizes the batch once, in the first piece only", () => {
    const w = fakeWork(1);
    const timer = startTimer(w.work, w.clock);
    timer.sample(0);
    // One warm-up call, sizing runs of one call and then two (2 ms, RUN_MS), then the three runs every timing has.
    expect(w.calls()).toBe(1 + 1 + 2 + 3 * 2);
    expect(timer.runs).toBe(3);
    timer.sample(0);
    expect(w.calls()).toBe(10);
    timer.sample(4);
    expect(timer.runs).toBe(5);
  });

  test("work that speeds up after its batch was sized (compiled while it ran) gets longer runs, and the short ones are not kept", () => {
    let now = 0;
    let calls = 0;
    // 1 ms a call for the first five calls, then 0.01 ms: a hundred times faster, as compiled code can be.
    const work = () => ((now += calls++ < 5 ? 1 : 0.01));
    const timer = startTimer(work, () => now);
    for (let i = 0; i < 5; i++) timer.sample(4);
    expect(timer.timing().medianMs).toBeCloseTo(0.01, 6);
    expect(timer.runs).toBeGreaterThanOrEqual(3);
  });

  test("the fastest run is the work alone when other work slows some runs down", () => {
    let now = 0;
    let calls = 0;
    // 0.1 ms a call, and every third run of 20 calls is held up by 3 ms of someone else's work.
    const work = () => ((now += 0.1 + (++calls % 60 === 0 ? 3 : 0)));
    const timer = startTimer(work, () => now);
    timer.sample(40);
    expect(timer.timing().fastestMs).toBeCloseTo(0.1, 9);
    expect(timer.timing().medianMs).toBeGreaterThanOrEqual(timer.timing().fastestMs);
    expect(startTimer(work, () => now).timing().fastestMs).toBeNaN();
  });

  test("a first piece asked for one run ends after it: it does not add the three runs a timing taken at once has", () => {
    const w = fakeWork(0.25);
    const timer = startTimer(w.work, w.clock);
    timer.sample(0, 1);
    expect(timer.runs).toBe(1);
    // One warm-up call, sizing runs of 1, 4 and 8 calls (2 ms, RUN_MS), then one run of 8.
    expect(w.calls()).toBe(1 + 1 + 4 + 8 + 8);
  });

  test("runs that take far longer than they were sized for (the processor taken away) get shorter, so a piece stays short", () => {
    let now = 0;
    let calls = 0;
    // 0.01 ms a call while the batch is sized, then 0.25 ms a call: 25 times slower, as when a throttled or busy
    // machine lets the page run only in short turns and the sizing fell inside one turn.
    const work = () => ((now += calls++ < 342 ? 0.01 : 0.25));
    const timer = startTimer(work, () => now);
    timer.sample(0, 1);
    const pieces: number[] = [];
    for (let i = 0; i < 8; i++) {
      const t0 = now;
      timer.sample(4, 1);
      pieces.push(now - t0);
    }
    // Sized at 256 calls, the first run took 64 ms; halving the batch after each long run brings it back to
    // runs of at most 4 × RUN_MS (32, 16, then 8 ms), so the pieces end within a run of their budget.
    expect(pieces[0]).toBe(32);
    expect(Math.max(...pieces.slice(-3))).toBeLessThanOrEqual(4 + 8);
    expect(timer.timing().fastestMs).toBeCloseTo(0.25, 9);
  });

  test("stops at 50 runs however long it is given, and reads NaN before any run", () => {
    const w = fakeWork(1);
    const timer = startTimer(w.work, w.clock);
    expect(timer.timing().medianMs).toBeNaN();
    timer.sample(1_000);
    expect(timer.runs).toBe(50);
    expect(timer.full).toBe(true);
    timer.sample(1_000);
    expect(timer.runs).toBe(50);
  });
});

describe("median", () => {
  test("is the middle value, the upper middle one for an even count, whatever the order", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([7])).toBe(7);
  });

  test("is NaN for no values, and leaves its input as it was", () => {
    expect(median([])).toBeNaN();
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
