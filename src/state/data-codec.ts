/**
 * The reader's own points in a link: encodeData(data) → "1.…", decodeData(text) → the points again.
 *
 * Format 1 is "1." followed by unpadded base64url of these bits, most significant first:
 *   8 bits            n, the number of points (2 … MAX_LINKED_POINTS)
 *   2 bits            d, decimals (0 … 3): every coordinate is an integer k times 10^−d
 *   then for x and then for y:
 *     5 bits + w₀ bits  w₀, then the zigzag code of the smallest k (0 → 0, −1 → 1, 1 → 2, −2 → 3, …)
 *     5 bits            w, the bits of the largest k minus the smallest
 *     n × w bits        each k minus the smallest, in the points' order
 *   zero bits to the next byte, then 16 bits of checksum (FNV-1a of the bytes before it, folded to 16 bits).
 *
 * Coordinates are rounded to 0.001 (LINK_QUANTUM), so values with at most 3 decimals (all the data editor
 * makes) travel exactly. Each dataset has exactly one text: every width, offset and d is the smallest that
 * works, and decodeData refuses any other spelling, so a changed character is caught even when the
 * checksum is not. 40 default-like points take about 200 characters; 200 points about 950.
 */
import type { Dataset } from "../engine/index.ts";
import { fromBase64Url, toBase64Url } from "./base64url.ts";
import { BitReader, BitWriter, bitLength } from "./bit-stream.ts";
import { MAX_COORDINATE } from "./data-limits.ts";
import { grouped } from "../format/numbers.ts";

/** The most points a link carries; larger datasets cannot be linked. */
export const MAX_LINKED_POINTS = 200;

/** Links carry coordinates rounded to this step. */
export const LINK_QUANTUM = 0.001;

/** The longest text decodeData reads; longer text is refused before any work. */
export const MAX_DATA_TEXT = 8000;

/**
 * What encodeData makes: the text, the points it carries (exactly what decodeData(text) reads; the very
 * points given when rounding moved nothing), and whether rounding to LINK_QUANTUM moved any value.
 */
export type EncodeResult =
  | { readonly ok: true; readonly text: string; readonly data: Dataset; readonly rounded: boolean }
  | { readonly ok: false; readonly error: string };

/** What decodeData makes: the points, or a sentence that says why not (never quoting the text). */
export type DecodeResult = { readonly ok: true; readonly data: Dataset } | { readonly ok: false; readonly error: string };

const VERSION = "1.";
/** The version of data whose points carry a class. */
const LABELLED = "2.";
const MIN_POINTS = 2;
const DECIMALS = 3;
const WIDTH_BITS = 5;
const DAMAGED = "The data in the link is damaged: it was changed or cut short.";

/** encodeData(data) is the link text for 2 … MAX_LINKED_POINTS points within ±MAX_COORDINATE, or why it cannot be made. */
export function encodeData(data: Dataset): EncodeResult {
  const n = data.x.length;
  if (n > MAX_LINKED_POINTS) {
    return { ok: false, error: `These ${grouped(n)} points are too many for a link, which carries at most ${MAX_LINKED_POINTS}.` };
  }
  if (n < MIN_POINTS || data.y.length !== n) return { ok: false, error: "A link needs at least 2 points, each with an x and a y." };
  const label = data.label;
  if (label && (label.length !== n || !label.every((k) => k === 0 || k === 1))) {
    return { ok: false, error: "A link needs each point's class to be 0 or 1." };
  }
  const values = [...data.x, ...data.y];
  if (!values.every((v) => Math.abs(v) <= MAX_COORDINATE)) {
    return { ok: false, error: `A link carries only values within ±${grouped(MAX_COORDINATE)}.` };
  }
  const thousandths = values.map((v) => Math.round(v * 10 ** DECIMALS) + 0);
  const rounded = thousandths.some((k, i) => k / 10 ** DECIMALS !== values[i]);
  let d = 0;
  while (d < DECIMALS && !thousandths.every((k) => k % 10 ** (DECIMALS - d) === 0)) d++;
  const ks = thousandths.map((k) => k / 10 ** (DECIMALS - d));

  const out = new BitWriter();
  out.write(n, 8);
  out.write(d, 2);
  writeColumn(out, ks.slice(0, n));
  writeColumn(out, ks.slice(n));
  if (label) for (const k of label) out.write(k, 1);
  const body = out.bytes();
  const bytes = new Uint8Array(body.length + 2);
  bytes.set(body);
  const sum = checksum(body);
  bytes[body.length] = sum >> 8;
  bytes[body.length + 1] = sum & 0xff;
  // k / 1000 is the double decodeData's (k / 10^(3−d)) / 10^d gives: both round the same real number once.
  const carried = rounded ? { x: Float64Array.from(thousandths.slice(0, n), (k) => k / 1000 + 0), y: Float64Array.from(thousandths.slice(n), (k) => k / 1000 + 0) } : data;
  const withLabel = rounded && label ? { ...carried, label } : carried;
  return { ok: true, text: (label ? LABELLED : VERSION) + toBase64Url(bytes), data: withLabel, rounded };
}

/** decodeData(text) is the points a link carries, or a sentence saying why not. It never throws, whatever text is. */
export function decodeData(text: string): DecodeResult {
  if (typeof text !== "string" || text === "") return fail("The data in the link is empty.");
  if (text.length > MAX_DATA_TEXT) return fail(`The data in the link is longer than the ${grouped(MAX_DATA_TEXT)} characters a link may carry.`);
  const labelled = text.startsWith(LABELLED);
  if (!labelled && !text.startsWith(VERSION)) {
    return fail(/^\d+\./.test(text) ? "The data in the link is in a newer format than this page reads." : "The data in the link is not in a format this page reads.");
  }
  const bytes = fromBase64Url(text.slice(VERSION.length));
  if (!bytes || bytes.length < 3) return fail(DAMAGED);
  const body = bytes.subarray(0, bytes.length - 2);
  if (checksum(body) !== bytes[bytes.length - 2]! * 256 + bytes[bytes.length - 1]!) return fail(DAMAGED);

  const input = new BitReader(body);
  const n = input.read(8);
  const d = input.read(2);
  if (n > MAX_LINKED_POINTS) return fail(`The data in the link has ${n} points; a link carries at most ${MAX_LINKED_POINTS}.`);
  if (n < MIN_POINTS) return fail("The data in the link has fewer than 2 points.");
  const xs = readColumn(input, n);
  const ys = readColumn(input, n);
  const label = labelled ? Uint8Array.from({ length: n }, () => input.read(1)) : null;
  if (!xs || !ys || !input.atCleanEnd()) return fail(DAMAGED);
  const ks = [...xs, ...ys];
  // The smallest d is the only spelling encodeData makes; any other was not made by it.
  if (d > 0 && ks.every((k) => k % 10 === 0)) return fail(DAMAGED);
  if (!ks.every((k) => Math.abs(k) <= MAX_COORDINATE * 10 ** d)) {
    return fail(`The data in the link has a value beyond ±${grouped(MAX_COORDINATE)}.`);
  }
  const scale = 10 ** d;
  const points = { x: Float64Array.from(xs, (k) => k / scale + 0), y: Float64Array.from(ys, (k) => k / scale + 0) };
  return { ok: true, data: label ? { ...points, label } : points };
}

/** Writes one coordinate's integers as the smallest (zigzag, with its width) and the offsets from it. */
function writeColumn(out: BitWriter, ks: number[]): void {
  const min = Math.min(...ks);
  const max = Math.max(...ks);
  const code = zigzag(min);
  const width = bitLength(max - min);
  out.write(bitLength(code), WIDTH_BITS);
  out.write(code, bitLength(code));
  out.write(width, WIDTH_BITS);
  for (const k of ks) out.write(k - min, width);
}

/** Reads what writeColumn wrote, or null when it could not have written it. */
function readColumn(input: BitReader, n: number): number[] | null {
  const codeWidth = input.read(WIDTH_BITS);
  const code = input.read(codeWidth);
  const width = input.read(WIDTH_BITS);
  if (input.overrun || bitLength(code) !== codeWidth) return null;
  const min = unzigzag(code);
  const offsets = Array.from({ length: n }, () => input.read(width));
  if (input.overrun || !offsets.includes(0) || bitLength(Math.max(...offsets)) !== width) return null;
  return offsets.map((o) => min + o);
}

/** Interleaves signs so small magnitudes get short codes: 0, −1, 1, −2, 2 → 0, 1, 2, 3, 4. */
function zigzag(k: number): number {
  return k >= 0 ? 2 * k : -2 * k - 1;
}

function unzigzag(code: number): number {
  return code % 2 === 0 ? code / 2 : -(code + 1) / 2;
}

/** FNV-1a over the bytes, folded to 16 bits. */
function checksum(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return ((h >>> 16) ^ h) & 0xffff;
}

function fail(error: string): DecodeResult {
  return { ok: false, error };
}
