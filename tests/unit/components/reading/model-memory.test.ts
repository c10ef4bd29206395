import { describe, expect, test } from "vitest";
import { ModelMemory } from "../../../../src/components/reading/model-memory.ts";
import { DEFAULTS } from "../../../../src/state/fields.ts";

const mine = { ...DEFAULTS, lr: 0.2, step: 14 };
const valleysScene = { ...DEFAULTS, model: "valleys", lr: 0.1 };

describe("ModelMemory", () => {
  test("entering a chapter about the model on show changes nothing", () => {
    expect(new ModelMemory().enter(mine, "line", null)).toBeNull();
  });

  test("entering another model's chapter shows its scene, and coming back finds the reader's state", () => {
    const memory = new ModelMemory();
    expect(memory.enter(mine, "valleys", valleysScene)).toBe(valleysScene);
    const there = { ...valleysScene, step: 30 };
    expect(memory.enter(there, "line", null)).toBe(mine);
    // Back in the valleys: the reader's step 30, not the scene again.
    expect(memory.enter(mine, "valleys", valleysScene)).toBe(there);
    expect(memory.remembered("valleys")).toBe(true);
  });

  test("without a scene for that model, the same settings switch model at step 0 with the model's own data", () => {
    const memory = new ModelMemory();
    expect(memory.enter({ ...mine, data: "1.abc" }, "classifier", null)).toEqual({ ...mine, model: "classifier", step: 0, data: null });
    expect(memory.enter(mine, "valleys", DEFAULTS)).toEqual({ ...mine, model: "valleys", step: 0, data: null });
  });
});
