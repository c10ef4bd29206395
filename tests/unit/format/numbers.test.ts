import { describe, expect, test } from "vitest";
import { formatLoss, formatNumber, formatQuantity, formatRateLimit, grouped, percent, powerOfTen, readNumber, rounded, scientific } from "../../../src/format/numbers.ts";

/** What en-US prints, with the typographic minus the essay uses. */
const enUS = (v: number) => v.toLocaleString("en-US").replace("-", "\u2212");

describe("grouped(value)", () => {
  test("groups digits in threes as en-US does, with at most three decimals and a typographic minus", () => {
    const values = [0, 7, 999, 1000, 40_000, 500_000, 1234.5678, -1234.5, 0.5, 1e9, 12_345_678.9, 1e20];
    for (const v of values) expect(grouped(v), String(v)).toBe(enUS(v));
  });
  test("never prints a negative zero, which en-US prints for a tiny negative number", () => {
    expect(grouped(-0)).toBe("0");
    expect(grouped(-0.0004)).toBe("0");
  });
  test("agrees with Intl for a thousand seeded random values across magnitudes", () => {
    let seed = 1;
    const next = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 1000; i++) {
      const v = Math.round((next() - 0.3) * 10 ** Math.floor(next() * 10) * 1000) / 1000;
      if (Object.is(Math.round(v * 1000), -0) || (v < 0 && v > -0.0005)) continue;
      expect(grouped(v), String(v)).toBe(enUS(v));
    }
  });
});

describe("formatNumber(value, digits)", () => {
  test("prints a typographic minus (U+2212), never an ASCII hyphen", () => {
    expect(formatNumber(-0.3, 2)).toBe("\u22120.30");
    expect(formatNumber(-19.3734, 2)).toBe("\u221219.37");
    expect(formatNumber(-0.001, 2)).toBe("0.00");
  });
  test("groups the thousands of any number it prints", () => {
    expect(formatNumber(20000199999.83, 2)).toBe("20,000,199,999.83");
    expect(formatNumber(-1_000_000, 2)).toBe("\u22121,000,000.00");
    expect(formatNumber(999.999, 2)).toBe("1,000.00");
  });
  test("prints an em dash for anything that is not a finite number", () => {
    for (const v of [NaN, Infinity, -Infinity]) expect(formatNumber(v, 2)).toBe("—");
  });
});

describe("formatLoss(value)", () => {
  test("groups thousands below a million and writes a superscript power of ten from there", () => {
    expect(formatLoss(269441.3)).toBe("269,441.3");
    expect(formatLoss(1.36e7)).toBe("1.36 × 10⁷");
    expect(formatLoss(-2.5e12)).toBe("\u22122.50 × 10¹²");
    expect(formatLoss(20.5)).toBe("20.5");
  });
});

describe("scientific(value, digits) and powerOfTen(exponent)", () => {
  test("write the exponent in superscript digits, with a superscript minus", () => {
    expect(powerOfTen(7)).toBe("10⁷");
    expect(powerOfTen(-3)).toBe("10⁻³");
    expect(powerOfTen(1e9)).toBe("10¹,⁰⁰⁰,⁰⁰⁰,⁰⁰⁰");
    expect(scientific(925757, 1)).toBe("9.3 × 10⁵");
    expect(scientific(-0.00042, 1)).toBe("\u22124.2 × 10⁻⁴");
  });
});

describe("formatQuantity(name, value)", () => {
  test("every quantity's text is free of ASCII hyphens and float noise", () => {
    const values = [-0.3, -19.37, -1e7, -123456.789, 0.1 + 0.2, -2.7755575615628914e-17];
    const names = ["m", "b", "m0", "b0", "loss", "grad-m", "grad-b", "lr", "step", "n", "batch", "w1", "w2", "c", "accuracy"] as const;
    for (const name of names) {
      for (const v of values) {
        const text = formatQuantity(name, v);
        expect(text, `${name} ${v}`).not.toMatch(/-|e[+-]?\d/);
        expect(text.split(".")[0], `${name} ${v}`).not.toMatch(/\d{4}/);
      }
    }
    expect(formatQuantity("lr", 0.1 + 0.2)).toBe("0.3");
  });
});

test("rounded(value, digits) is the printed number as a number, without −0 or float noise", () => {
  expect(rounded(2.7755575615628914e-17, 2)).toBe(0);
  expect(Object.is(rounded(-0.001, 2), 0)).toBe(true);
  expect(rounded(0.1 + 0.2, 2)).toBe(0.3);
});

test("readNumber(text) reads back every text the formatters print", () => {
  for (const v of [-0.3, 20.5, 269441.3, -1.36e7, 0.0042, 500_000, -1_000_000]) {
    expect(readNumber(formatLoss(v)) / v, String(v)).toBeCloseTo(1, 2);
  }
  expect(readNumber("\u22120.30")).toBe(-0.3);
  expect(readNumber("")).toBeNaN();
  expect(readNumber("%")).toBeNaN();
});

test("percent(share) prints an accuracy to one decimal at most, and readNumber reads it back as the share", () => {
  expect(percent(0.9)).toBe("90%");
  expect(percent(0.925)).toBe("92.5%");
  expect(percent(2 / 3)).toBe("66.7%");
  expect(percent(1)).toBe("100%");
  expect(percent(Number.NaN)).toBe("—");
  expect(formatQuantity("accuracy", 0.875)).toBe("87.5%");
  expect(readNumber("92.5%")).toBeCloseTo(0.925, 15);
});

describe("formatRateLimit", () => {
  test("rounds a bound down one decimal finer than the rate control's grid, so the control cannot sit on a limit it is past", () => {
    expect(formatRateLimit(2 / 12.681)).toBe("0.1577");
    expect(formatRateLimit(0.0788513)).toBe("0.0788");
    expect(formatRateLimit(0.1577)).toBe("0.1577");
    expect(formatRateLimit(0.15)).toBe("0.15");
    expect(formatRateLimit(1234.56789)).toBe("1,234.5678");
    expect(formatRateLimit(4.21e-7)).toBe("4.21 × 10⁻⁷");
    expect(formatRateLimit(Number.NaN)).toBe("—");
  });

  test("never prints a limit above the true one, at any rate of the control's grid", () => {
    for (let k = 1; k <= 2000; k++) {
      const limit = k * 0.000731 + 1e-5;
      expect(Number(formatRateLimit(limit).replace(/,/g, ""))).toBeLessThanOrEqual(limit);
    }
  });
});
