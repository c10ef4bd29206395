/**
 * The largest |x| or |y| the essay takes from a reader, by CSV or by link: far beyond what its sliders
 * reach, yet small enough that every loss and statistic of up to 5,000 points stays a finite number.
 */
export const MAX_COORDINATE = 1_000_000;

/** The most points the reader's own data may have (a CSV's rows, an edit's result). */
export const MAX_CSV_ROWS = 5000;

/** mostPoints(model) is the most points the reader's own data may have for that model: its own limit, if lower. */
export function mostPoints(model: { readonly data: { readonly maxN: number } }): number {
  return Math.min(MAX_CSV_ROWS, model.data.maxN);
}
