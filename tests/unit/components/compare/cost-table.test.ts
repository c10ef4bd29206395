import { expect, test } from "vitest";
import { EssayState } from "../../../../src/state/essay.svelte.ts";
import { Comparison } from "../../../../src/state/comparison.svelte.ts";
import { costColumns, formatCount, formatDuration, formatRatio, formatTimes } from "../../../../src/components/compare/cost-table.ts";
import { describeComparison } from "../../../../src/components/compare/describe.ts";

const times = { batch: 2.5, sgd: 0.0004, minibatch: 0.001 } as const;

test("costColumns(runs, 30, 8, 40, times) counts points per step, per epoch and seen for each method", () => {
  const essay = new EssayState();
  essay.step = 30;
  const columns = costColumns(new Comparison(essay).runs, 30, 8, 40, times);
  expect(columns.map((c) => [c.method, c.pointsPerStep, c.stepsPerEpoch, c.steps, c.pointsSeen])).toEqual([
    ["batch", 40, 1, 30, 1200],
    ["sgd", 1, 40, 30, 30],
    ["minibatch", 8, 5, 30, 240],
  ]);
});

test("costColumns turns step times into epoch times and into steps per full-batch step", () => {
  const essay = new EssayState();
  const [batch, sgd, mini] = costColumns(new Comparison(essay).runs, 0, 8, 40, times);
  expect(batch!.epochMs).toBe(2.5);
  expect(sgd!.epochMs).toBeCloseTo(0.016, 12);
  expect(mini!.epochMs).toBeCloseTo(0.005, 12);
  expect(batch!.cheaper).toBe(1);
  expect(mini!.cheaper).toBeCloseTo(2500, 9);
});

test("costColumns leaves every time null while it is being measured, never NaN", () => {
  const essay = new EssayState();
  const columns = costColumns(new Comparison(essay).runs, 5, 8, 40, { batch: null, sgd: 0.001, minibatch: null });
  expect(columns.map((c) => [c.stepMs, c.epochMs, c.cheaper])).toEqual([[null, null, null], [0.001, 0.04, null], [null, null, null]]);
});

test("costColumns counts only the steps a diverged run kept", () => {
  const essay = new EssayState();
  essay.lr = 1;
  essay.step = 500;
  const runs = new Comparison(essay).runs;
  const batch = runs[0]!.trajectory;
  expect(batch.divergence).not.toBeNull();
  const column = costColumns(runs, 500, 8, 40, times)[0]!;
  expect(column.steps).toBe(batch.length - 1);
  expect(column.pointsSeen).toBe((batch.length - 1) * 40);
});

test("formatDuration(ms) prints two significant figures in ns, µs, ms or s", () => {
  expect(formatDuration(3.712)).toBe("3.7 ms");
  expect(formatDuration(0.000412)).toBe("410 ns");
  expect(formatDuration(0.0123)).toBe("12 µs");
  expect(formatDuration(123.4)).toBe("120 ms");
  expect(formatDuration(999.7)).toBe("1 s");
  expect(formatDuration(2500)).toBe("2.5 s");
  expect(formatDuration(0.00000005)).toBe("0.05 ns");
  expect(formatDuration(NaN)).toBe("—");
  expect(formatDuration(0)).toBe("—");
});

test("formatTimes and formatRatio print ratios with thousands commas and no NaN", () => {
  expect(formatTimes(9512)).toBe("9,500");
  expect(formatTimes(0.2534)).toBe("0.25");
  expect(formatRatio(1.26)).toBe("1.3×");
  expect(formatRatio(Infinity)).toBe("—");
});

test("formatCount(v) keeps whole counts whole and n ÷ k to one decimal", () => {
  expect(formatCount(500_000)).toBe("500,000");
  expect(formatCount(40 / 3)).toBe("13.3");
  expect(formatCount(NaN)).toBe("—");
});

test("describeComparison says each run's loss at the step and the bottom of the bowl", () => {
  const essay = new EssayState();
  essay.step = 30;
  const runs = new Comparison(essay).runs;
  const text = describeComparison(runs, 30, essay.minimumLoss);
  expect(text).toMatch(/^After 30 steps, the loss of each run is: full batch 3\.53, stochastic [\d.]+, mini-batch [\d.]+; the bottom of the bowl is 3\.52\.$/);
  expect(describeComparison(runs, 0, null)).toBe("At the start, the loss of each run is: full batch 20.5, stochastic 20.5, mini-batch 20.5.");
});
