import { describe, expect, test } from "vitest";
import { DEFAULTS, FIELDS, TABLE, clampField, decimals, field, planeOf, planes, snapField } from "../../../src/state/fields.ts";
import { MODELS } from "../../../src/engine/index.ts";
import { parseQuery, serializeQuery } from "../../../src/state/url-codec.ts";
import { expectValid } from "./checks.ts";
import { seeded } from "./arbitrary.ts";

describe("DEFAULTS", () => {
  test("is a valid state that serializes to the empty query", () => {
    expectValid(DEFAULTS);
    expect(serializeQuery(DEFAULTS)).toBe("");
    expect(parseQuery("").params).toStrictEqual(DEFAULTS);
  });

  test("sits on every control's grid, so a slider can return to it", () => {
    for (const f of TABLE.fields) {
      if (f.kind !== "number") continue;
      const v = f.read(DEFAULTS);
      expect(snapField(f.range, v), f.key).toBe(v);
    }
  });
});

describe("clampField(field, value)", () => {
  test("moves a value into the range", () => {
    expect(clampField(field("m"), 10)).toBe(4);
    expect(clampField(field("m"), -10)).toBe(-4);
    expect(clampField(FIELDS.lr, 0)).toBe(0.001);
  });

  test("turns -0 into 0", () => {
    expect(Object.is(clampField(field("m"), -0), 0)).toBe(true);
    expect(Object.is(clampField(FIELDS.step, -0.4), 0)).toBe(true);
  });

  test("rounds whole-number fields and leaves the others alone", () => {
    expect(clampField(FIELDS.step, 2.5)).toBe(3);
    expect(clampField(field("m"), 0.123456789)).toBe(0.123456789);
  });
});

describe("decimals(quantum)", () => {
  test("is the decimals each control's quantum needs", () => {
    expect([1, 0.1, 0.01, 0.001, 0.0001].map(decimals)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("snapField(field, value)", () => {
  test("lands on the quantum grid without float drift, so links stay short", () => {
    const random = seeded(0.9);
    for (let i = 0; i < 5_000; i++) {
      for (const [key, field] of Object.entries(FIELDS) as [string, NonNullable<(typeof FIELDS)[string]>][]) {
        const raw = field.min + (random() * 1.2 - 0.1) * (field.max - field.min);
        const v = snapField(field, raw);
        expect(v >= field.min && v <= field.max, `${key} ${raw}`).toBe(true);
        const text = String(v);
        const places = text.includes(".") ? text.split(".")[1]!.length : 0;
        expect(places, `${key} ${raw} → ${text}`).toBeLessThanOrEqual(decimals(field.quantum));
        expect(Object.is(v, -0), key).toBe(false);
      }
    }
  });

  test("steps the learning rate by exactly 0.001 from the default", () => {
    expect(snapField(FIELDS.lr, DEFAULTS.lr + FIELDS.lr.quantum)).toBe(0.051);
    expect(snapField(FIELDS.lr, 0.07 + 0.001)).toBe(0.071);
  });
});

describe("the loss space's axes", () => {
  const classifier = MODELS.find((m) => m.id === "classifier")!;

  test("planes(models) lists each pair of a model with more than two parameters; planeOf reads one back as indices", () => {
    expect(planes(MODELS)).toEqual(["w1-w2", "w1-c", "w2-c"]);
    expect(planeOf(classifier, "w1-c")).toEqual([0, 2]);
    expect(planeOf(classifier, "w2-c")).toEqual([1, 2]);
    for (const odd of ["", "c", "c-c", "m-b", "w1-w2-c", "w1-"]) expect(planeOf(classifier, odd), odd).toEqual([0, 1]);
    expect(planeOf(MODELS[0]!, "w1-c")).toEqual([0, 1]);
  });

  test("the link carries them only for such a model, and not at their default, the first two", () => {
    expect(DEFAULTS.axes).toBe("w1-w2");
    expect(serializeQuery({ ...DEFAULTS, model: "classifier", axes: "w1-c" })).toBe("?model=classifier&axes=w1-c");
    expect(serializeQuery({ ...DEFAULTS, model: "classifier" })).toBe("?model=classifier");
    expect(serializeQuery({ ...DEFAULTS, axes: "w1-c" })).toBe("");
    expect(parseQuery("?model=classifier&axes=w2-c")).toEqual({ params: { ...DEFAULTS, model: "classifier", axes: "w2-c" }, notices: [] });
    expect(parseQuery("?model=classifier&axes=c-w1").notices).toEqual([
      "The link's pair of axes the loss space shows is not one of w1-w2, w1-c, w2-c, so it is w1-w2.",
    ]);
  });

  test("is only a view: a change of axes changes no input that makes the descent", () => {
    const axes = TABLE.fields.find((f) => f.key === "axes")!;
    expect(axes.changes).toBe("view");
  });
});
