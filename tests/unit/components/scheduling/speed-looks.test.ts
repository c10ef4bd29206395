import { describe, expect, test } from "vitest";
import { SAMPLE_POINTS, timeLossAndGradient, timingSample, type SpeedReport } from "../../../../src/components/scheduling/speed-looks.ts";

const now = () => performance.now();
const noPause = () => Promise.resolve();

async function reports(clock: () => number, looks = 3): Promise<SpeedReport[]> {
  const seen: SpeedReport[] = [];
  await timeLossAndGradient(timingSample(), clock, noPause, (r) => seen.push(r), looks);
  return seen;
}

describe("timeLossAndGradient", () => {
  test("reports a time a point for the loss and the gradient after the first look, and ends with a final report", async () => {
    const seen = await reports(now);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen[0]!.final).toBe(false);
    expect(seen.at(-1)!.final).toBe(true);
    for (const r of seen) {
      // A point's squared residual or gradient term is a few nanoseconds at most, on any machine that runs the tests.
      expect(r.lossSecondsPerPoint).toBeGreaterThan(1e-12);
      expect(r.lossSecondsPerPoint).toBeLessThan(1e-6);
      expect(r.gradientSecondsPerPoint).toBeGreaterThan(1e-12);
      expect(r.gradientSecondsPerPoint).toBeLessThan(1e-6);
    }
  });

  test("the final report is the fastest seen: a later report is never slower than an earlier one", async () => {
    const seen = await reports(now, 4);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.lossSecondsPerPoint).toBeLessThanOrEqual(seen[i - 1]!.lossSecondsPerPoint);
      expect(seen[i]!.gradientSecondsPerPoint).toBeLessThanOrEqual(seen[i - 1]!.gradientSecondsPerPoint);
    }
  });

  test("a clock that ticks once a millisecond (as privacy modes give pages) still gives both times", async () => {
    const seen = await reports(() => Math.floor(now()));
    expect(seen.at(-1)!.final).toBe(true);
    expect(seen.at(-1)!.lossSecondsPerPoint).toBeGreaterThan(0);
    expect(seen.at(-1)!.gradientSecondsPerPoint).toBeGreaterThan(0);
  });

  test("the sample is the essay's own points' shape, the same on every load", () => {
    const a = timingSample();
    const b = timingSample();
    expect(a.x.length).toBe(SAMPLE_POINTS);
    expect(Array.from(a.x.subarray(0, 5))).toEqual(Array.from(b.x.subarray(0, 5)));
  });
});
