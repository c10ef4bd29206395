import { describe, expect, test } from "vitest";
import { DEFAULT_SEED, generateDataset, mse } from "../../../src/engine/index.ts";
import { EssayState } from "../../../src/state/essay.svelte.ts";
import { DEFAULTS, FIELDS } from "../../../src/state/fields.ts";

describe("EssayState", () => {
  test("the default state starts at m = -0.3, b = 2.5 with loss 20.5", () => {
    const s = new EssayState();
    expect(s.current).toEqual([-0.3, 2.5]);
    expect(s.loss.toFixed(1)).toBe("20.5");
    expect(s.loss).toBeCloseTo(mse(generateDataset(DEFAULTS.n, DEFAULT_SEED), { m: -0.3, b: 2.5 }), 12);
  });

  test("step = 1 moves down the gradient and lowers the loss", () => {
    const s = new EssayState();
    const g = s.gradient;
    s.step = 1;
    expect(s.current[0]).toBeCloseTo(-0.3 - DEFAULTS.lr * g[0]!, 12);
    expect(s.current[1]).toBeCloseTo(2.5 - DEFAULTS.lr * g[1]!, 12);
    expect(s.loss).toBeLessThan(s.startLoss);
  });

  test("setters clamp: step past the range, a learning rate of 0, batch above n", () => {
    const s = new EssayState();
    s.step = 1e9;
    s.lr = 0;
    s.batch = 10_000;
    expect(s.step).toBe(FIELDS.step.max);
    expect(s.lr).toBe(FIELDS.lr.min);
    expect(s.batch).toBe(s.n);
  });

  test("a learning rate of 1 diverges: the current point stays finite and the reason is given", () => {
    const s = new EssayState();
    s.lr = 1;
    s.step = 200;
    expect(s.diverged).toBe(true);
    expect(Number.isFinite(s.loss)).toBe(true);
    expect(s.trajectory.divergence?.reason).not.toMatch(/NaN/);
  });

  test("restartAt([m, b]) sets the start and rewinds to step 0", () => {
    const s = new EssayState();
    s.step = 7;
    s.restartAt([1, 1]);
    expect(s.step).toBe(0);
    expect(s.current).toEqual([1, 1]);
  });

  test("setters ignore non-finite values and keep the previous one", () => {
    const s = new EssayState();
    s.step = 3;
    for (const bad of [NaN, Infinity, -Infinity]) {
      s.m0 = bad;
      s.b0 = bad;
      s.lr = bad;
      s.step = bad;
      s.batch = bad;
      s.n = bad;
      s.seed = bad;
      s.setStart("m", bad);
      s.setSetting("beta", bad);
      s.restartAt([bad, 1]);
    }
    expect(s.params).toEqual({ ...DEFAULTS, step: 3 });
    expect(s.loss).toBe(s.trajectory.loss[3]);
  });

  test("the model and optimiser switch only to registered ones", () => {
    const s = new EssayState();
    s.setModel("valleys-that-are-not-there");
    s.setOptimizer("rmsprop");
    expect(s.model.id).toBe("line");
    expect(s.optimizer.id).toBe("gd");
    s.setOptimizer("momentum");
    expect(s.optimizer.id).toBe("momentum");
  });

  test("momentum's first step is plain descent's, and the next one carries the first along", () => {
    const plain = new EssayState();
    const heavy = new EssayState();
    heavy.setOptimizer("momentum");
    for (const s of [plain, heavy]) s.step = 2;
    expect(heavy.trajectory.params[0]![1]).toBe(plain.trajectory.params[0]![1]);
    expect(heavy.trajectory.params[0]![2]).not.toBe(plain.trajectory.params[0]![2]);
    // The carried part of step 2 is β times step 1.
    const v = heavy.trajectory.velocity!;
    expect(v[0]![1]).toBeCloseTo(0.9 * heavy.trajectory.moves[0]![0]!, 12);
  });

  test("the same seed gives the same sgd path; another seed another", () => {
    const a = new EssayState();
    const b = new EssayState();
    for (const s of [a, b]) {
      s.method = "sgd";
      s.step = 30;
    }
    expect(a.current).toEqual(b.current);
    b.seed = 2;
    expect(a.current).not.toEqual(b.current);
  });

  test("setParams writes only what changes: the same settings keep the start, the optimiser's settings and the look as they were", () => {
    const s = new EssayState();
    s.setStart("m", 1.5);
    s.setLook({ view: "bowl", turn: 30 });
    const before = s.params;
    s.setParams({ ...before, start: { ...before.start }, settings: { ...before.settings }, look: { ...before.look } });
    expect(s.params.start).toBe(before.start);
    expect(s.params.settings).toBe(before.settings);
    expect(s.look).toBe(before.look);
  });

  test("setParams sets every start and setting at once, clamped, ignoring unknown keys and non-finite values", () => {
    const s = new EssayState();
    const p = s.params;
    s.setParams({ ...p, start: { ...p.start, m: 1e9, b: Number.NaN, nope: 3 }, settings: { ...p.settings, beta: 0.5 } });
    expect(s.m0).toBe(FIELDS["m"]!.max);
    expect(s.b0).toBe(p.start.b);
    expect(s.params.start).not.toHaveProperty("nope");
    expect(s.params.settings.beta).toBe(0.5);
  });
});
