/**
 * The largest |x| or |y| the essay takes from a reader, by CSV or by link: far beyond what its sliders
 * reach, yet small enough that every loss and statistic of up to 5,000 points stays a finite number.
 */
export const MAX_COORDINATE = 1_000_000;

/** The most points the reader's own data may have (a CSV's rows, an edit's result). */
export const MAX_CSV_ROWS = 5000;
