import { describe, expect, test } from "vitest";
import { MODELS, loadModel, mathsLoaded, onDemand, provideMaths, type ModelCard, type ModelMaths } from "../../../../src/engine/index.ts";

/** A toy card, y = c, whose maths comes when its loader is called. */
const card: ModelCard = {
  id: "flat",
  label: "a flat line",
  lossName: "mean squared error",
  drawing: "curve",
  params: [{ key: "c", symbol: "c", label: "level", start: 0, min: -1, max: 1, quantum: 0.01, perPixel: 0.01, spans: [[-1, 1]] }],
  data: { columns: ["x", "y"], labelled: false, n: 2, maxN: 10, seed: 1, stream: () => (data, from, to) => data.x.fill(0, from, to) },
};

const maths = (extra: Partial<ModelMaths> = {}): ModelMaths => ({
  predict: (theta) => theta[0]!,
  residual: (theta, data, i) => data.y[i]! - theta[0]!,
  batchLoss: () => 0,
  batchGradient: () => [0],
  pointGradient: () => [0],
  dataProblem: () => null,
  ...extra,
});

describe("onDemand(card, offers, load)", () => {
  test("is the card at once, with every part of its maths throwing until the maths is provided", async () => {
    const flat = onDemand(card, ["minimum"], async () => provideMaths(flat, maths({ minimum: () => ({ theta: [1], loss: 0 }) })));
    expect(flat.params[0]!.key).toBe("c");
    expect(mathsLoaded(flat)).toBe(false);
    expect(flat.minimum).toBeDefined();
    expect(flat.valleys).toBeUndefined();
    expect(() => flat.predict([0.5], 0, 0)).toThrow(/flat\.predict: the model's maths has not loaded/);
    await loadModel(flat);
    expect(mathsLoaded(flat)).toBe(true);
    expect(loadModel(flat)).toBeUndefined();
    expect(flat.predict([0.5], 0, 0)).toBe(0.5);
    expect(flat.minimum!({ x: new Float64Array(0), y: new Float64Array(0) })?.theta).toEqual([1]);
  });

  test("refuses maths whose optional parts differ from what the card offered", () => {
    const flat = onDemand(card, ["minimum"], async () => undefined);
    expect(() => provideMaths(flat, maths())).toThrow(/offered \[minimum\] but its maths has \[\]/);
    expect(mathsLoaded(flat)).toBe(false);
  });
});

test("every registered model's maths is in place once tests/with-data-codec.ts has imported them all", () => {
  expect(MODELS.every(mathsLoaded)).toBe(true);
});
