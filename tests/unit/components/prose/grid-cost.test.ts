import { describe, expect, test } from "vitest";
import { countString, countText, durationText, gridLog10, universeAgesLog10, workLog10 } from "../../../../src/components/prose/grid-cost.ts";

describe("gridLog10(k, d) and workLog10(k, d, n)", () => {
  test("a 100-per-axis grid over 2 parameters holds 10,000 settings", () => {
    expect(gridLog10(100, 2)).toBeCloseTo(4);
    expect(countString(gridLog10(100, 2))).toBe("10,000");
  });
  test("each setting is a pass over n points", () => {
    expect(countString(workLog10(100, 2, 40))).toBe("400,000");
  });
  test("counts too large for floating point still print", () => {
    expect(countString(gridLog10(100, 10))).toBe("1.0 × 10²⁰");
    expect(countString(gridLog10(10, 1e9))).toBe("1.0 × 10¹,⁰⁰⁰,⁰⁰⁰,⁰⁰⁰");
    expect(Number.isFinite(gridLog10(1000, 1e12))).toBe(true);
  });
});

describe("countText(log10x)", () => {
  test("plain digits below a billion", () => {
    expect(countText(Math.log10(123_456))).toEqual({ plain: "123,456" });
  });
  test("a mantissa and exponent beyond, carrying 9.96 into the next power", () => {
    expect(countText(Math.log10(2.6e13))).toEqual({ mantissa: "2.6", exponent: 13 });
    expect(countText(Math.log10(9.96e12))).toEqual({ mantissa: "1.0", exponent: 13 });
  });
});

describe("durationText(log10s)", () => {
  test("short waits in the unit that reads best", () => {
    expect(durationText(Math.log10(3e-7))).toBe("under a microsecond");
    expect(durationText(Math.log10(4e-4))).toBe("400 µs");
    expect(durationText(Math.log10(3.6e-3))).toBe("3.6 ms");
    expect(durationText(Math.log10(42))).toBe("42 s");
    expect(durationText(Math.log10(90))).toBe("1.5 minutes");
    expect(durationText(Math.log10(7200))).toBe("2.0 hours");
    expect(durationText(Math.log10(3 * 86400))).toBe("3.0 days");
  });
  test("long waits in years, thousands, millions, billions, then powers of ten", () => {
    const year = 365.25 * 86400;
    expect(durationText(Math.log10(5 * year))).toBe("5.0 years");
    expect(durationText(Math.log10(2e4 * year))).toBe("20 thousand years");
    expect(durationText(Math.log10(3e6 * year))).toBe("3.0 million years");
    expect(durationText(Math.log10(13.8e9 * year))).toBe("14 billion years");
    expect(durationText(Math.log10(4e15 * year))).toBe("4.0 × 10¹⁵ years");
    expect(durationText(1e9)).toMatch(/^\d\.\d × 10[⁰¹²³⁴⁵⁶⁷⁸⁹,]+ years$/);
  });
  test("one age of the universe is 10^0 of them", () => {
    expect(universeAgesLog10(Math.log10(13.8e9 * 365.25 * 86400))).toBeCloseTo(0);
  });
});
