import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { heldWait, SCRUB_GAP_MS } from "../../../../src/components/scheduling/scrub-watch.ts";

/** When a change on its own is over: the page's next idle moment, a timer's 16 ms where there are no idle callbacks (as here). */
const IDLE_MS = 16;

describe("heldWait", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test("a change on its own is over at the next idle moment; a scrub's SCRUB_GAP_MS after it", () => {
    const wait = heldWait();
    const done: string[] = [];
    wait.after(false, () => done.push("alone"));
    vi.advanceTimersByTime(IDLE_MS - 1);
    expect(done).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(done).toEqual(["alone"]);
    wait.after(true, () => done.push("scrub"));
    vi.advanceTimersByTime(SCRUB_GAP_MS - 1);
    expect(done).toEqual(["alone"]);
    vi.advanceTimersByTime(1);
    expect(done).toEqual(["alone", "scrub"]);
  });

  test("a later wait replaces an earlier one, of either kind: only the latest change's work is done", () => {
    const wait = heldWait();
    const done: string[] = [];
    wait.after(true, () => done.push("first"));
    vi.advanceTimersByTime(100);
    wait.after(false, () => done.push("second"));
    wait.after(true, () => done.push("third"));
    vi.advanceTimersByTime(SCRUB_GAP_MS);
    expect(done).toEqual(["third"]);
  });

  test("cancel() drops the wait: its work is never done", () => {
    const wait = heldWait();
    const done: string[] = [];
    wait.after(false, () => done.push("alone"));
    wait.cancel();
    wait.after(true, () => done.push("scrub"));
    wait.cancel();
    vi.advanceTimersByTime(10 * SCRUB_GAP_MS);
    expect(done).toEqual([]);
  });
});
