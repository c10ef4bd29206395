import { describe, expect, test } from "vitest";
import { randomLcg } from "d3-random";
import { BitReader, BitWriter, bitLength } from "../../../src/state/bit-stream.ts";

describe("BitWriter / BitReader", () => {
  test("write(5, 3) then write(1, 1) packs 1011 0000 into one byte, read back in order", () => {
    const out = new BitWriter();
    out.write(5, 3);
    out.write(1, 1);
    expect(Array.from(out.bytes())).toEqual([0b1011_0000]);
    const input = new BitReader(out.bytes());
    expect([input.read(3), input.read(1)]).toEqual([5, 1]);
    expect(input.atCleanEnd()).toBe(true);
  });

  test("5,000 seeded values of 0 to 32 bits, 2^31 and above included, read back exactly across byte edges", () => {
    const random = randomLcg(0.42);
    const writes = Array.from({ length: 5000 }, () => {
      const width = Math.floor(random() * 33);
      return { width, value: Math.floor(random() * 2 ** width) };
    });
    const out = new BitWriter();
    for (const w of writes) out.write(w.value, w.width);
    const input = new BitReader(out.bytes());
    expect(writes.map((w) => input.read(w.width))).toEqual(writes.map((w) => w.value));
    expect(input.overrun).toBe(false);
    expect(input.atCleanEnd()).toBe(true);
  });

  test("reading past the end gives zeros and sets overrun; a set bit after the last read is not a clean end", () => {
    const input = new BitReader(Uint8Array.of(0b1000_0001));
    expect(input.read(4)).toBe(8);
    expect(input.atCleanEnd()).toBe(false);
    expect(input.read(8)).toBe(0b0001_0000);
    expect(input.overrun).toBe(true);
    expect(input.atCleanEnd()).toBe(false);
  });

  test("bitLength(v) is 0, 1, 2, 2, 3 for 0, 1, 2, 3, 4 and 32 for 2^32 − 1", () => {
    expect([0, 1, 2, 3, 4].map(bitLength)).toEqual([0, 1, 2, 2, 3]);
    expect(bitLength(2 ** 32 - 1)).toBe(32);
  });
});
