import { expect, test } from "vitest";
import { randomLcg } from "d3-random";
import { fromBase64Url, toBase64Url } from "../../../src/state/base64url.ts";
import { BitReader, BitWriter, bitLength } from "../../../src/state/bit-stream.ts";

/** The platform's base64 (btoa), made URL-safe and unpadded by hand: an independent reference. */
function reference(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

test("toBase64Url(bytes) matches btoa's base64, made URL-safe, for 500 seeded byte strings of 0 to 99 bytes", () => {
  const random = randomLcg(0.9);
  for (let k = 0; k < 500; k++) {
    const bytes = Uint8Array.from({ length: k % 100 }, () => Math.floor(random() * 256));
    const text = toBase64Url(bytes);
    expect(text).toBe(reference(bytes));
    expect(fromBase64Url(text)).toEqual(bytes);
  }
});

test("fromBase64Url(text) refuses other alphabets, padding, impossible lengths and stray bits", () => {
  for (const text of ["A", "AAAAA", "ab+/", "ab==", "AB", "AAB", "a b", "é", "😀"]) expect(fromBase64Url(text)).toBeNull();
  expect(fromBase64Url("")).toEqual(new Uint8Array(0));
  expect(fromBase64Url("AA")).toEqual(Uint8Array.of(0));
});

test("a BitReader reads back what a BitWriter wrote, up to 32-bit widths, and flags reading past the end", () => {
  const values: [number, number][] = [[0, 0], [1, 1], [5, 3], [2 ** 31 - 1, 31], [2 ** 32 - 1, 32], [0, 7], [1234, 11]];
  const out = new BitWriter();
  for (const [v, w] of values) out.write(v, w);
  const input = new BitReader(out.bytes());
  for (const [v, w] of values) expect(input.read(w)).toBe(v);
  expect(input.overrun).toBe(false);
  expect(input.atCleanEnd()).toBe(true);
  input.read(8);
  expect(input.overrun).toBe(true);
  expect(input.atCleanEnd()).toBe(false);
});

test("bitLength(value) is the bits an unsigned integer needs", () => {
  expect([0, 1, 2, 3, 4, 255, 256, 2 ** 31 - 1, 2 ** 31].map(bitLength)).toEqual([0, 1, 2, 2, 3, 8, 9, 31, 32]);
});

test("where the platform decodes base64 itself (Uint8Array.fromBase64, strict), fromBase64Url uses it and refuses the same texts", () => {
  // A strict decoder as the browsers' is: padded text only, and only the one text each byte string encodes to.
  const strict = (text: string, options: { alphabet: string; lastChunkHandling: string }) => {
    expect(options).toEqual({ alphabet: "base64url", lastChunkHandling: "strict" });
    if (text.length % 4 !== 0) throw new SyntaxError("unpadded");
    const bytes = new Uint8Array(Buffer.from(text, "base64url"));
    if (toBase64Url(bytes) !== text.replace(/=+$/, "")) throw new SyntaxError("not canonical");
    return bytes;
  };
  const calls: string[] = [];
  Object.assign(Uint8Array, { fromBase64: (text: string, options: { alphabet: string; lastChunkHandling: string }) => (calls.push(text), strict(text, options)) });
  try {
    for (const text of ["A", "AAAAA", "ab+/", "ab==", "AB", "AAB", "a b", "é", "😀", "AQ\n"]) expect(fromBase64Url(text)).toBeNull();
    expect(fromBase64Url("")).toEqual(new Uint8Array(0));
    expect(fromBase64Url("AA")).toEqual(Uint8Array.of(0));
    const random = randomLcg(0.3);
    for (let k = 0; k < 200; k++) {
      const bytes = Uint8Array.from({ length: k % 50 }, () => Math.floor(random() * 256));
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }
    expect(calls).toContain("AA==");
  } finally {
    delete (Uint8Array as unknown as { fromBase64?: unknown }).fromBase64;
  }
});
