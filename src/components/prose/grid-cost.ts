/**
 * The arithmetic of "why not just look?": sampling every parameter on a grid of k values needs k^d
 * loss evaluations for d parameters, and each evaluation is a pass over all n points. The counts
 * outgrow floating point long before d reaches a real model's size, so they are kept as log10.
 */
import { grouped, powerOfTen } from "../../format/numbers.ts";

/** gridLog10(k, d) is log10(k^d): how many settings (as a power of ten) a k-per-axis grid over d parameters holds. */
export function gridLog10(k: number, d: number): number {
  return d * Math.log10(k);
}

/** workLog10(k, d, n) is log10 of the squared residuals the whole grid needs: k^d settings × n points. */
export function workLog10(k: number, d: number, n: number): number {
  return gridLog10(k, d) + Math.log10(n);
}

/** A count split for printing: plain digits when short, else a mantissa and a power of ten. */
export type CountText = { readonly plain: string } | { readonly mantissa: string; readonly exponent: number };

/** countText(log10x) prints the count 10^log10x: "40,000" below a billion, "2.6 × 10^13" (as parts) beyond. */
export function countText(log10x: number): CountText {
  if (log10x < 9) return { plain: grouped(Math.round(10 ** log10x)) };
  let exponent = Math.floor(log10x);
  let mantissa = 10 ** (log10x - exponent);
  // 9.96 would print as "10.0"; carry it into the exponent instead.
  if (Number(mantissa.toFixed(1)) >= 10) {
    exponent += 1;
    mantissa /= 10;
  }
  return { mantissa: mantissa.toFixed(1), exponent };
}

/** countString(log10x) is countText as one line ("2.6 × 10¹³"), for accessible text and tests. */
export function countString(log10x: number): string {
  const c = countText(log10x);
  return "plain" in c ? c.plain : `${c.mantissa} × ${powerOfTen(c.exponent)}`;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;

/** The age of the universe in years (13.8 billion), the yardstick for hopeless waits. */
export const UNIVERSE_AGE_YEARS = 13.8e9;

/** durationText(log10s) is a wait of 10^log10s seconds in words a reader can feel: "0.3 ms", "4.1 minutes", "2.0 million years". */
export function durationText(log10s: number): string {
  const seconds = 10 ** log10s;
  if (seconds < 1e-6) return "under a microsecond";
  if (seconds < 1e-3) return `${Math.round(seconds * 1e6)} µs`;
  if (seconds < 1) return `${short(seconds * 1e3)} ms`;
  if (seconds < MINUTE) return `${short(seconds)} s`;
  if (seconds < HOUR) return `${short(seconds / MINUTE)} minutes`;
  if (seconds < DAY) return `${short(seconds / HOUR)} hours`;
  if (seconds < YEAR) return `${short(seconds / DAY)} days`;
  return yearsText(log10s - Math.log10(YEAR));
}

function yearsText(log10y: number): string {
  const years = 10 ** log10y;
  if (years < 1e3) return `${short(years)} years`;
  if (years < 1e6) return `${short(years / 1e3)} thousand years`;
  if (years < 1e9) return `${short(years / 1e6)} million years`;
  if (years < 1e12) return `${short(years / 1e9)} billion years`;
  return `${countString(log10y)} years`;
}

// One decimal below 10, whole numbers above: "3.4", "27", "340".
function short(x: number): string {
  return x < 9.95 ? x.toFixed(1) : grouped(Math.round(x));
}

/** universeAgesLog10(log10s) is log10 of how many ages of the universe a wait of 10^log10s seconds lasts. */
export function universeAgesLog10(log10s: number): number {
  return log10s - Math.log10(YEAR) - Math.log10(UNIVERSE_AGE_YEARS);
}
