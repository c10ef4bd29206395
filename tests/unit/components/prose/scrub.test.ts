import { describe, expect, test } from "vitest";
import { dragTarget, formatBound, keyTarget, parseTyped, type ScrubScale } from "../../../../src/components/prose/scrub.ts";

const slope: ScrubScale = { min: -4, max: 4, quantum: 0.01, unit: 0.1, drag: { kind: "linear", perPixel: 0.01 }, integer: false };
const count: ScrubScale = { min: 10, max: 500_000, quantum: 1, unit: 10, drag: { kind: "log", decadesPerPixel: 0.02 }, integer: true };
const plain = { shiftKey: false, altKey: false };

describe("keyTarget(key, mods, value, scale)", () => {
  test("lands on the quantum's grid, so repeated presses gather no float noise", () => {
    let v = 0.3;
    for (let i = 0; i < 3; i++) v = keyTarget("ArrowLeft", plain, v, slope)!;
    expect(Object.is(v, 0)).toBe(true);
    expect(keyTarget("ArrowLeft", plain, v, slope)).toBe(-0.1);
    expect(keyTarget("ArrowRight", { shiftKey: false, altKey: true }, 0.07, slope)).toBe(0.08);
  });
  test("arrows move one unit; right and up raise, left and down lower", () => {
    expect(keyTarget("ArrowRight", plain, -0.3, slope)).toBeCloseTo(-0.2);
    expect(keyTarget("ArrowUp", plain, -0.3, slope)).toBeCloseTo(-0.2);
    expect(keyTarget("ArrowLeft", plain, -0.3, slope)).toBeCloseTo(-0.4);
    expect(keyTarget("ArrowDown", plain, -0.3, slope)).toBeCloseTo(-0.4);
  });
  test("Shift is ten units, Alt a tenth, never finer than the quantum", () => {
    expect(keyTarget("ArrowRight", { shiftKey: true, altKey: false }, 0, slope)).toBeCloseTo(1);
    expect(keyTarget("ArrowRight", { shiftKey: false, altKey: true }, 0, slope)).toBeCloseTo(0.01);
    const fine = { ...slope, unit: 0.01 };
    expect(keyTarget("ArrowRight", { shiftKey: false, altKey: true }, 0, fine)).toBeCloseTo(0.01);
  });
  test("PageUp and PageDown are coarse; Home and End go to the bounds", () => {
    expect(keyTarget("PageUp", plain, 0, slope)).toBeCloseTo(1);
    expect(keyTarget("PageDown", plain, 0, slope)).toBeCloseTo(-1);
    expect(keyTarget("Home", plain, 0, slope)).toBe(-4);
    expect(keyTarget("End", plain, 0, slope)).toBe(4);
  });
  test("other keys do not scrub", () => {
    expect(keyTarget("a", plain, 0, slope)).toBeNull();
    expect(keyTarget("Tab", plain, 0, slope)).toBeNull();
  });
});

describe("dragTarget(start, dx, scale)", () => {
  test("a linear scale moves a fixed amount per pixel, both ways", () => {
    expect(dragTarget(-0.3, 50, slope)).toBeCloseTo(0.2);
    expect(dragTarget(-0.3, -20, slope)).toBeCloseTo(-0.5);
    expect(dragTarget(1, 0, slope)).toBe(1);
  });
  test("a log scale multiplies: fifty pixels is a factor of ten at 0.02 decades a pixel", () => {
    expect(dragTarget(40, 50, count)).toBeCloseTo(400);
    expect(dragTarget(40, -50, count)).toBeCloseTo(4);
  });
});

describe("parseTyped(text, label, scale)", () => {
  test("takes plain numbers, a typographic minus and thousands commas", () => {
    expect(parseTyped("1.5", "starting slope m", slope)).toEqual({ ok: true, value: 1.5 });
    expect(parseTyped(" −0.25 ", "starting slope m", slope)).toEqual({ ok: true, value: -0.25 });
    expect(parseTyped(".5", "starting slope m", slope)).toEqual({ ok: true, value: 0.5 });
    expect(parseTyped("500,000", "number of points", count)).toEqual({ ok: true, value: 500_000 });
    expect(parseTyped("1e3", "number of points", count)).toEqual({ ok: true, value: 1000 });
  });
  test("refuses what is not a number, with a sentence that gives the range", () => {
    expect(parseTyped("steep", "starting slope m", slope)).toEqual({ ok: false, message: "That is not a number; the starting slope m takes a number from −4 to 4." });
    expect(parseTyped("0x10", "starting slope m", slope).ok).toBe(false);
    expect(parseTyped("Infinity", "starting slope m", slope).ok).toBe(false);
    expect(parseTyped("1,5", "starting slope m", slope).ok).toBe(false);
    expect(parseTyped("", "starting slope m", slope)).toEqual({ ok: false, message: "Type a number from −4 to 4 for the starting slope m." });
  });
  test("refuses out-of-range values and, for whole-number inputs, fractions", () => {
    expect(parseTyped("9", "starting slope m", slope)).toEqual({ ok: false, message: "Out of range; the starting slope m goes from −4 to 4." });
    expect(parseTyped("1e309", "starting slope m", slope).ok).toBe(false);
    expect(parseTyped("25.5", "number of points", count)).toEqual({ ok: false, message: "The number of points is a whole number from 10 to 500,000." });
  });
  test("never echoes the typed text back", () => {
    const typed = "<img src=x onerror=alert(1)>";
    const result = parseTyped(typed, "starting slope m", slope);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).not.toContain("<");
  });
});

test("formatBound(x) prints bounds as a reader reads them: commas, a typographic minus, decimals as they are", () => {
  expect(formatBound(500_000)).toBe("500,000");
  expect(formatBound(-4)).toBe("−4");
  expect(formatBound(0.001)).toBe("0.001");
});
