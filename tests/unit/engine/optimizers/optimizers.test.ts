import { describe, expect, test } from "vitest";
import { OPTIMIZERS, descend, objective, optimizerFor, presetData, line, seededRandom } from "../../../../src/engine/index.ts";
import { adam } from "../../../../src/engine/optimizers/adam.ts";
import { momentum } from "../../../../src/engine/optimizers/momentum.ts";
import { descendOptions, fit, theta0 } from "../fixtures.ts";

const gd = optimizerFor("gd")!;

describe("OPTIMIZERS", () => {
  test("are plain descent, momentum and Adam, in the order the essay introduces them, each found by its link name", () => {
    expect(OPTIMIZERS.map((o) => o.id)).toEqual(["gd", "momentum", "adam"]);
    expect(optimizerFor("rmsprop")).toBeUndefined();
    expect(optimizerFor("__proto__")).toBeUndefined();
  });

  test("every step is pure: the same θ, gradient and memory give the same step, and nothing passed in changes", () => {
    for (const o of OPTIMIZERS) {
      const settings = Object.fromEntries(o.settings.map((s) => [s.key, s.default]));
      const state = o.step([1, 2], [0.5, -0.25], o.init(2), 0.1, settings).state;
      const theta = Object.freeze([1, 2]);
      const g = Object.freeze([0.3, 0.7]);
      const a = o.step(theta, g, state, 0.1, settings);
      const b = o.step(theta, g, state, 0.1, settings);
      expect(a, o.id).toEqual(b);
      expect(theta).toEqual([1, 2]);
    }
  });
});

test("gd: θ ← θ − η·∇L, with no memory and a stable limit of 2/λ", () => {
  expect(gd.step([1, 2], [10, -4], null, 0.1, {}).theta).toEqual([0, 2.4]);
  expect(gd.velocity(null, 0.1, {})).toBeNull();
  expect(gd.stableBelow(12.5, {})).toBe(0.16);
});

test("momentum: v ← β·v + ∇L, θ ← θ − η·v; its memory carries β·v into the next step", () => {
  const first = momentum.step([0, 0], [1, 2], momentum.init(2), 0.1, { beta: 0.5 });
  expect(first.theta).toEqual([-0.1, -0.2]);
  expect(first.state.v).toEqual([1, 2]);
  expect(momentum.velocity(first.state, 0.1, { beta: 0.5 })).toEqual([-0.05, -0.1]);
  const second = momentum.step(first.theta, [1, 2], first.state, 0.1, { beta: 0.5 });
  expect(second.state.v).toEqual([1.5, 3]);
  expect(second.theta[0]).toBeCloseTo(-0.25, 15);
  expect(momentum.stableBelow(10, { beta: 0.9 })).toBeCloseTo(0.38, 15);
});

test("adam: the first step moves each parameter by about η against its gradient's sign, whatever the gradient's size", () => {
  const step = adam.step([0, 0], [1000, -0.001], adam.init(2), 0.01, { beta1: 0.9, beta2: 0.999 });
  expect(step.theta[0]).toBeCloseTo(-0.01, 6);
  expect(step.theta[1]).toBeCloseTo(0.01, 4);
  expect(step.state.t).toBe(1);
  expect(adam.stableBelow(10, {})).toBeNull();
});

test("momentum crosses the steep-line preset's long valley in fewer steps than plain descent at the same rate", () => {
  const f = objective(line, presetData("steep-line"));
  const target = f.minimumLoss! * 1.01;
  const stepsTo = (id: string) => {
    const t = descend({ objective: f, start: theta0, learningRate: 0.03, optimizer: optimizerFor(id)!, method: "batch", batchSize: 1, steps: 1000, random: seededRandom(1) });
    return Array.from(t.loss).findIndex((l) => l <= target);
  };
  const plain = stepsTo("gd");
  const heavy = stepsTo("momentum");
  expect(heavy).toBeGreaterThan(0);
  expect(plain === -1 || heavy < plain / 3).toBe(true);
});

test("a trajectory records the step actually taken and, for momentum, the part its memory carried", () => {
  const t = descend(descendOptions({ optimizer: momentum, settings: { beta: 0.9 }, steps: 5 }));
  for (let s = 0; s < 5; s++) {
    expect(t.moves[0]![s]).toBeCloseTo(t.params[0]![s + 1]! - t.params[0]![s]!, 15);
    if (s > 0) expect(t.velocity![0]![s]).toBeCloseTo(0.9 * t.moves[0]![s - 1]!, 12);
  }
  expect(t.velocity![1]![0]).toBe(0);
  expect(descend(descendOptions({ steps: 5 })).velocity).toBeNull();
});

test("full-batch plain descent past 2/λ is named unstable from step 1, before the loss runs away", () => {
  const limit = 2 / fit.curvature!.max;
  const over = descend(descendOptions({ learningRate: limit * 1.05, steps: 50 }));
  expect(over.instability).toEqual({ step: 1, cause: "rate", limit });
  expect(over.divergence).toBeNull();
  expect(descend(descendOptions({ learningRate: limit * 0.95, steps: 50 })).instability).toBeNull();
  // Momentum's limit is 2(1 + β)/λ: the same rate is stable with it.
  expect(descend(descendOptions({ learningRate: limit * 1.05, optimizer: momentum, settings: { beta: 0.5 }, steps: 50 })).instability).toBeNull();
});

test("a full-batch descent that stops moving says where it settled", () => {
  const t = descend(descendOptions({ learningRate: 0.05, steps: 1000 }));
  expect(t.settled).not.toBeNull();
  const s = t.settled!;
  expect(Math.abs(t.loss[s + 1]! - t.loss[s]!)).toBeLessThanOrEqual(1e-9 * t.loss[s]!);
  expect(Math.abs(t.loss[s]! - fit.minimumLoss!)).toBeLessThan(1e-6);
  expect(descend(descendOptions({ method: "sgd", steps: 1000, learningRate: 0.01 })).settled).toBeNull();
});
