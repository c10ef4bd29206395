import { describe, expect, test } from "vitest";
import { EssayState } from "../../../../src/state/essay.svelte.ts";
import { readNumber } from "../../../../src/format/numbers.ts";
import { withFields } from "../../state/params.ts";
import { DIVERGED } from "../../../../src/engine/index.ts";
import { LIVE_NAMES, endFate, formatLive, isLiveName, liveTexts, liveValues } from "../../../../src/components/prose/live-values.ts";

describe("liveTexts(state)", () => {
  test("the article's start: loss 20.5, one step takes it lower, the bottom near m = 1.38", () => {
    const texts = liveTexts(new EssayState());
    expect(texts.loss).toBe("20.5");
    expect(texts.loss0).toBe("20.5");
    expect(texts["start-m"]).toBe("−0.30");
    expect(texts["start-b"]).toBe("2.50");
    expect(readNumber(texts.loss1)).toBeLessThan(20.5);
    expect(texts["min-m"]).toBe("1.38");
    expect(texts["min-b"]).toBe("1.03");
  });
  test("the first step is the update rule applied to the start", () => {
    const s = new EssayState();
    const v = liveValues(s);
    expect(v.m1).toBeCloseTo(v["start-m"] - s.lr * v["grad-m0"], 12);
    expect(v.b1).toBeCloseTo(v["start-b"] - s.lr * v["grad-b0"], 12);
  });
  test("the first point's squared residual is its residual squared", () => {
    const v = liveValues(new EssayState());
    expect(v.resid1).toBeCloseTo(v.y1 - v.pred1, 12);
    expect(v.sq1).toBeCloseTo(v.resid1 ** 2, 12);
  });
  test("quantities that follow the step do; those about the start do not", () => {
    const s = new EssayState();
    const before = liveTexts(s);
    s.step = 5;
    const after = liveTexts(s);
    expect(after.step).toBe("5");
    expect(after.loss).not.toBe(before.loss);
    expect(after.loss0).toBe(before.loss0);
    expect(after.m1).toBe(before.m1);
  });
  test("every text is a finite number, even far out of the bowl with a diverging rate", () => {
    const s = new EssayState();
    s.setParams(withFields({ m: -4, b: 8, lr: 1, step: 1000 }, s.params));
    for (const [name, text] of Object.entries(liveTexts(s))) {
      // The race between optimisers says "more than 1,000" for one that never gets there: a diverging rate is such a case.
      if (name.startsWith("steps-")) expect(text, name).toMatch(/^(more than 1,000|[\d,]+)$/);
      // Words, not a number: where the wave's descent ends is said before the place is quoted.
      else if (name === "end-fate") expect(text, name).toMatch(/^(settles at|has not come to rest|diverges)/);
      else expect(text, name).toMatch(/^\u2212?[\d,]+(\.\d+)?( × 10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹,]+|%)?$/);
    }
    expect(liveTexts(s)["steps-gd"]).toBe("more than 1,000");
  });
});

describe("where the wave's descent ends (chapter 7)", () => {
  test("is said as it is, and the place quoted is a number: at rest in a valley, or still on its way on points spread far", () => {
    const s = new EssayState();
    s.setParams(withFields({ model: "valleys" }, s.params));
    expect(liveTexts(s)["end-fate"]).toBe("settles at");
    // Points far along x make the landscape ripple faster than any step can follow: no valley holds it.
    const x = Float64Array.from({ length: 12 }, (_, i) => -1e6 + (2e6 * i) / 11);
    s.setData({ x, y: x.map((v, i) => (i % 3) * 4e5 - 4e5 + 0.3 * v) });
    for (const opt of ["gd", "momentum", "adam"]) {
      s.setOptimizer(opt);
      const texts = liveTexts(s);
      expect(texts["end-fate"], opt).toBe("has not come to rest after 1,000 steps; it is at");
      for (const name of ["end-w", "end-a", "end-loss"] as const) expect(texts[name], `${name}, ${opt}`).toMatch(/^\u2212?[\d,]+(\.\d+)?( × 10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹,]+)?$/);
    }
    // A wave's loss is bounded in ω, so its descent can hardly blow up; if one ever does, it is said.
    expect(endFate(DIVERGED)).toMatch(/^diverges: /);
  });
});

test("formatLive(name, value) never prints NaN", () => {
  for (const name of LIVE_NAMES) expect(formatLive(name, NaN)).not.toMatch(/NaN/);
});

test("isLiveName(name) knows the live names and nothing else", () => {
  expect(isLiveName("loss0")).toBe(true);
  expect(isLiveName("m0")).toBe(false);
  expect(isLiveName("__proto__")).toBe(false);
});

describe("the first point's worked example", () => {
  test("is printed to a precision at which its printed numbers add up: r₁ squared rounds to r₁²", () => {
    for (const [m0, b0] of [[-0.3, 2.5], [0, 0], [1.2, -3.4], [-4, 8], [2.17, 0.33]] as const) {
      const s = new EssayState();
      s.setParams(withFields({ m: m0, b: b0 }, s.params));
      const t = liveTexts(s);
      const r = readNumber(t.resid1);
      expect(formatLive("sq1", r * r), `${m0}, ${b0}`).toBe(t.sq1);
      const digits = t.resid1.split(".")[1]?.length ?? 0;
      expect(readNumber(t.y1) - readNumber(t.pred1), `${m0}, ${b0}`).toBeCloseTo(r, digits - 1);
      for (const name of ["x1", "y1", "pred1"] as const) expect(t[name].split(".")[1]?.length, name).toBe(digits);
    }
  });
  test("at the article's start r₁ is not 0.78 beside r₁² = 0.604", () => {
    const t = liveTexts(new EssayState());
    expect(`${t.resid1} ${t.sq1}`).not.toBe("0.78 0.604");
  });
});
