import { MAX_COORDINATE } from "./data-limits.ts";
import { grouped } from "../format/numbers.ts";

/** The characters that may separate CSV columns, in the order detection prefers them. */
export type Separator = "\t" | ";" | ",";

/** A cell read as a number, or the reason it is not one (a sentence without the line number). */
export type CellResult = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly problem: string };

// Plain decimal notation only: no hex, no "Infinity", no stray text that Number() would accept.
// Written so each digit can match in only one way: `\d+\.?\d*` backtracks quadratically on a long cell.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const DECIMAL_COMMA = /^[+-]?\d*,\d+(?:e[+-]?\d+)?$/i;
const NON_FINITE_WORD = /^[+-]?(?:inf|infinity|nan|∞)$/i;
/** Longest piece of a bad cell quoted back in a message, so a pasted megabyte never fills the page. */
const SHOWN_CHARS = 24;

/** detectSeparator(line) is the separator a file uses, judged from its first row: tab, then semicolon, then comma. */
export function detectSeparator(line: string): Separator | null {
  if (line.includes("\t")) return "\t";
  if (line.includes(";")) return ";";
  if (line.includes(",")) return ",";
  return null;
}

/**
 * splitCells(line, separator, columns) splits one row into trimmed cells. Double quotes group a cell (so
 * "1,5" stays one cell) and "" inside them is a literal quote; a pair of single quotes around a cell is
 * dropped too. Trailing empty cells past the `columns` expected (2 unless told) are dropped, because
 * spreadsheets often end rows with a separator.
 */
export function splitCells(line: string, separator: Separator | null, columns = 2): string[] {
  const cells = line.includes('"') ? splitQuoted(line, separator) : separator === null ? [line] : line.split(separator);
  const trimmed = cells.map(unquote);
  while (trimmed.length > columns && trimmed[trimmed.length - 1] === "") trimmed.pop();
  return trimmed;
}

/** isNumberLike(cell) is true for a cell that reads as a number, even a non-finite one; false marks a header. */
export function isNumberLike(cell: string, separator: Separator | null): boolean {
  const text = normalizeMinus(cell);
  return NUMBER.test(text) || NON_FINITE_WORD.test(text) || (separator === ";" && DECIMAL_COMMA.test(text));
}

/** parseCell(cell, column, separator) reads one trimmed cell; semicolon files may use decimal commas ("1,5"). */
export function parseCell(cell: string, column: string, separator: Separator | null): CellResult {
  if (cell === "") return { ok: false, problem: `the ${column} value is missing.` };
  let text = normalizeMinus(cell);
  if (separator === ";" && DECIMAL_COMMA.test(text)) text = text.replace(",", ".");
  const value = NUMBER.test(text) ? Number(text) : NaN;
  const shown = `"${cell.length > SHOWN_CHARS ? `${cell.slice(0, SHOWN_CHARS)}…` : cell}" in column ${column}`;
  // + 0 turns −0 into 0, so "-0" and "0" are one point.
  if (Math.abs(value) <= MAX_COORDINATE) return { ok: true, value: value + 0 };
  if (Number.isFinite(value)) return { ok: false, problem: `${shown} is beyond the limit of ±${grouped(MAX_COORDINATE)}.` };
  // Not quoted back: "NaN" on the page would read as a broken page, not as the reader's cell.
  if (NUMBER.test(text) || NON_FINITE_WORD.test(text)) return { ok: false, problem: `the ${column} value is not a finite number.` };
  if (DECIMAL_COMMA.test(text)) {
    return { ok: false, problem: `${shown} is not a number; for decimal commas, separate the columns with semicolons.` };
  }
  return { ok: false, problem: `${shown} is not a number.` };
}

/** parseClass(cell) reads a point's class, 0 or 1 (written as any number equal to one of them: "1", "1.0"). */
export function parseClass(cell: string): CellResult {
  if (cell === "") return { ok: false, problem: "the label is missing." };
  const text = normalizeMinus(cell);
  const value = NUMBER.test(text) ? Number(text) + 0 : NaN;
  if (value === 0 || value === 1) return { ok: true, value };
  const shown = `"${cell.length > SHOWN_CHARS ? `${cell.slice(0, SHOWN_CHARS)}…` : cell}"`;
  return { ok: false, problem: `${shown} in column label is not a class; a label is 0 or 1.` };
}

/** Splits on the separator outside double quotes, dropping the quotes. An unclosed quote runs to the end. */
function splitQuoted(line: string, separator: Separator | null): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else {
        quoted = !quoted;
      }
    } else if (c === separator && !quoted) {
      cells.push(cell);
      cell = "";
    } else {
      cell += c;
    }
  }
  cells.push(cell);
  return cells;
}

/** Trims whitespace and one pair of surrounding single quotes (double quotes went in splitting). */
function unquote(cell: string): string {
  const t = cell.trim();
  return t.length >= 2 && t.startsWith("'") && t.endsWith("'") ? t.slice(1, -1).trim() : t;
}

/** Typographic minus signs (U+2212), as copied from a web page, read as the ASCII minus. */
function normalizeMinus(cell: string): string {
  return cell.replace(/^\u2212/, "-").replace(/e\u2212/i, (m) => `${m[0]}-`);
}
