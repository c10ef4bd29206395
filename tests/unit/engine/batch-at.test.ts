import { expect, test } from "vitest";
import { batchAt, batchGradient, batchReplay, descend, generateDataset, line, objective, seededRandom } from "../../../src/engine/index.ts";
import { data, descendOptions } from "./fixtures.ts";

test("batchAt(n, k, seed, step) is the batch behind every minibatch step descend took, across epochs", () => {
  const n = data.x.length, k = 8, seed = 5;
  const t = descend(descendOptions({ method: "minibatch", batchSize: k, steps: 30, learningRate: 0.02, random: seededRandom(seed) }));
  expect(t.length).toBe(31);
  for (let step = 0; step < t.length - 1; step++) {
    const g = batchGradient(data, batchAt(n, k, seed, step), k, { m: t.params[0]![step]!, b: t.params[1]![step]! });
    expect([g.dm, g.db], `step ${step}`).toEqual([t.grads[0]![step], t.grads[1]![step]]);
  }
});

test("batchAt(n, 1, seed, step) is the one point behind each sgd step", () => {
  const n = data.x.length, seed = 3;
  const t = descend(descendOptions({ method: "sgd", steps: 100, learningRate: 0.01, random: seededRandom(seed) }));
  for (let step = 0; step < t.length - 1; step++) {
    const batch = batchAt(n, 1, seed, step);
    expect(batch.length).toBe(1);
    const g = batchGradient(data, batch, 1, { m: t.params[0]![step]!, b: t.params[1]![step]! });
    expect([g.dm, g.db], `step ${step}`).toEqual([t.grads[0]![step], t.grads[1]![step]]);
  }
});

test("batchAt matches descend on 50,000 points when the batch does not divide n (a reshuffle leaves points out)", () => {
  const big = generateDataset(50_000, 11);
  const k = 4096, seed = 9; // 12 batches an epoch, 848 points left out of each, so 30 steps cross two reshuffles
  const t = descend({ objective: objective(line, big), start: [-0.3, 2.5], learningRate: 0.05, method: "minibatch", batchSize: k, steps: 30, random: seededRandom(seed) });
  expect(t.length).toBe(31);
  for (const step of [0, 11, 12, 23, 24, 29]) {
    const g = batchGradient(big, batchAt(big.x.length, k, seed, step), k, { m: t.params[0]![step]!, b: t.params[1]![step]! });
    expect([g.dm, g.db], `step ${step}`).toEqual([t.grads[0]![step], t.grads[1]![step]]);
  }
});

test("batchAt(n, n, seed, step) is every point, as a full batch uses", () => {
  expect(Array.from(batchAt(5, 5, 1, 7))).toEqual([0, 1, 2, 3, 4]);
});

test("batchAt returns a fresh array each time, so a kept batch never changes under a later call", () => {
  const first = batchAt(40, 8, 2, 0);
  const copy = Array.from(first);
  batchAt(40, 8, 2, 9);
  expect(Array.from(first)).toEqual(copy);
});

test("batchReplay(n, k, seed).at(step) gives batchAt's batch whether asked forward, again, or backward", () => {
  const replay = batchReplay(40, 3, 7); // 13 batches an epoch, so steps 0…40 span four shuffles
  for (const step of [0, 1, 2, 12, 13, 13, 40, 14, 5, 5, 39, 0]) {
    expect(Array.from(replay.at(step)), `step ${step}`).toEqual(Array.from(batchAt(40, 3, 7, step)));
  }
});

test("batchReplay hands out copies, so a kept batch never changes as the replay moves on", () => {
  const replay = batchReplay(40, 8, 2);
  const first = replay.at(0);
  const copy = Array.from(first);
  replay.at(9);
  replay.at(0).fill(-1);
  expect(Array.from(first)).toEqual(copy);
  expect(Array.from(replay.at(0))).toEqual(copy);
});

test("batchReplay refuses a batch larger than n, and a bad seed or step, with the engine's messages", () => {
  expect(() => batchAt(10, 11, 1, 0)).toThrow("batchReplay: invalid k; not an integer in [1, 10]: 11");
  expect(() => batchReplay(10, 2, -1)).toThrow("batchReplay: invalid seed; not an integer in [0, 2147483647]: -1");
  expect(() => batchReplay(10, 2, 1).at(1.5)).toThrow("batchReplay: invalid step; not an integer in [0, 1073741824]: 1.5");
});
