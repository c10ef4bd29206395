import { describe, expect, test } from "vitest";
import {
  DIVERGED, MAX_STEPS, NO_VALLEY, OPTIMIZERS, basinMap, descend, fillBasinRows, firstTwo, line, objective, seededRandom, settle, valleys,
  type BasinRule, type Dataset, type Optimizer, type Theta,
} from "../../../src/engine/index.ts";
import { fit } from "./fixtures.ts";

const n = valleys.data.n;
const data: Dataset = { x: new Float64Array(n), y: new Float64Array(n) };
valleys.data.stream(valleys.data.seed)(data as { x: Float64Array; y: Float64Array }, 0, n);
const f = objective(valleys, data);
const WINDOW = { u0: -0.5, u1: 7, v0: -1.6, v1: 1.6 };
const optimizer = (id: string): Optimizer => OPTIMIZERS.find((o) => o.id === id)!;
const rule = (id: string, learningRate: number): BasinRule => ({ model: valleys, learningRate, optimizer: optimizer(id), settings: {}, valleys: f.valleys });

/** The valley nearest where descend() is after its last step (in span units), or NO_VALLEY past 0.02. */
function whereDescendEnds(start: Theta, r: BasinRule): number {
  const t = descend({ objective: f, start, learningRate: r.learningRate, optimizer: r.optimizer, method: "batch", batchSize: n, steps: MAX_STEPS, random: seededRandom(1) });
  if (t.divergence) return DIVERGED;
  const end = [Math.abs(t.params[0]![t.length - 1]!), t.params[1]![t.length - 1]!];
  let best = NO_VALLEY, distance = 0.02;
  f.valleys.forEach((v, k) => {
    const far = Math.max(Math.abs(end[0]! - v.theta[0]!) / 7.5, Math.abs(end[1]! - v.theta[1]!) / 3.2);
    if (far < distance) [best, distance] = [k, far];
  });
  return best;
}

describe("settle(field, start, rule)", () => {
  test("from the chapter's three starts, plain descent at 0.2 comes to rest in three different valleys", () => {
    const ends = [[1, 0.2], [2.5, 0.2], [3.8, 0.2]].map((start) => settle(f, start, rule("gd", 0.2)));
    expect(ends.map((e) => e.code)).toEqual([0, 1, 2]);
    expect(new Set(ends.map((e) => f.valleys[e.code]!.loss.toFixed(3)))).toEqual(new Set(["0.186", "0.520", "0.633"]));
    for (const e of ends) {
      expect(e.steps).toBeLessThan(100);
      expect(e.loss).toBeCloseTo(f.valleys[e.code]!.loss, 4);
    }
  });

  test("names the valley descend() ends nearest after its last step, for starts all over the window and every optimiser", () => {
    for (const [id, lr] of [["gd", 0.2], ["momentum", 0.05], ["adam", 0.05]] as const) {
      for (let r = 0; r < 6; r++) {
        for (let c = 0; c < 9; c++) {
          const start = [WINDOW.u0 + ((c + 0.5) / 9) * 7.5, WINDOW.v0 + ((r + 0.5) / 6) * 3.2];
          expect(settle(f, start, rule(id, lr)).code, `${id} from ${start}`).toBe(whereDescendEnds(start, rule(id, lr)));
        }
      }
    }
  });

  test("counts a descent that ends in a valley's mirror image (ω < 0) as that valley", () => {
    const mirrored = settle(f, [-f.valleys[0]!.theta[0]!, f.valleys[0]!.theta[1]!], rule("gd", 0.2));
    expect(mirrored.code).toBe(0);
    expect(mirrored.theta[0]!).toBeLessThan(0);
  });

  test("says DIVERGED when the steps blow up, and NO_VALLEY when the steps run out away from every valley", () => {
    // The wave's loss stays bounded at any learning rate a reader can set; the line's bowl does not.
    const steep: BasinRule = { model: line, learningRate: 0.2, optimizer: optimizer("gd"), settings: {}, valleys: fit.valleys };
    expect(settle(fit, [-0.3, 2.5], steep).code).toBe(DIVERGED);
    // Twenty steps at a tiny learning rate get nowhere near a valley.
    expect(settle(f, [3.8, 0.2], { ...rule("gd", 0.001), maxSteps: 20 }).code).toBe(NO_VALLEY);
  });

  test("on the line's bowl every start drains to its one bottom", () => {
    const r: BasinRule = { model: line, learningRate: 0.05, optimizer: optimizer("gd"), settings: {}, valleys: fit.valleys };
    const map = basinMap(fit, r, firstTwo([0, 0]), { u0: -1.5, u1: 3, v0: -2.5, v1: 5 }, 8, 8);
    expect([...new Set(map.codes)]).toEqual([0]);
  });
});

describe("basinMap(field, rule, slice, window, cols, rows)", () => {
  test("is the same from the surrogate as from the exact loss, cell for cell", () => {
    const surrogate = valleys.surrogate!(data, WINDOW)!;
    for (const [id, lr] of [["gd", 0.2], ["momentum", 0.05], ["adam", 0.05]] as const) {
      const exact = basinMap(f, rule(id, lr), firstTwo([0, 0]), WINDOW, 16, 12);
      const quick = basinMap(surrogate, rule(id, lr), firstTwo([0, 0]), WINDOW, 16, 12);
      expect([...quick.codes], id).toEqual([...exact.codes]);
    }
  });

  test("filled a few rows at a time equals filled at once, row 0 at the window's bottom", () => {
    const whole = basinMap(f, rule("gd", 0.2), firstTwo([0, 0]), WINDOW, 10, 6);
    const codes = new Uint8Array(60);
    for (let from = 0; from < 6; from += 4) fillBasinRows(f, rule("gd", 0.2), firstTwo([0, 0]), WINDOW, 10, 6, codes, from, Math.min(6, from + 4));
    expect([...codes]).toEqual([...whole.codes]);
    // The cell at the bottom left starts at ω ≈ −0.1, a ≈ −1.3: on the flat line's side of the mirror.
    expect(whole.codes[0]).toBe(settle(f, [-0.5 + 0.375, -1.6 + (0.5 / 6) * 3.2], rule("gd", 0.2)).code);
  });

  test("momentum and Adam drain some starts to other valleys than plain descent does", () => {
    const gd = basinMap(f, rule("gd", 0.2), firstTwo([0, 0]), WINDOW, 24, 16);
    for (const id of ["momentum", "adam"]) {
      const other = basinMap(f, rule(id, 0.2), firstTwo([0, 0]), WINDOW, 24, 16);
      const changed = other.codes.filter((c, k) => c !== gd.codes[k]).length;
      expect(changed, id).toBeGreaterThan(20);
    }
  });
});
