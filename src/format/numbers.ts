/** The live quantities a page can show, by their `data-quantity` names. */
export type Quantity =
  | "m" | "b" | "m0" | "b0" | "loss" | "grad-m" | "grad-b" | "lr" | "step" | "n" | "batch"
  | "w1" | "w2" | "c" | "accuracy";

/** The typographic minus sign (U+2212), the only one a reader sees; an ASCII hyphen is for machines (CSV, links, ARIA values). */
export const MINUS = "\u2212";

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** Puts the typographic minus where toFixed wrote a hyphen, and commas between groups of three whole digits. */
function typeset(text: string): string {
  const negative = text.startsWith("-");
  const [whole = "", fraction] = (negative ? text.slice(1) : text).split(".");
  const groups = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  return `${negative ? MINUS : ""}${groups}${fraction === undefined ? "" : `.${fraction}`}`;
}

/**
 * grouped(value) prints a number as en-US does, with a comma between groups of three digits and at most
 * three decimals ("500,000", "1,234.5"), but with a typographic minus and without Intl: the first use of
 * the browser's locale data costs a main-thread task of 30 ms or more while the page loads.
 */
export function grouped(value: number): string {
  const [whole = "", fraction = ""] = Math.abs(value).toFixed(3).split(".");
  const decimals = fraction.replace(/0+$/, "");
  const negative = value < 0 && (whole !== "0" || decimals !== "");
  return typeset(`${negative ? "-" : ""}${whole}${decimals ? `.${decimals}` : ""}`);
}

/** rounded(value, digits) is the number formatNumber prints, as a number (no −0, no float noise): for ARIA values and checks. */
export function rounded(value: number, digits: number): number {
  return Number(value.toFixed(digits)) + 0;
}

/**
 * formatNumber(value, digits) prints a finite number with that many decimals, a typographic minus,
 * thousands grouped, no "−0.00", and an em dash for anything non-finite so NaN can never reach the page.
 */
export function formatNumber(value: number, digits: number): string {
  if (!Number.isFinite(value)) return "—";
  const text = value.toFixed(digits);
  return typeset(/^-0\.?0*$/.test(text) ? text.slice(1) : text);
}

/** powerOfTen(exponent) prints 10 to that whole power with a superscript exponent: "10⁷", "10⁻³". */
export function powerOfTen(exponent: number): string {
  // Grouped like any other whole number, so 10 to the billionth reads as 10¹,⁰⁰⁰,⁰⁰⁰,⁰⁰⁰.
  const digits = grouped(Math.abs(Math.round(exponent))).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]!);
  return `10${exponent < 0 ? "⁻" : ""}${digits}`;
}

/** scientific(value, digits) prints a number as a mantissa with that many decimals times a power of ten: "1.36 × 10⁷". */
export function scientific(value: number, digits: number): string {
  if (!Number.isFinite(value)) return "—";
  const [mantissa = "", exponent = "0"] = value.toExponential(digits).split("e");
  return `${typeset(mantissa)} × ${powerOfTen(Number(exponent))}`;
}

/** formatLoss(value) keeps three significant figures near the bottom, one decimal above 10, and a power of ten from a million. */
export function formatLoss(value: number): string {
  if (!Number.isFinite(value)) return "—";
  const a = Math.abs(value);
  if (a >= 1e6) return scientific(value, 2);
  return formatNumber(value, a >= 10 ? 1 : a >= 1 ? 2 : a >= 0.01 ? 3 : 4);
}

/** formatRate(value) prints a learning rate as the learning-rate control does (0.079), or, below its grid, as a power of ten (4.21 × 10⁻⁷). */
export function formatRate(value: number): string {
  if (!Number.isFinite(value)) return "—";
  return Math.abs(value) >= 0.0005 ? grouped(rounded(value, 3)) : scientific(value, 2);
}

/**
 * formatRateLimit(value) prints a learning rate that bounds what the descent does (it zigzags, or diverges,
 * past it) rounded down one decimal finer than the learning-rate control's 0.001 grid, so the control can
 * never be set to a shown limit that the descent is in fact past: 2/λ = 0.15767… reads 0.1576, where 0.158,
 * which the control can be set to, diverges. Below the grid, a power of ten, as formatRate.
 */
export function formatRateLimit(value: number): string {
  if (!Number.isFinite(value)) return "—";
  if (Math.abs(value) < 0.0005) return scientific(value, 2);
  // Down to the fourth decimal, strictly: a value a hair under 0.1577 by float noise may read 0.1576, never above.
  const down = Math.floor(value * 1e4) / 1e4;
  return formatNumber(down, 4).replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
}

/** formatCount(value) prints a whole count grouped (1,234), or from ten million as a power of ten (2.31 × 10¹²). */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return "—";
  return Math.abs(value) < 1e7 ? grouped(Math.round(value)) : scientific(value, 2);
}

/** formatRatio(value) prints a ratio such as a condition number with two decimals (6.79), or from a million as a power of ten. */
export function formatRatio(value: number): string {
  return Math.abs(value) < 1e6 ? formatNumber(value, 2) : scientific(value, 2);
}

/** formatQuantity(name, value) is the text a reader sees for one live quantity. */
export function formatQuantity(name: Quantity, value: number): string {
  switch (name) {
    case "loss":
      return formatLoss(value);
    case "step":
    case "n":
    case "batch":
      return Number.isFinite(value) ? grouped(Math.round(value)) : "—";
    case "lr":
      // Learning rates are set on a 0.001 grid; print them without trailing zeros (0.05, 0.5, 1).
      return Number.isFinite(value) ? grouped(rounded(value, 3)) : "—";
    case "grad-m":
    case "grad-b":
      return Math.abs(value) >= 1000 ? formatLoss(value) : formatNumber(value, 2);
    case "accuracy":
      return percent(value);
    default:
      return formatNumber(value, 2);
  }
}

/** percent(share) prints a share as a percentage to one decimal at most: 0.925 is "92.5%", 0.9 is "90%". */
export function percent(share: number): string {
  return Number.isFinite(share) ? `${grouped(rounded(100 * share, 1))}%` : "—";
}

/**
 * readNumber(text) reads a number as a reader sees it (typographic minus, grouped thousands, "× 10⁷", a
 * percentage as its share: "92.5%" is 0.925) back into a number; NaN if it is none.
 */
export function readNumber(text: string): number {
  const trimmed = text.trim();
  if (trimmed.endsWith("%")) return readNumber(trimmed.slice(0, -1)) / 100;
  const plain = trimmed
    .replace(/\u2212|⁻/g, "-")
    .replace(/,/g, "")
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (d) => String(SUPERSCRIPT.indexOf(d)))
    .replace(/\s*×\s*10(-?\d+)$/, "e$1");
  return plain === "" ? NaN : Number(plain);
}
