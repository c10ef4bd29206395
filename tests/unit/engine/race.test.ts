import { expect, test } from "vitest";
import { MAX_STEPS, OPTIMIZERS, descend, line, objective, optimizerFor, presetData, seededRandom, stepsDown } from "../../../src/engine/index.ts";
import { descendOptions, fit, theta0 } from "./fixtures.ts";

const gd = optimizerFor("gd")!;
const momentum = optimizerFor("momentum")!;

test("stepsDown(...) is the first step whose loss is 99 % of the way from the start's down to the bottom's", () => {
  const k = stepsDown(fit, theta0, 0.05, gd, {})!;
  const t = descend(descendOptions({ learningRate: 0.05, steps: k }));
  const target = fit.minimumLoss! + 0.01 * (t.loss[0]! - fit.minimumLoss!);
  expect(t.loss[k]!).toBeLessThanOrEqual(target);
  expect(t.loss[k - 1]!).toBeGreaterThan(target);
  expect(k).toBe(14);
});

test("momentum needs far fewer steps than plain descent down the steep-line preset's long valley, and no fewer on a round bowl at a brisk rate", () => {
  const steep = objective(line, presetData("steep-line"));
  const plain = stepsDown(steep, theta0, 0.05, gd, {})!;
  const heavy = stepsDown(steep, theta0, 0.05, momentum, { beta: 0.9 })!;
  expect(heavy * 5).toBeLessThan(plain);
  expect(stepsDown(fit, theta0, 0.05, momentum, { beta: 0.9 })!).toBeGreaterThan(stepsDown(fit, theta0, 0.05, gd, {})!);
});

test("stepsDown is null when the descent diverges, crawls past the last step, or no bottom is known", () => {
  expect(stepsDown(fit, theta0, 0.5, gd, {})).toBeNull();
  expect(stepsDown(fit, theta0, 0.0001, gd, {})).toBeNull();
  expect(MAX_STEPS).toBe(1000);
  expect(stepsDown(objective(line, { x: Float64Array.of(1, 1), y: Float64Array.of(0, 2) }), theta0, 0.05, gd, {})).toBeNull();
  expect(stepsDown(fit, fit.minimum!, 0.05, gd, {})).toBe(0);
});

test("stepsDown(...) is the first step down of descend's own full-batch path, for every optimiser, and null where that path never comes down", () => {
  const steep = objective(line, presetData("steep-line"));
  for (const f of [fit, steep]) {
    for (const o of OPTIMIZERS) {
      for (const rate of [0.001, 0.01, 0.05, 0.2, 0.5, 3]) {
        const settings = Object.fromEntries(o.settings.map((s) => [s.key, s.default]));
        const t = descend({ objective: f, start: theta0, learningRate: rate, optimizer: o, settings, method: "batch", batchSize: 1, steps: MAX_STEPS, random: seededRandom(0) });
        const target = f.minimumLoss! + 0.01 * (t.loss[0]! - f.minimumLoss!);
        const k = t.loss.findIndex((l) => l <= target);
        expect(stepsDown(f, theta0, rate, o, settings), `${o.id} at ${rate}`).toBe(k < 0 ? null : k);
      }
    }
  }
});
