import { afterEach, describe, expect, test, vi } from "vitest";
import {
  DEFAULT_N, DEFAULT_SEED, PRESETS, PRESET_SEED, descend, findPreset, generateDataset, leastSquares, lossFromStats,
  line, objective, presetData, seededRandom, summarize, type Dataset, type PresetId,
} from "../../../src/engine/index.ts";
import { field } from "../../../src/state/fields.ts";

const start = { m: -0.3, b: 2.5 };

/** A full-batch descent of the data from the essay's start. */
function descendFromStart(data: Dataset, learningRate: number, steps: number) {
  return descend({ objective: objective(line, data), start: [start.m, start.b], learningRate, method: "batch", batchSize: 8, steps, random: seededRandom(1) });
}

/** The least-squares line of the data (every preset has one). */
function fit(data: Dataset) {
  return leastSquares(summarize(data))!;
}

describe("PRESETS", () => {
  test("lists default, clean-line, outlier, flat-cloud and steep-line, each with a label and one sentence", () => {
    expect(PRESETS.map((p) => p.id)).toEqual(["default", "clean-line", "outlier", "flat-cloud", "steep-line"]);
    for (const p of PRESETS) {
      expect(p.label.length).toBeGreaterThan(3);
      expect(p.description).toMatch(/^[A-Z][^.]*\.$/);
      // Prose never carries a computed number.
      expect(p.description).not.toMatch(/\d/);
    }
  });

  test("findPreset(id) finds each preset and nothing else", () => {
    for (const p of PRESETS) expect(findPreset(p.id)).toBe(p);
    for (const id of ["", "Default", "constructor", "__proto__", "outlier "]) expect(findPreset(id)).toBeUndefined();
  });

  test("presetData(id) refuses an unknown id with a RangeError", () => {
    expect(() => presetData("nope" as PresetId)).toThrow(/presetData: invalid id; not a preset: nope/);
  });
});

describe("presetData(id, seed)", () => {
  afterEach(() => vi.restoreAllMocks());

  test('"default" is exactly generateDataset(DEFAULT_N, DEFAULT_SEED), whatever the seed', () => {
    const expected = generateDataset(DEFAULT_N, DEFAULT_SEED);
    expect(presetData("default")).toEqual(expected);
    expect(presetData("default", 123)).toEqual(expected);
  });

  test.each(PRESETS.map((p) => p.id))("%s has a few dozen finite points with a unique best line inside the slider ranges", (id) => {
    const d = presetData(id);
    expect(d.x.length).toBeGreaterThanOrEqual(20);
    expect(d.x.length).toBeLessThanOrEqual(60);
    expect(d.y.length).toBe(d.x.length);
    expect([...d.x, ...d.y].every(Number.isFinite)).toBe(true);
    const best = fit(d);
    expect(best.m).toBeGreaterThan(field("m").min);
    expect(best.m).toBeLessThan(field("m").max);
    expect(best.b).toBeGreaterThan(field("b").min);
    expect(best.b).toBeLessThan(field("b").max);
  });

  test.each(PRESETS.filter((p) => p.id !== "default").map((p) => p.id))(
    "%s is the same for the same seed, different for another, and on the 0.01 grid", (id) => {
      expect(presetData(id, 5)).toEqual(presetData(id, 5));
      expect(presetData(id, 5).y).not.toEqual(presetData(id, 6).y);
      for (const v of [...presetData(id).x, ...presetData(id).y]) {
        expect(Math.round(v * 100) / 100).toBe(v);
        expect(Object.is(v, -0)).toBe(false);
      }
    },
  );

  test("never calls Math.random", () => {
    const spy = vi.spyOn(Math, "random").mockImplementation(() => {
      throw new Error("Math.random called");
    });
    for (const p of PRESETS) p.make(seededRandom(PRESET_SEED));
    expect(spy).not.toHaveBeenCalled();
  });
});

describe("what each preset teaches", () => {
  test('"clean-line" lies almost on a rising line: R² above 0.98', () => {
    const s = summarize(presetData("clean-line"));
    const rSquared = (s.sxy * s.sxy) / (s.sxx * s.syy);
    expect(rSquared).toBeGreaterThan(0.98);
    expect(fit(presetData("clean-line")).m).toBeGreaterThan(0.5);
  });

  test.each([PRESET_SEED, 1, 2, 3, 4, 5])('"outlier" (seed %i): its last point pulls the best slope down by more than 0.3', (seed) => {
    const d = presetData("outlier", seed);
    const n = d.x.length;
    const withoutOutlier = { x: d.x.subarray(0, n - 1), y: d.y.subarray(0, n - 1) };
    expect(fit(withoutOutlier).m - fit(d).m).toBeGreaterThan(0.3);
    // And it is the point the best line misses by far the most.
    const best = fit(d);
    const misses = Array.from(d.x, (x, i) => Math.abs(d.y[i]! - (best.m * x + best.b)));
    const largestOther = Math.max(...misses.slice(0, -1));
    expect(misses[n - 1]!).toBeGreaterThan(2 * largestOther);
  });

  test.each([PRESET_SEED, 1, 2, 3, 4, 5, 6, 8, 9, 10])('"flat-cloud" (seed %i) has a least-squares slope within 0.01 of 0', (seed) => {
    const d = presetData("flat-cloud", seed);
    expect(Math.abs(fit(d).m)).toBeLessThan(0.01);
    // Still a cloud, not a line: the points spread well away from the flat fit.
    expect(summarize(d).syy / d.x.length).toBeGreaterThan(0.5);
  });

  test('"steep-line" keeps every x far from 0, so the bowl is a valley over 100 times narrower than long', () => {
    const d = presetData("steep-line");
    expect(Math.min(...d.x)).toBeGreaterThanOrEqual(2);
    const s = summarize(d);
    // Hessian / 2 = [[mean x², mean x], [mean x, 1]]; its eigenvalue ratio is the valley's squeeze.
    const a = s.sxx / s.n + s.meanX ** 2;
    const trace = a + 1;
    const det = a - s.meanX ** 2;
    const root = Math.sqrt(trace * trace - 4 * det);
    expect((trace + root) / (trace - root)).toBeGreaterThan(100);
  });

  test('"steep-line" at learning rate 0.05 zig-zags: the first six m-steps alternate in sign, and it converges', () => {
    const d = presetData("steep-line");
    const t = descendFromStart(d, 0.05, 1000);
    expect(t.divergence).toBeNull();
    for (let i = 1; i < 6; i++) {
      expect(Math.sign(t.params[0]![i + 1]! - t.params[0]![i]!)).toBe(-Math.sign(t.params[0]![i]! - t.params[0]![i - 1]!));
    }
    const bottom = lossFromStats(summarize(d), fit(d));
    expect(t.loss[t.length - 1]! - bottom).toBeLessThan(0.01 * t.loss[0]!);
  });

  test('"steep-line" blows up at learning rate 0.07 but not at a small 0.01, which never zig-zags', () => {
    const d = presetData("steep-line");
    expect(descendFromStart(d, 0.07, 1000).divergence).not.toBeNull();
    const gentle = descendFromStart(d, 0.01, 50);
    expect(gentle.divergence).toBeNull();
    for (let i = 1; i < 50; i++) expect(gentle.params[0]![i]! - gentle.params[0]![i - 1]!).toBeGreaterThanOrEqual(0);
  });

  test('the default data at learning rate 0.05 does not zig-zag in m: the contrast "steep-line" draws', () => {
    const t = descendFromStart(presetData("default"), 0.05, 20);
    let flips = 0;
    for (let i = 1; i < 20; i++) if ((t.params[0]![i + 1]! - t.params[0]![i]!) * (t.params[0]![i]! - t.params[0]![i - 1]!) < 0) flips++;
    expect(flips).toBe(0);
  });
});
