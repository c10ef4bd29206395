import { describe, expect, test } from "vitest";
import { stepCost, timeIt } from "../../../src/engine/index.ts";
import { Comparison } from "../../../src/state/comparison.svelte.ts";
import { EssayState } from "../../../src/state/essay.svelte.ts";

describe("stepCost", () => {
  test("stepCost(batch, 32, 500000, 10) touches every point each step: one epoch per step", () => {
    expect(stepCost("batch", 32, 500_000, 10)).toEqual({ pointsPerStep: 500_000, stepsPerEpoch: 1, pointsSeen: 5_000_000 });
  });
  test("stepCost(minibatch, 32, 500000, 10) touches 32 points a step, 15,625 steps an epoch", () => {
    expect(stepCost("minibatch", 32, 500_000, 10)).toEqual({ pointsPerStep: 32, stepsPerEpoch: 15_625, pointsSeen: 320 });
  });
  test("stepCost(sgd, …) touches one point a step", () => {
    expect(stepCost("sgd", 32, 40, 3).pointsPerStep).toBe(1);
  });
});

describe("timeIt", () => {
  test("timeIt(work, clock) returns the median time of one call under a fake clock", () => {
    let now = 0;
    const timing = timeIt(() => (now += 2), () => now, 10);
    expect(timing.medianMs).toBe(2);
    expect(timing.runs).toBeGreaterThanOrEqual(3);
  });
});

describe("Comparison", () => {
  test("runs batch, sgd and minibatch from the same start; the full-batch path is the essay's own", () => {
    const essay = new EssayState();
    essay.step = 20;
    const comparison = new Comparison(essay);
    expect(comparison.runs.map((r) => r.method)).toEqual(["batch", "sgd", "minibatch"]);
    for (const run of comparison.runs) {
      expect(run.trajectory.params[0]![0]).toBe(essay.m0);
      expect(run.trajectory.params[1]![0]).toBe(essay.b0);
    }
    const batch = comparison.runs[0]!.trajectory;
    expect(batch.params[0]![20]).toBe(essay.trajectory.params[0]![20]);
  });

  test("the stochastic paths differ from the full-batch path but all end lower than they started", () => {
    const essay = new EssayState();
    essay.step = 100;
    const [batch, sgd, mini] = new Comparison(essay).runs;
    expect(sgd!.trajectory.params[0]![50]).not.toBe(batch!.trajectory.params[0]![50]);
    for (const run of [batch!, sgd!, mini!]) {
      const t = run.trajectory;
      expect(t.loss[t.length - 1]).toBeLessThan(t.loss[0]!);
    }
  });
});
