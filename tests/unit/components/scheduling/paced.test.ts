import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { paced } from "../../../../src/components/scheduling/paced.ts";

describe("paced(write)", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    // The page is idle, and its frames drawn, 16 ms after each ask.
    vi.stubGlobal("requestIdleCallback", (callback: () => void) => setTimeout(callback, 16));
    vi.stubGlobal("requestAnimationFrame", (callback: () => void) => setTimeout(callback, 16));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  test("writes nothing inside the ask, and the latest of the asks that came before the write, once", () => {
    const written: number[] = [];
    const keyed = paced<number>((v) => written.push(v));
    keyed.set(1);
    keyed.set(2);
    expect(written).toEqual([]);
    expect(keyed.pending).toBe(2);
    vi.advanceTimersByTime(200);
    expect(written).toEqual([2]);
    expect(keyed.pending).toBeNull();
  });

  test("flush() writes the pending value at once, and only once", () => {
    const written: number[] = [];
    const keyed = paced<number>((v) => written.push(v));
    keyed.set(3);
    keyed.flush();
    expect(written).toEqual([3]);
    vi.advanceTimersByTime(200);
    keyed.flush();
    expect(written).toEqual([3]);
  });
});
