import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { liveWriter, type LiveTarget } from "../../../../src/components/prose/live-writer.ts";
import { SCRUB_GAP_MS as PAUSE_MS } from "../../../../src/components/scheduling/scrub-watch.ts";
import type { LiveName } from "../../../../src/components/prose/live-values.ts";

/** When a far number of a change on its own is written: the page's next idle moment, a timer's 16 ms where there are no idle callbacks. */
const IDLE_MS = 16;

const box = (id: string) => ({ id }) as unknown as Element;
const target = (name: LiveName, where: Element, spoken = false): LiveTarget => ({ name, text: { data: "0" }, spoken, box: where });
/** Every number's text is value; asked records the names whose text was computed. */
const asked: LiveName[] = [];
const texts = (value: string) => () => (name: LiveName) => (asked.push(name), value);

/** A writer that knows one box near the screen and one far from it, with a number of each kind. */
function page(again?: () => void) {
  asked.length = 0;
  const writer = liveWriter(again);
  const here = box("here");
  const there = box("there");
  writer.seen(here, true);
  writer.seen(there, false);
  const numbers = { near: target("loss", here), spoken: target("loss", here, true), far: target("m", there) };
  const all = [numbers.near, numbers.spoken, numbers.far];
  return { writer, there, numbers, all, shown: () => all.map((t) => t.text.data) };
}

describe("liveWriter", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    vi.advanceTimersByTime(1000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test("a change on its own writes the numbers near the screen at once, the far ones and MathML copies when the page is next idle", () => {
    let again = 0;
    let latest = texts("1");
    // The caller writes again as LiveMath does: every number, for the state as it is, as no change.
    const { writer, all, shown } = page(() => {
      again++;
      writer.write(all, latest, false);
    });
    writer.write(all, latest);
    // Only the number near the screen is computed in the change's own task.
    expect(asked).toEqual(["loss"]);
    expect(shown()).toEqual(["1", "0", "0"]);
    vi.advanceTimersByTime(IDLE_MS);
    expect(shown()).toEqual(["1", "1", "1"]);
    // The caller's write again writes them, so that every number's inputs are followed.
    expect(again).toBe(1);
    writer.write(all, texts("2"), false);
    latest = texts("3");
    writer.write(all, latest);
    expect(shown()).toEqual(["3", "2", "2"]);
    vi.advanceTimersByTime(IDLE_MS);
    expect(shown()).toEqual(["3", "3", "3"]);
  });

  test("a write that is no change (a model's maths arriving, the caller's write again) writes every number at once", () => {
    const { writer, all, shown } = page();
    writer.write(all, texts("1"), false);
    expect(shown()).toEqual(["1", "1", "1"]);
  });

  test("a number whose text is not ready waits for the next write, not for idle moments: the caller is not asked again and again", () => {
    let again = 0;
    const notYet = () => (name: LiveName) => (name === "m" ? null : "1");
    const { writer, all, shown } = page(() => {
      again++;
      writer.write(all, notYet, false);
    });
    writer.write(all, notYet);
    vi.advanceTimersByTime(10 * IDLE_MS);
    expect(again).toBe(1);
    expect(shown()).toEqual(["1", "1", "0"]);
    // Its maths comes: the caller writes, as no change.
    writer.write(all, texts("1"), false);
    expect(shown()).toEqual(["1", "1", "1"]);
  });

  test("a later change replaces an earlier one's wait: its far numbers come from the state as it is then", () => {
    const { writer, numbers, all } = page();
    writer.write(all, texts("1"));
    vi.advanceTimersByTime(IDLE_MS / 2);
    writer.write(all, texts("2"));
    vi.advanceTimersByTime(IDLE_MS / 2);
    expect(numbers.far.text.data).toBe("0");
    vi.advanceTimersByTime(IDLE_MS / 2);
    expect(numbers.far.text.data).toBe("2");
  });

  test("a write that is no change of the state (a model's maths arriving) does not make the next change part of a scrub", () => {
    const { writer, all, shown } = page();
    writer.write(all, texts("0"));
    writer.write(all, texts("0"), false);
    writer.write(all, texts("1"));
    vi.advanceTimersByTime(IDLE_MS);
    expect(shown()).toEqual(["1", "1", "1"]);
  });

  test("in a scrub, numbers near the screen follow every change; far ones and MathML copies wait for a pause", () => {
    const { writer, all, shown } = page();
    writer.write(all, texts("0"));
    writer.write(all, texts("1"));
    vi.advanceTimersByTime(PAUSE_MS - 1);
    writer.write(all, texts("2"));
    expect(shown()).toEqual(["2", "1", "1"]);
    vi.advanceTimersByTime(PAUSE_MS - 1);
    expect(shown()).toEqual(["2", "1", "1"]);
    vi.advanceTimersByTime(1);
    expect(shown()).toEqual(["2", "2", "2"]);
  });

  test("a scrub that keeps going keeps far numbers waiting until it stops", () => {
    const { writer, numbers, all } = page();
    for (let t = 1; t <= 20; t++) {
      writer.write(all, texts(String(t)));
      vi.advanceTimersByTime(PAUSE_MS / 2);
    }
    expect(numbers.far.text.data).toBe("2");
    vi.advanceTimersByTime(PAUSE_MS / 2);
    expect(numbers.far.text.data).toBe("20");
  });

  test("in a scrub, a far number comes up to date as soon as it comes near", () => {
    const { writer, there, numbers, all } = page();
    writer.write(all, texts("1"));
    writer.write(all, texts("2"));
    vi.advanceTimersByTime(IDLE_MS);
    writer.write(all, texts("3"));
    expect(numbers.far.text.data).toBe("2");
    writer.seen(there, true);
    expect(numbers.far.text.data).toBe("3");
  });

  test("in a scrub, far numbers are not computed; once it pauses, the caller is asked to write again, and that writes them", () => {
    let again = 0;
    const { writer, all, shown } = page(() => {
      again++;
      writer.write(all, texts("3"), false);
    });
    writer.write(all, texts("1"));
    writer.write(all, texts("2"));
    asked.length = 0;
    writer.write(all, texts("3"));
    expect(asked).toEqual(["loss"]);
    vi.advanceTimersByTime(PAUSE_MS);
    expect(asked).toContain("m");
    expect(again).toBe(1);
    expect(shown()).toEqual(["3", "3", "3"]);
  });

  test("a number written late is computed from the state as it is then, not from the change it was held back at", () => {
    // The figures may have switched model since (a chapter came in): half of one state and half of another would throw.
    let now = "1";
    const current = () => {
      const at = now;
      return () => at;
    };
    const { writer, there, numbers, all } = page();
    writer.write(all, current);
    now = "2";
    writer.write(all, current);
    now = "3";
    writer.write(all, current);
    now = "4";
    writer.seen(there, true);
    expect(numbers.far.text.data).toBe("4");
    writer.seen(there, false);
    writer.write(all, current);
    now = "5";
    vi.advanceTimersByTime(PAUSE_MS);
    expect(numbers.far.text.data).toBe("5");
  });
});
