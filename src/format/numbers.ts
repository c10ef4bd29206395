/** The live quantities a page can show, by their `data-quantity` names. */
export type Quantity = "m" | "b" | "m0" | "b0" | "loss" | "grad-m" | "grad-b" | "lr" | "step" | "n" | "batch";

/**
 * grouped(value) prints a number as en-US does, with a comma between groups of three digits and at most
 * three decimals ("500,000", "1,234.5"), but without Intl: the first use of the browser's locale data
 * costs a main-thread task of 30 ms or more while the page loads.
 */
export function grouped(value: number): string {
  const [whole = "", fraction = ""] = Math.abs(value).toFixed(3).split(".");
  const decimals = fraction.replace(/0+$/, "");
  const sign = value < 0 && (whole !== "0" || decimals !== "") ? "-" : "";
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ",")}${decimals ? `.${decimals}` : ""}`;
}

/**
 * formatNumber(value, digits) prints a finite number with that many decimals, with an ASCII minus,
 * no "-0.00", and an em dash for anything non-finite so NaN can never reach the page.
 */
export function formatNumber(value: number, digits: number): string {
  if (!Number.isFinite(value)) return "—";
  const text = value.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/** formatLoss(value) keeps three significant figures near the bottom and one decimal above 10. */
export function formatLoss(value: number): string {
  if (!Number.isFinite(value)) return "—";
  const a = Math.abs(value);
  if (a >= 1e6) return value.toExponential(2).replace("e+", "e");
  return formatNumber(value, a >= 10 ? 1 : a >= 1 ? 2 : a >= 0.01 ? 3 : 4);
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
      return Number.isFinite(value) ? String(Number(value.toFixed(3))) : "—";
    case "grad-m":
    case "grad-b":
      return Math.abs(value) >= 1000 ? formatLoss(value) : formatNumber(value, 2);
    default:
      return formatNumber(value, 2);
  }
}
