import { describe, expect, test } from "vitest";
import { grouped } from "../../../src/format/numbers.ts";

describe("grouped(value)", () => {
  test("groups digits in threes as en-US does, with at most three decimals", () => {
    const values = [0, 7, 999, 1000, 40_000, 500_000, 1234.5678, -1234.5, 0.5, 1e9, 12_345_678.9, 1e20];
    for (const v of values) expect(grouped(v), String(v)).toBe(v.toLocaleString("en-US"));
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
      expect(grouped(v), String(v)).toBe(v.toLocaleString("en-US"));
    }
  });
});
