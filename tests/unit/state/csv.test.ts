import { describe, expect, test } from "vitest";
import { randomInt, randomLcg } from "d3-random";
import { MAX_CSV_CHARS, MAX_CSV_ROWS, parseCsv, toCsv, type CsvResult } from "../../../src/state/csv.ts";
import { MAX_COORDINATE } from "../../../src/state/data-limits.ts";
import { PRESETS, classifier, leastSquares, presetData, summarize, type Dataset } from "../../../src/engine/index.ts";
import { classifierDefault } from "../../../src/engine/classifier-presets.ts";

/** The points of a successful parse as [x, y] pairs; fails the test with the error otherwise. */
function points(result: CsvResult): [number, number][] {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
  return Array.from(result.data.x, (x, i) => [x, result.data.y[i]!]);
}

/** The error of a refused parse; fails the test if it was accepted. */
function error(result: CsvResult): string {
  if (result.ok) throw new Error(`expected an error, got ${result.data.x.length} points`);
  return result.error;
}

describe("parseCsv accepts", () => {
  test("two comma-separated columns without a header", () => {
    expect(points(parseCsv("1,2\n3,4.5\n-1,-2e-3"))).toEqual([[1, 2], [3, 4.5], [-1, -0.002]]);
  });

  test("a header row, detected because neither of its cells is a number", () => {
    expect(points(parseCsv("x,y\n1,2\n3,4"))).toEqual([[1, 2], [3, 4]]);
    expect(points(parseCsv("hours studied, exam score\n1,2\n3,4"))).toEqual([[1, 2], [3, 4]]);
  });

  test("tabs, as pasted from a spreadsheet", () => {
    expect(points(parseCsv("x\ty\n1\t2\n3\t4\n"))).toEqual([[1, 2], [3, 4]]);
  });

  test("semicolons with decimal commas, and with decimal points", () => {
    expect(points(parseCsv("x;y\n1,5;2,25\n-0,5;3\n4.5;1e2"))).toEqual([[1.5, 2.25], [-0.5, 3], [4.5, 100]]);
  });

  test("whitespace and quotes around cells, double or single", () => {
    expect(points(parseCsv(' "x" , "y" \n  "1" ,  2  \n\'3\',\'4\'\n"5","6"'))).toEqual([[1, 2], [3, 4], [5, 6]]);
  });

  test("quoted cells keep a separator inside them; semicolon files read it as a decimal comma", () => {
    expect(points(parseCsv('"x";"y"\n"1,5";"2"\n"3";"4,75"'))).toEqual([[1.5, 2], [3, 4.75]]);
    expect(points(parseCsv('"a ""quoted"" name",y\n1,2\n3,4'))).toEqual([[1, 2], [3, 4]]);
  });

  test("blank lines, # comments, Windows and old Mac line ends, and a byte-order mark", () => {
    const text = "\uFEFF# measured on Tuesday\r\nx,y\r\n\r\n1,2\r\n   # a note\r\n3,4\r5,6\r\n\r\n";
    expect(points(parseCsv(text))).toEqual([[1, 2], [3, 4], [5, 6]]);
  });

  test("a trailing separator, as spreadsheets export", () => {
    expect(points(parseCsv("1,2,\n3,4,,\n"))).toEqual([[1, 2], [3, 4]]);
  });

  test("a typographic minus and -0, which reads as 0", () => {
    const [[x0, y0], [x1, y1]] = points(parseCsv("\u22121.5,2e\u22121\n-0,3")) as [[number, number], [number, number]];
    expect([x0, y0, x1, y1]).toEqual([-1.5, 0.2, 0, 3]);
    expect(Object.is(x1, -0)).toBe(false);
  });

  test("exactly maxRows rows, not counting the header, comments and blank lines", () => {
    const rows = Array.from({ length: MAX_CSV_ROWS }, (_, i) => `${i},${i % 7}`);
    const result = parseCsv(`x,y\n# comment\n\n${rows.join("\n")}\n`);
    expect(result.ok && result.data.x.length).toBe(MAX_CSV_ROWS);
  });

  test("returns Float64Arrays and no skipped rows", () => {
    const result = parseCsv("1,2\n3,4");
    expect(result.ok && result.data.x).toBeInstanceOf(Float64Array);
    expect(result.ok && result.data.y).toBeInstanceOf(Float64Array);
    expect(result.ok && result.skipped).toEqual([]);
  });
});

describe("parseCsv refuses, naming the line and the problem", () => {
  test.each([
    ["x,y\n1,2\n3,abc", 'Line 3: "abc" in column y is not a number.'],
    ["x,y\n\n# c\n1,2\nabc,3", 'Line 5: "abc" in column x is not a number.'],
    ["1,2\n3,\n", "Line 2: the y value is missing."],
    ["1,2\n,3\n", "Line 2: the x value is missing."],
    ["1,2\n3\n", "Line 2: found 1 column; expected 2 (x and y), separated by a comma, tab or semicolon."],
    ["1 2\n3 4\n", "Line 1: found 1 column; expected 2 (x and y), separated by a comma, tab or semicolon."],
    ["1,2\n3,4,5\n", "Line 2: found 3 columns; expected 2 (x and y)."],
    ["x,y,z\n1,2,3\n", "Line 1: found 3 columns; expected 2 (x and y)."],
    ["1,2\n1e309,4\n", "Line 2: the x value is not a finite number."],
    ["1,2\n3,-1e309\n", "Line 2: the y value is not a finite number."],
    ["1,2\nInfinity,4\n", "Line 2: the x value is not a finite number."],
    ["1,2\n3,-inf\n", "Line 2: the y value is not a finite number."],
    ["1,2\nNaN,4\n", "Line 2: the x value is not a finite number."],
    ["1,2\n3,∞\n", "Line 2: the y value is not a finite number."],
    ["1,2\n1000001,4\n", 'Line 2: "1000001" in column x is beyond the limit of ±1,000,000.'],
    ["1,2\n3,-1e200\n", 'Line 2: "-1e200" in column y is beyond the limit of ±1,000,000.'],
    ["1,2\n0x10,4\n", 'Line 2: "0x10" in column x is not a number.'],
    ["1,2\n1_000,4\n", 'Line 2: "1_000" in column x is not a number.'],
    ["1,2\n1.2.3,4\n", 'Line 2: "1.2.3" in column x is not a number.'],
    ["1,2\n3,4 # note\n", 'Line 2: "4 # note" in column y is not a number.'],
    ["1;2\n1.234,5;4\n", 'Line 2: "1.234,5" in column x is not a number.'],
    ["1\t2\n1,5\t4\n", 'Line 2: "1,5" in column x is not a number; for decimal commas, separate the columns with semicolons.'],
    ['1,2\n"1,5",4\n', 'Line 2: "1,5" in column x is not a number; for decimal commas, separate the columns with semicolons.'],
    ["x,y\n1,2\nx,y\n", 'Line 3: "x" in column x is not a number.'],
  ])("%j → %s", (text, message) => {
    expect(error(parseCsv(text))).toBe(message);
  });

  test("empty text, whitespace, and text with only comments or a header", () => {
    expect(error(parseCsv(""))).toBe("The data is empty: there is nothing to read.");
    expect(error(parseCsv(" \n\t\r\n "))).toBe("The data is empty: there is nothing to read.");
    expect(error(parseCsv("# only a comment\n"))).toBe("No rows of numbers were found; a line needs at least 2 points.");
    expect(error(parseCsv("x,y\n"))).toBe("No rows of numbers were found; a line needs at least 2 points.");
  });

  test("a single point", () => {
    expect(error(parseCsv("x,y\n1,2\n"))).toBe("Only one row of numbers was found; a line needs at least 2 points.");
  });

  test("points that all share one x, which have no single best line", () => {
    expect(error(parseCsv("3,1\n3,2\n3,5\n"))).toBe(
      "Every point has x = 3, so no single line fits best; the points need at least two different x values.",
    );
    expect(error(parseCsv("1,1\n1.0000000000000002,2\n"))).toBe("The x values are too close together for a single best line; spread them out.");
  });

  test("more than maxRows rows, saying the limit", () => {
    const rows = Array.from({ length: MAX_CSV_ROWS + 1 }, (_, i) => `${i},${i}`);
    expect(error(parseCsv(`x,y\n${rows.join("\n")}`))).toBe("Line 5002: more than 5,000 rows; the most that is read is 5,000.");
    expect(error(parseCsv("1,2\n3,4\n5,6\n7,8", { maxRows: 3 }))).toBe("Line 4: more than 3 rows; the most that is read is 3.");
  });

  test("an invalid maxRows falls back to the default", () => {
    for (const maxRows of [0, -1, 1.5, NaN, Infinity]) expect(parseCsv("1,2\n3,4", { maxRows }).ok).toBe(true);
  });

  test("text longer than MAX_CSV_CHARS, before reading any of it", () => {
    expect(error(parseCsv("1,2\n".repeat(MAX_CSV_CHARS / 4 + 1)))).toBe("The data is too long: the most that is read is 1,000,000 characters.");
  });

  test("binary files: a NUL byte, or mostly control characters", () => {
    const binary = "This is not text but a binary file: choose a .csv or .txt file, or paste the numbers.";
    expect(error(parseCsv("1,2\n3,4\0"))).toBe(binary);
    const png = "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";
    expect(error(parseCsv(png))).toBe(binary);
    const random = randomInt.source(randomLcg(0.5))(1, 32);
    expect(error(parseCsv(Array.from({ length: 500 }, () => String.fromCharCode(random())).join("")))).toBe(binary);
    expect(error(parseCsv("\uFFFD\uFFFD\uFFFD\x03\x04,1\n2,3"))).toBe(binary);
  });

  test("cells of 900,000 digits with a bad end are refused at once (no regex backtracking blow-up)", () => {
    const digits = "1".repeat(900_000);
    for (const cell of [`${digits}x`, `${digits}.5e1x`, `${digits},5x`, `1,${digits}x`]) {
      expect(error(parseCsv(`1;2\n${cell};4`))).toBe(`Line 2: "${cell.slice(0, 24)}…" in column x is not a number.`);
    }
  });

  test("a very long bad cell is quoted only in part", () => {
    const message = error(parseCsv(`1,2\n${"a".repeat(100_000)},4`));
    expect(message).toBe(`Line 2: "${"a".repeat(24)}…" in column x is not a number.`);
  });

  test("without skipBadRows, the first bad line is named", () => {
    expect(error(parseCsv("1,2\nfoo,3\n4,bar\n"))).toBe('Line 2: "foo" in column x is not a number.');
  });
});

describe("parseCsv with skipBadRows", () => {
  test("lists the bad rows with their lines and keeps the good ones", () => {
    const result = parseCsv("x,y\n1,2\nfoo,3\n4,5,6\n\n7,8\n9,Infinity\n10,", { skipBadRows: true });
    expect(points(result)).toEqual([[1, 2], [7, 8]]);
    expect(result.ok && result.skipped).toEqual([
      { line: 3, problem: '"foo" in column x is not a number.' },
      { line: 4, problem: "found 3 columns; expected 2 (x and y)." },
      { line: 7, problem: "the y value is not a finite number." },
      { line: 8, problem: "the y value is missing." },
    ]);
  });

  test("still refuses when fewer than 2 good rows remain", () => {
    expect(error(parseCsv("1,2\nfoo,3\n", { skipBadRows: true }))).toBe(
      "Only one row of numbers was found after skipping 1 bad row; a line needs at least 2 points.",
    );
    expect(error(parseCsv("a,1\nb,2\nc,3\n", { skipBadRows: true }))).toBe(
      "No rows of numbers were found after skipping 3 bad rows; a line needs at least 2 points.",
    );
  });

  test("still refuses what no skipping can mend: too many rows, binary, empty, one x", () => {
    const options = { skipBadRows: true, maxRows: 2 };
    expect(error(parseCsv("1,2\nfoo,3\n4,5\n", options))).toBe("Line 3: more than 2 rows; the most that is read is 2.");
    expect(parseCsv("1,2\0", { skipBadRows: true }).ok).toBe(false);
    expect(parseCsv("", { skipBadRows: true }).ok).toBe(false);
    expect(parseCsv("1,2\n1,3\nx,4", { skipBadRows: true }).ok).toBe(false);
  });
});

describe("toCsv(data)", () => {
  test("writes a header and one row per point, in shortest exact form", () => {
    const data: Dataset = { x: Float64Array.of(1, -0.5, 0.1 + 0.2), y: Float64Array.of(2, 1e21, -0) };
    expect(toCsv(data)).toBe("x,y\n1,2\n-0.5,1e+21\n0.30000000000000004,0\n");
  });

  test.each(PRESETS.map((p) => p.id))("parseCsv(toCsv(d)) is d exactly for the %s preset", (id) => {
    const d = presetData(id);
    const result = parseCsv(toCsv(d));
    expect(result.ok && result.data).toEqual(d);
  });

  test("parseCsv(toCsv(d)) is d exactly for 2,000 random doubles of every size", () => {
    const random = randomLcg(0.123);
    const extremes = [5e-324, -5e-324, MAX_COORDINATE, -MAX_COORDINATE, 2 ** -1074 * 3, 1e-7, 999999.9999999999, 1 / 3];
    const n = 1000;
    const values = Array.from({ length: 2 * n }, (_, i) => {
      if (i < extremes.length) return extremes[i]!;
      // Random sign, mantissa and exponent: tiny to the largest allowed, not just [0, 1).
      return (random() < 0.5 ? -1 : 1) * random() * 10 ** Math.floor(random() * 306 - 300);
    });
    const d: Dataset = { x: Float64Array.from(values.slice(0, n)), y: Float64Array.from(values.slice(n)) };
    const result = parseCsv(toCsv(d));
    expect(result.ok && result.data).toEqual(d);
  });
});

describe("parseCsv never throws", () => {
  test("for 5,000 seeded random strings of CSV-like and hostile characters", () => {
    const random = randomLcg(0.42);
    const alphabet = ["0", "1", "9", ".", ",", ";", "\t", "\n", "\r", " ", "-", "+", "e", "E", '"', "'", "#", "x", "y", "∞", "\u2212", "\0", "\uFEFF", "\uFFFD", "NaN", "Infinity", "1e309", "𝟙"];
    for (let k = 0; k < 5000; k++) {
      const length = Math.floor(random() * 80);
      let text = "";
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const result = parseCsv(text, { skipBadRows: random() < 0.5 });
      if (result.ok) {
        expect(result.data.x.length).toBeGreaterThanOrEqual(2);
        expect([...result.data.x, ...result.data.y].every((v) => Math.abs(v) <= MAX_COORDINATE)).toBe(true);
        // Whatever is accepted has a bottom to its bowl, so the essay's minimum always exists.
        expect(leastSquares(summarize(result.data))).not.toBeNull();
      } else {
        expect(result.error).toMatch(/^[A-Z"]/);
      }
    }
  });

  test("for things that are not strings at all", () => {
    for (const value of [undefined, null, 42, {}, [], Symbol("s")]) {
      expect(parseCsv(value as unknown as string).ok).toBe(false);
    }
  });
});

describe("parseCsv for the classifier: x1, x2 and a label", () => {
  const options = { model: classifier };
  const rows = (result: CsvResult) => {
    if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
    return Array.from(result.data.x, (x, i) => [x, result.data.y[i]!, result.data.label![i]!]);
  };

  test("reads three columns, with or without the header, the label as each point's class", () => {
    expect(rows(parseCsv("x1,x2,label\n1,2,0\n-3,4.5,1\n", options))).toEqual([[1, 2, 0], [-3, 4.5, 1]]);
    expect(rows(parseCsv("1;2,5;1\n3;4;0", options))).toEqual([[1, 2.5, 1], [3, 4, 0]]);
    expect(rows(parseCsv("1\t2\t1.0\n3\t4\t0\n", options))).toEqual([[1, 2, 1], [3, 4, 0]]);
    const result = parseCsv("1,2,0\n3,4,1", options);
    expect(result.ok && result.data.label).toBeInstanceOf(Uint8Array);
  });

  test.each([
    ["x1,x2,label\n1,2,0\n3,4,2\n", 'Line 3: "2" in column label is not a class; a label is 0 or 1.'],
    ["1,2,0\n3,4,yes\n", 'Line 2: "yes" in column label is not a class; a label is 0 or 1.'],
    ["1,2,0\n3,4,0.5\n", 'Line 2: "0.5" in column label is not a class; a label is 0 or 1.'],
    ["1,2,0\n3,4,\n", "Line 2: the label is missing."],
    ["x1,x2,label\n1,2,0\n3,4\n", "Line 3: found 2 columns; expected 3 (x1, x2 and label)."],
    ["x,y\n1,2\n3,4\n", "Line 1: found 2 columns; expected 3 (x1, x2 and label)."],
    ["1,2,0\n3,4,1,5\n", "Line 2: found 4 columns; expected 3 (x1, x2 and label)."],
    ["1,2,0\nabc,4,1\n", 'Line 2: "abc" in column x1 is not a number.'],
    ["1,2,0\n3,,1\n", "Line 2: the x2 value is missing."],
    ["# all one class\nx1,x2,label\n1,2,1\n3,4,1\n\n5,6,1\n", "Lines 3 to 6: every point is in class 1; a classifier needs points of both classes."],
    ["x1,x2,label\n1,2,0\n", "Only one row of numbers was found; a logistic classifier needs at least 2 points."],
  ])("%j → %s", (text, message) => {
    expect(error(parseCsv(text, options))).toBe(message);
  });

  test("skips bad rows on request, and still refuses a single class", () => {
    const result = parseCsv("1,2,0\n3,4,7\n5,6,1\n", { ...options, skipBadRows: true });
    expect(rows(result)).toEqual([[1, 2, 0], [5, 6, 1]]);
    expect(result.ok && result.skipped).toEqual([{ line: 2, problem: '"7" in column label is not a class; a label is 0 or 1.' }]);
    expect(error(parseCsv("1,2,0\n3,4,1\n5,6,0\n", { ...options, skipBadRows: true, maxRows: 1 }))).toMatch(/^Line 2: more than 1 rows/);
  });

  test("toCsv(data, columns) writes x1,x2,label and parseCsv reads it back exactly; the line's toCsv is unchanged", () => {
    const data = classifierDefault();
    const text = toCsv(data, classifier.data.columns);
    expect(text.split("\n")[0]).toBe("x1,x2,label");
    expect(text.split("\n")[1]).toBe(`${data.x[0]},${data.y[0]},0`);
    const back = parseCsv(text, options);
    expect(back.ok && back.data).toEqual(data);
    expect(toCsv({ x: data.x, y: data.y })).toMatch(/^x,y\n/);
    expect(toCsv(data).split("\n")[1]!.split(",")).toHaveLength(2);
  });
});
