import { describe, expect, test } from "vitest";
import { leastSquares, presetData, summarize } from "../../../src/engine/index.ts";
import { EssayState } from "../../../src/state/essay.svelte.ts";
import { parseQuery, serializeQuery } from "../../../src/state/url-codec.ts";

describe("EssayState.setData", () => {
  test("the reader's points replace the data, move the minimum, and travel in the link exactly", () => {
    const s = new EssayState();
    const before = s.minimum;
    const change = s.setData(presetData("outlier"));
    expect(change).toEqual({ linkable: true, rounded: false, why: null });
    expect(s.size).toBe(presetData("outlier").x.length);
    const fit = leastSquares(summarize(presetData("outlier")))!;
    expect(s.minimum).toEqual([fit.m, fit.b]);
    expect(s.minimum).not.toEqual(before);

    const reopened = new EssayState();
    reopened.setParams(parseQuery(serializeQuery(s.params)).params);
    expect(Array.from(reopened.data.x)).toEqual(Array.from(s.data.x));
    expect(reopened.loss).toBe(s.loss);
  });

  test("points are rounded to 0.001 so the screen shows exactly what the link carries", () => {
    const s = new EssayState();
    const change = s.setData({ x: Float64Array.of(0.12345, 1, 2), y: Float64Array.of(1, 2.00049, 3) });
    expect(change.rounded).toBe(true);
    expect(Array.from(s.data.x)).toEqual([0.123, 1, 2]);
    expect(Array.from(s.data.y)).toEqual([1, 2, 3]);
  });

  test("more than 200 points are kept as given but cannot be linked, and say why", () => {
    const s = new EssayState();
    const x = Float64Array.from({ length: 300 }, (_, i) => i / 100);
    const change = s.setData({ x, y: x.map((v) => 2 * v + 1) });
    expect(change.linkable).toBe(false);
    expect(change.why).toMatch(/too many/);
    expect(s.params.data).toBeNull();
    expect(s.size).toBe(300);
  });

  test("setData(null) goes back to the generated data", () => {
    const s = new EssayState();
    s.setData(presetData("flat-cloud"));
    s.setData(null);
    expect(s.size).toBe(s.n);
    expect(s.loss.toFixed(1)).toBe("20.5");
  });
});
