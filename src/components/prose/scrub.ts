/**
 * The arithmetic of an adjustable number: what a key press or a sideways drag does to its value,
 * and whether a typed value can be taken. Pure, so it is tested without a browser.
 */
import { grouped } from "../../format/numbers.ts";

/** How a scrubbable number moves: a keyboard unit and how far a drag of one pixel goes. */
export interface ScrubScale {
  readonly min: number;
  readonly max: number;
  /** The finest grid values land on (the field's quantum). */
  readonly quantum: number;
  /** One arrow key press; Shift or PageUp/PageDown move ten of these, Alt a tenth (never below the quantum). */
  readonly unit: number;
  /** A pixel of drag: a fixed amount ("linear") or a fixed factor ("log", for counts spanning decades). */
  readonly drag: { readonly kind: "linear"; readonly perPixel: number } | { readonly kind: "log"; readonly decadesPerPixel: number };
  readonly integer: boolean;
}

/** The modifier keys that change a key press's stride. */
export interface KeyModifiers {
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/**
 * keyTarget(key, mods, value, scale) is the value a key press asks for, on the quantum's grid (so three
 * presses of 0.1 from 0.3 are 0, not 2.8e-17), or null if the key does not scrub.
 */
export function keyTarget(key: string, mods: KeyModifiers, value: number, scale: ScrubScale): number | null {
  const target = rawKeyTarget(key, mods, value, scale);
  return target === null ? null : onGrid(target, scale.quantum);
}

/** onGrid(v, quantum) is v rounded to a multiple of quantum, without binary drift or −0. */
export function onGrid(v: number, quantum: number): number {
  const decimals = Math.max(0, Math.ceil(-Math.log10(quantum) - 1e-9));
  return Number((Math.round(v / quantum) * quantum).toFixed(decimals)) + 0;
}

function rawKeyTarget(key: string, mods: KeyModifiers, value: number, scale: ScrubScale): number | null {
  if (key === "Home") return scale.min;
  if (key === "End") return scale.max;
  const coarse = scale.unit * 10;
  const fine = Math.max(scale.quantum, scale.unit / 10);
  const stride = mods.shiftKey ? coarse : mods.altKey ? fine : scale.unit;
  switch (key) {
    case "ArrowRight":
    case "ArrowUp":
      return value + stride;
    case "ArrowLeft":
    case "ArrowDown":
      return value - stride;
    case "PageUp":
      return value + coarse;
    case "PageDown":
      return value - coarse;
    default:
      return null;
  }
}

/** dragTarget(startValue, dx, scale) is the raw value after a horizontal drag of dx pixels from startValue. */
export function dragTarget(startValue: number, dx: number, scale: ScrubScale): number {
  if (scale.drag.kind === "linear") return startValue + dx * scale.drag.perPixel;
  // Counts grow by a factor per pixel, so one drag can cross from 10 to 500,000; 0 cannot be scaled, so start at 1.
  const base = Math.max(startValue, 1);
  return base * 10 ** (dx * scale.drag.decadesPerPixel);
}

/** What a typed value turned out to be: a number to take, or a short sentence saying why not. */
export type Typed = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

// Plain decimals only, as a reader types them: "1.5", "-0.3", ".5", "500000", "500,000", "1e3".
const TYPED_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * parseTyped(text, label, scale) reads what a reader typed for the number named label. It accepts a
 * typographic minus and thousands commas, and refuses anything else that is not a finite number in range.
 */
export function parseTyped(text: string, label: string, scale: ScrubScale): Typed {
  const cleaned = text.trim().replace(/[\u2212\u2012\u2013]/g, "-").replace(/,(?=\d{3}(?:\D|$))/g, "");
  const range = `from ${formatBound(scale.min)} to ${formatBound(scale.max)}`;
  if (cleaned === "") return { ok: false, message: `Type a number ${range} for the ${label}.` };
  if (!TYPED_NUMBER.test(cleaned)) return { ok: false, message: `That is not a number; the ${label} takes a number ${range}.` };
  const value = Number(cleaned);
  if (!Number.isFinite(value) || value < scale.min || value > scale.max) {
    return { ok: false, message: `Out of range; the ${label} goes ${range}.` };
  }
  if (scale.integer && !Number.isInteger(value)) return { ok: false, message: `The ${label} is a whole number ${range}.` };
  return { ok: true, value };
}

/** formatBound(x) prints a range bound for a message: a typographic minus and thousands commas. */
export function formatBound(x: number): string {
  return grouped(x);
}
