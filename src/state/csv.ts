import { leastSquares, summarize, type Dataset, type Model } from "../engine/index.ts";
import { detectSeparator, isNumberLike, parseCell, parseClass, splitCells, type Separator } from "./csv-cells.ts";
import { grouped } from "../format/numbers.ts";
import { MAX_CSV_ROWS } from "./data-limits.ts";

/** The most data rows parseCsv reads unless told otherwise. */
export { MAX_CSV_ROWS };


/** The longest text parseCsv reads (about 1 MB); longer text is refused before any other work. */
export const MAX_CSV_CHARS = 1_000_000;

/** What parseCsv may be told: skip bad rows instead of refusing the text, and a different row limit. */
export interface CsvOptions {
  /** List and skip rows that cannot be read, as long as at least 2 good rows remain. */
  readonly skipBadRows?: boolean;
  /** The most data rows read (blank lines, comments and the header do not count); default MAX_CSV_ROWS. */
  readonly maxRows?: number;
  /**
   * The model the points are for. A model whose points carry a class (the classifier) reads its own columns,
   * the last one each point's class, 0 or 1 ("x1,x2,label"), and refuses what the model cannot fit (one
   * class only) in its own words; any other reads x and y, as the line does, and a model that draws no
   * straight line (the wave) refuses what it cannot fit in its own words too.
   */
  readonly model?: Model;
}

/** A row left out by skipBadRows: its 1-based line in the text and why. */
export interface SkippedRow {
  readonly line: number;
  /** A sentence such as `"abc" in column y is not a number.` */
  readonly problem: string;
}

/** The points read from a CSV and the rows skipped, or one sentence saying what is wrong and where. */
export type CsvResult =
  | { readonly ok: true; readonly data: Dataset; readonly skipped: readonly SkippedRow[] }
  | { readonly ok: false; readonly error: string };

/** What parseCsv says of a binary file; the file chooser says it too when a file's first bytes give it away. */
export const NOT_TEXT = "This is not text but a binary file: choose a .csv or .txt file, or paste the numbers.";

/** Of the first characters, the share that may be control characters before the text counts as binary. */
const BINARY_SHARE = 0.1;
const BINARY_SAMPLE = 8192;

/**
 * parseCsv(text, options) reads two columns, x and y, into a Dataset (or a model's own columns). It never throws.
 *
 * Accepts: an optional header (a first row of two cells, neither a number); commas, tabs or semicolons
 * between columns (judged from the first row; with semicolons, decimal commas like "1,5"); whitespace and
 * quotes around cells; blank lines and lines starting with #; a typographic minus (−).
 * Refuses, naming the line: cells that are not numbers, empty cells, a missing or an extra column,
 * non-finite numbers (1e309, Infinity, NaN), numbers beyond ±MAX_COORDINATE, more than maxRows rows.
 * Refuses outright: empty text, binary text, text over MAX_CSV_CHARS, fewer than 2 points, and points that
 * all share one x (no single line fits best there, and the essay needs a minimum to show).
 * For a model whose points carry a class, a third column holds it: a label other than 0 or 1 is refused
 * naming its line, and so are points all of one class.
 * Line numbers count every line, blank or comment too, so they match a text editor's.
 */
export function parseCsv(text: string, options: CsvOptions = {}): CsvResult {
  if (typeof text !== "string") return fail("The data is empty: there is nothing to read.");
  if (text.length > MAX_CSV_CHARS) {
    return fail(`The data is too long: the most that is read is ${count(MAX_CSV_CHARS)} characters.`);
  }
  if (text.trim() === "") return fail("The data is empty: there is nothing to read.");
  if (looksBinary(text)) return fail(NOT_TEXT);
  const maxRows = Number.isInteger(options.maxRows) && options.maxRows! >= 1 ? options.maxRows! : MAX_CSV_ROWS;

  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const model = options.model?.data.labelled ? options.model : null;
  const columns = model ? model.data.columns : XY;
  const xs: number[] = [];
  const ys: number[] = [];
  const labels: number[] = [];
  // The line number of each point read, so a refusal of the whole set can say where it lies.
  const read: number[] = [];
  const skipped: SkippedRow[] = [];
  let separator: Separator | null = null;
  let seenFirstRow = false;
  let rows = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const content = line.trim();
    if (content === "" || content.startsWith("#")) continue;
    const lineNumber = i + 1;
    const first = !seenFirstRow;
    if (first) separator = detectSeparator(line);
    seenFirstRow = true;
    const cells = splitCells(line, separator, columns.length);
    // A header is a first row of as many cells as there are columns, with no number in them; any other row is data.
    if (first && cells.length === columns.length && !cells.some((c) => isNumberLike(c, separator))) continue;
    if (++rows > maxRows) {
      return fail(`Line ${lineNumber}: more than ${count(maxRows)} rows; the most that is read is ${count(maxRows)}.`);
    }
    const row = readRow(cells, separator, columns, model !== null);
    if (typeof row === "string") {
      if (!options.skipBadRows) return fail(`Line ${lineNumber}: ${row}`);
      skipped.push({ line: lineNumber, problem: row });
      continue;
    }
    xs.push(row[0]!);
    ys.push(row[1]!);
    if (model) labels.push(row[2]!);
    read.push(lineNumber);
  }
  return model ? finishLabelled(xs, ys, labels, skipped, model, read) : finish(xs, ys, skipped, options.model);
}

/**
 * toCsv(data, columns) is a header of the columns ("x,y" unless told; "x1,x2,label" for points with a class)
 * and one row per point, each number in its shortest exact form, so parseCsv reads it back exactly.
 */
export function toCsv(data: Dataset, columns: readonly string[] = XY): string {
  const label = columns.length > 2 ? data.label : undefined;
  const rows = [columns.join(",")];
  for (let i = 0; i < data.x.length; i++) rows.push(`${String(data.x[i])},${String(data.y[i])}${label ? `,${label[i]}` : ""}`);
  return `${rows.join("\n")}\n`;
}

/** The line's columns. */
const XY = ["x", "y"] as const;

/** Reads a row's cells (the last one a class, when `labelled`), or says what is wrong with it. */
function readRow(cells: string[], separator: Separator | null, names: readonly string[], labelled: boolean): number[] | string {
  if (cells.length !== names.length) {
    const hint = cells.length === 1 ? ", separated by a comma, tab or semicolon" : "";
    const listed = `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
    return `found ${columns(cells.length)}; expected ${names.length} (${listed})${hint}.`;
  }
  const values: number[] = [];
  for (const [k, cell] of cells.entries()) {
    const read = labelled && k === names.length - 1 ? parseClass(cell) : parseCell(cell, names[k]!, separator);
    if (!read.ok) return read.problem;
    values.push(read.value);
  }
  return values;
}

/**
 * Turns the good rows into a Dataset, or refuses too few of them or a set with no single best line (or,
 * for a model that draws no straight line, a set it cannot fit, in its own words).
 */
function finish(xs: number[], ys: number[], skipped: SkippedRow[], model?: Model): CsvResult {
  const n = xs.length;
  const other = model && model.drawing !== "line" ? model : null;
  if (n < 2) return fail(tooFew(n, skipped.length, other ? other.label : "a line"));
  const data: Dataset = { x: Float64Array.from(xs), y: Float64Array.from(ys) };
  if (other) {
    const problem = other.dataProblem(data);
    return problem ? fail(problem) : { ok: true, data, skipped };
  }
  if (leastSquares(summarize(data)) === null) {
    const same = xs.every((v) => v === xs[0]);
    return fail(same
      ? `Every point has x = ${String(xs[0])}, so no single line fits best; the points need at least two different x values.`
      : "The x values are too close together for a single best line; spread them out.");
  }
  return { ok: true, data, skipped };
}

/**
 * Turns the good rows of points with a class into a Dataset, or refuses too few of them or what the model
 * cannot fit (one class only), naming the lines the points came from.
 */
function finishLabelled(xs: number[], ys: number[], labels: number[], skipped: SkippedRow[], model: Model, lines: number[]): CsvResult {
  if (xs.length < 2) return fail(tooFew(xs.length, skipped.length, model.label));
  const data: Dataset = { x: Float64Array.from(xs), y: Float64Array.from(ys), label: Uint8Array.from(labels) };
  const problem = model.dataProblem(data);
  return problem ? fail(`Lines ${lines[0]} to ${lines[lines.length - 1]}: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}`) : { ok: true, data, skipped };
}

/** "No rows of numbers were found after skipping 2 bad rows; a line needs at least 2 points." */
function tooFew(n: number, skipped: number, noun: string): string {
  const found = n === 0 ? "No rows of numbers were found" : "Only one row of numbers was found";
  const after = skipped ? ` after skipping ${skipped} bad ${skipped === 1 ? "row" : "rows"}` : "";
  return `${found}${after}; ${noun} needs at least 2 points.`;
}

/** looksBinary(text) is true for text with a NUL or many other control characters near its start: a binary file read as text. */
export function looksBinary(text: string): boolean {
  if (text.includes("\0")) return true;
  const sample = text.slice(0, BINARY_SAMPLE);
  // Tab, line feed and carriage return are text; U+FFFD is what undecodable bytes become.
  const control = sample.match(/[\x01-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFD]/g)?.length ?? 0;
  return control > BINARY_SHARE * sample.length;
}

function fail(error: string): CsvResult {
  return { ok: false, error };
}

/** "1 column", "3 columns". */
function columns(k: number): string {
  return `${k} ${k === 1 ? "column" : "columns"}`;
}

/** A whole number with thousands separators, as the reader reads limits. */
function count(k: number): string {
  return grouped(k);
}
