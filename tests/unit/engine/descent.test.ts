import { expect, test } from "vitest";
import {
  batchGradient, batchSampler, descend, effectiveBatch, gradientFromStats, leastSquares, lossFromStats, seededRandom,
} from "../../../src/engine/index.ts";
import type { Trajectory } from "../../../src/engine/index.ts";
import { data, descendOptions, fit, start, stats } from "./fixtures.ts";

/** Every number a trajectory keeps, for finiteness checks. */
function keptNumbers(t: Trajectory): number[] {
  return [t.params[0]!, t.params[1]!, t.loss, t.grads[0]!, t.grads[1]!].flatMap((a) => Array.from(a));
}

test("descend records steps + 1 points, steps gradients and the full loss at each point", () => {
  const t = descend(descendOptions({ steps: 10 }));
  expect(t.length).toBe(11);
  expect([t.params[0]!.length, t.params[1]!.length, t.loss.length, t.grads[0]!.length, t.grads[1]!.length]).toEqual([11, 11, 11, 10, 10]);
  expect(t.params[0]![0]).toBe(start.m);
  expect(t.params[1]![0]).toBe(start.b);
  expect(t.loss[0]!.toFixed(1)).toBe("20.5");
  for (let i = 0; i < t.length; i++) expect(t.loss[i]).toBe(lossFromStats(stats, { m: t.params[0]![i]!, b: t.params[1]![i]! }));
  expect(t.batchSize).toBeNull();
  expect(t.divergence).toBeNull();
});

test("descend with 0 steps keeps only the start", () => {
  const t = descend(descendOptions({ steps: 0 }));
  expect(t.length).toBe(1);
  expect(t.grads[0]!.length).toBe(0);
});

test("one full-batch step from the start with learning rate 0.05 lowers the loss", () => {
  const t = descend(descendOptions({ learningRate: 0.05, steps: 1 }));
  expect(t.loss[1]).toBeLessThan(t.loss[0]!);
});

test("a full-batch step moves against the exact gradient by learningRate", () => {
  const t = descend(descendOptions({ learningRate: 0.05, steps: 1 }));
  const g = gradientFromStats(stats, start);
  expect(t.grads[0]![0]).toBe(g.dm);
  expect(t.grads[1]![0]).toBe(g.db);
  expect(t.params[0]![1]).toBe(start.m - 0.05 * g.dm);
  expect(t.params[1]![1]).toBe(start.b - 0.05 * g.db);
});

test.each(["sgd", "minibatch"] as const)("descend(%s) gives an identical trajectory for the same seed and another for a different seed", (method) => {
  const run = (seed: number) => descend(descendOptions({ method, batchSize: 8, steps: 200, learningRate: 0.02, random: seededRandom(seed) }));
  const a = run(5);
  expect(run(5)).toEqual(a);
  expect(run(6).params[0]!).not.toEqual(a.params[0]!);
  expect(a.batchSize).toBe(method === "sgd" ? 1 : 8);
});

test("a minibatch of size n equals the full-batch descent", () => {
  const full = descend(descendOptions({ steps: 50 }));
  const mini = descend(descendOptions({ method: "minibatch", batchSize: data.x.length, steps: 50 }));
  expect(mini.length).toBe(full.length);
  for (let i = 0; i < full.length; i++) {
    expect(mini.params[0]![i]).toBeCloseTo(full.params[0]![i]!, 10);
    expect(mini.params[1]![i]).toBeCloseTo(full.params[1]![i]!, 10);
  }
});

test("the minibatch gradient averaged over many seeds is the full gradient (unbiased)", () => {
  const n = data.x.length, k = 4, seeds = 4000;
  const p = { m: 0.4, b: -1.2 };
  const full = gradientFromStats(stats, p);
  let sumM = 0, sumB = 0, sumM2 = 0, sumB2 = 0;
  for (let seed = 0; seed < seeds; seed++) {
    const g = batchGradient(data, batchSampler(n, k, seededRandom(seed)).next(), k, p);
    sumM += g.dm, sumB += g.db, sumM2 += g.dm * g.dm, sumB2 += g.db * g.db;
  }
  const meanM = sumM / seeds, meanB = sumB / seeds;
  // Allow four standard errors of the mean, estimated from the same draws.
  const seM = Math.sqrt((sumM2 / seeds - meanM * meanM) / seeds);
  const seB = Math.sqrt((sumB2 / seeds - meanB * meanB) / seeds);
  expect(Math.abs(meanM - full.dm)).toBeLessThan(4 * seM);
  expect(Math.abs(meanB - full.db)).toBeLessThan(4 * seB);
  // And the batches really are noisy, so the check above has teeth.
  expect(seM).toBeGreaterThan(0.01);
});

test("learning rate 1 is reported as divergence, keeping only finite numbers", () => {
  const t = descend(descendOptions({ learningRate: 1, steps: 1000 }));
  expect(t.divergence).not.toBeNull();
  expect(t.divergence!.kind).toBe("exploding");
  expect(t.divergence!.step).toBe(t.length);
  expect(t.length).toBeLessThan(1001);
  expect(typeof t.divergence!.reason).toBe("string");
  expect(t.divergence!.reason).not.toContain("NaN");
  expect(keptNumbers(t).every(Number.isFinite)).toBe(true);
});

test("a learning rate that overflows the numbers is reported as non-finite divergence, free of NaN", () => {
  for (const method of ["batch", "sgd", "minibatch"] as const) {
    const t = descend(descendOptions({ method, learningRate: 1e300, steps: 100 }));
    expect(t.divergence?.kind).toBe("non-finite");
    expect(t.divergence!.reason).not.toContain("NaN");
    expect(keptNumbers(t).every(Number.isFinite)).toBe(true);
  }
});

test("full-batch descent at a small learning rate approaches leastSquares", () => {
  const t = descend(descendOptions({ learningRate: 0.02, steps: 1000 }));
  const fit = leastSquares(stats)!;
  expect(t.divergence).toBeNull();
  expect(t.params[0]![t.length - 1]).toBeCloseTo(fit.m, 6);
  expect(t.params[1]![t.length - 1]).toBeCloseTo(fit.b, 6);
});

test("the full-data loss of full-batch descent never rises at a small learning rate", () => {
  const t = descend(descendOptions({ learningRate: 0.02, steps: 300 }));
  for (let i = 1; i < t.length; i++) expect(t.loss[i]).toBeLessThanOrEqual(t.loss[i - 1]!);
});

test("effectiveBatch(method, batchSize, n) is n for batch, 1 for sgd and min(batchSize, n) for minibatch", () => {
  expect(effectiveBatch("batch", 8, 40)).toBe(40);
  expect(effectiveBatch("sgd", 8, 40)).toBe(1);
  expect(effectiveBatch("minibatch", 8, 40)).toBe(8);
  expect(effectiveBatch("minibatch", 80, 40)).toBe(40);
});

test("a divergence tells its step and learning rate as the reader reads them: step 1,000, grouped, never an ASCII minus", () => {
  // Just past the bowl's limit the loss takes the whole run to grow a million-fold.
  const limit = 2 / fit.curvature!.max;
  let [stable, diverging] = [limit, limit * 1.1];
  for (let i = 0; i < 60; i++) {
    const mid = (stable + diverging) / 2;
    if (descend(descendOptions({ learningRate: mid, steps: 1000 })).divergence) diverging = mid;
    else stable = mid;
  }
  const t = descend(descendOptions({ learningRate: diverging, steps: 1000 }));
  expect(t.divergence!.step).toBe(1000);
  expect(t.divergence!.reason).toMatch(/^At step 1,000 the loss had grown a million-fold: learning rate 0\.158 /);
  expect(t.instability).toEqual({ step: 1, cause: "rate", limit });
});
