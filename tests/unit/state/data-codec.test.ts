import { describe, expect, test } from "vitest";
import { randomInt, randomLcg } from "d3-random";
import { PRESETS, datasetFromPoints, generateDataset, presetData, type Dataset } from "../../../src/engine/index.ts";
import { MAX_COORDINATE } from "../../../src/state/data-limits.ts";
import { classifierDefault, separable } from "../../../src/engine/classifier-presets.ts";
import { toBase64Url } from "../../../src/state/base64url.ts";
import { BitWriter } from "../../../src/state/bit-stream.ts";
import {
  LINK_QUANTUM, MAX_DATA_TEXT, MAX_LINKED_POINTS, decodeData, encodeData, type DecodeResult,
} from "../../../src/state/data-codec.ts";

const DAMAGED = "The data in the link is damaged: it was changed or cut short.";
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** The link text of data; fails the test if it cannot be made. */
function encode(data: Dataset): string {
  const result = encodeData(data);
  if (!result.ok) throw new Error(result.error);
  return result.text;
}

/** The points of a link text; fails the test with the error otherwise. */
function decode(text: string): Dataset {
  const result = decodeData(text);
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

/** The error of a refused decode; fails the test if it was accepted. */
function refusal(text: string): string {
  const result = decodeData(text);
  if (result.ok) throw new Error(`expected a refusal, got ${result.data.x.length} points`);
  return result.error;
}

/** n points on the 0.001 grid drawn from a seeded source, spread over [-spread, spread]. */
function gridData(n: number, spread: number, random: () => number): Dataset {
  const value = () => Math.round((random() * 2 - 1) * spread * 1000) / 1000 + 0;
  return datasetFromPoints(Array.from({ length: n }, () => [value(), value()] as const));
}

/** A decode result is either a refusal or points that are all finite and within the limits. */
function expectSafe(result: DecodeResult): void {
  if (!result.ok) {
    expect(result.error).toMatch(/^The data in the link /);
    return;
  }
  const { x, y } = result.data;
  expect(x).toBeInstanceOf(Float64Array);
  expect(x.length).toBe(y.length);
  expect(x.length).toBeGreaterThanOrEqual(2);
  expect(x.length).toBeLessThanOrEqual(MAX_LINKED_POINTS);
  for (const v of [...x, ...y]) expect(Math.abs(v)).toBeLessThanOrEqual(MAX_COORDINATE);
}

describe("encodeData / decodeData round trip", () => {
  test("MAX_LINKED_POINTS is 200 and LINK_QUANTUM is 0.001", () => {
    expect(MAX_LINKED_POINTS).toBe(200);
    expect(LINK_QUANTUM).toBe(0.001);
  });

  test("a small dataset encodes to a versioned, URL-safe text and decodes exactly", () => {
    const data = datasetFromPoints([[1, 2], [-0.5, 3.25], [4.125, -7]]);
    const text = encode(data);
    expect(text).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(encodeURIComponent(text)).toBe(text);
    expect(decode(text)).toEqual(data);
    expect(encodeData(data)).toEqual({ ok: true, text, data, rounded: false });
  });

  test.each(PRESETS.filter((p) => p.id !== "default").map((p) => p.id))("the %s preset travels exactly", (id) => {
    const data = presetData(id);
    expect(decode(encode(data))).toEqual(data);
  });

  test("the default data is rounded to 0.001, says so, and comes back within half a thousandth", () => {
    const data = presetData("default");
    const result = encodeData(data);
    expect(result.ok && result.rounded).toBe(true);
    const back = decode(encode(data));
    for (let i = 0; i < data.x.length; i++) {
      expect(Math.abs(back.x[i]! - data.x[i]!)).toBeLessThanOrEqual(0.0005);
      expect(Math.abs(back.y[i]! - data.y[i]!)).toBeLessThanOrEqual(0.0005);
      expect(back.x[i]).toBe(Number(data.x[i]!.toFixed(3)));
    }
  });

  test("2,000 seeded random datasets on the 0.001 grid, of 2 to 200 points and every spread, travel exactly", () => {
    const random = randomLcg(0.31);
    const spreads = [0.001, 0.01, 1, 10, 1000, MAX_COORDINATE];
    for (let k = 0; k < 2000; k++) {
      const n = 2 + Math.floor(random() * (MAX_LINKED_POINTS - 1));
      const data = gridData(n, spreads[k % spreads.length]!, random);
      const text = encode(data);
      expect(decode(text)).toEqual(data);
      // One dataset, one text: decoding and encoding again gives the same link.
      expect(encode(decode(text))).toBe(text);
    }
  });

  test("the extremes travel exactly: ±MAX_COORDINATE, ±0.001, equal columns, -0 as 0", () => {
    for (const points of [
      [[MAX_COORDINATE, -MAX_COORDINATE], [-MAX_COORDINATE, MAX_COORDINATE]],
      [[0.001, -0.001], [-0.001, 0.001]],
      [[5, 5], [5, 5], [5, 5]],
      [[-999999.999, 0], [0, 999999.999]],
    ] as [number, number][][]) {
      const data = datasetFromPoints(points);
      expect(decode(encode(data))).toEqual(data);
    }
    const back = decode(encode(datasetFromPoints([[-0, 1], [2, -0]])));
    expect(Object.is(back.x[0], 0) && Object.is(back.y[1], 0)).toBe(true);
  });

  test("whole numbers and tenths need fewer characters than thousandths", () => {
    const whole = encode(datasetFromPoints([[1, 20], [3, 40], [5, 60]]));
    const tenths = encode(datasetFromPoints([[0.1, 2], [0.3, 4], [0.5, 6]]));
    const thousandths = encode(datasetFromPoints([[0.001, 2], [0.3, 4], [0.5, 6]]));
    expect(whole.length).toBeLessThanOrEqual(tenths.length);
    expect(tenths.length).toBeLessThan(thousandths.length);
  });

  test("is compact: 40 default points in at most 200 characters, 200 in at most 1,000", () => {
    expect(encode(generateDataset(40, 78)).length).toBeLessThanOrEqual(200);
    expect(encode(generateDataset(200, 78)).length).toBeLessThanOrEqual(1000);
    // 200 points anywhere in ±10 to the thousandth: 15 bits a coordinate, the worst an editor of that range makes.
    expect(encode(gridData(200, 10, randomLcg(0.7))).length).toBeLessThanOrEqual(1050);
  });
});

describe("encodeData refuses what a link cannot carry", () => {
  test("more than MAX_LINKED_POINTS points, saying so", () => {
    expect(encodeData(generateDataset(201, 1))).toEqual({ ok: false, error: "These 201 points are too many for a link, which carries at most 200." });
    expect(encodeData(generateDataset(5000, 1))).toEqual({ ok: false, error: "These 5,000 points are too many for a link, which carries at most 200." });
  });

  test("fewer than 2 points, or x and y of different lengths", () => {
    for (const data of [generateDataset(1, 1), { x: new Float64Array(0), y: new Float64Array(0) }, { x: Float64Array.of(1, 2), y: Float64Array.of(1) }]) {
      expect(encodeData(data)).toEqual({ ok: false, error: "A link needs at least 2 points, each with an x and a y." });
    }
  });

  test("values beyond ±MAX_COORDINATE or not finite", () => {
    for (const bad of [MAX_COORDINATE + 0.001, -1e7, Infinity, -Infinity, NaN]) {
      expect(encodeData({ x: Float64Array.of(1, bad), y: Float64Array.of(1, 2) })).toEqual({ ok: false, error: "A link carries only values within ±1,000,000." });
    }
  });
});

describe("decodeData refuses, never throws, never quotes the link", () => {
  const valid = encode(presetData("outlier"));

  test("empty text, and things that are not text", () => {
    expect(refusal("")).toBe("The data in the link is empty.");
    for (const value of [undefined, null, 1, {}, []]) expect(decodeData(value as unknown as string).ok).toBe(false);
  });

  test("text over MAX_DATA_TEXT characters, before any other work", () => {
    expect(refusal(`1.${"A".repeat(MAX_DATA_TEXT)}`)).toBe("The data in the link is longer than the 8,000 characters a link may carry.");
    expect(refusal("1.".padEnd(5_000_000, "A"))).toBe("The data in the link is longer than the 8,000 characters a link may carry.");
  });

  test("another version, or no version", () => {
    expect(refusal(`3.${valid.slice(2)}`)).toBe("The data in the link is in a newer format than this page reads.");
    // Format 2 is format 1 with a class a point after the y column: without them it is cut short.
    expect(refusal(`2.${valid.slice(2)}`)).toBe(DAMAGED);
    expect(refusal(`10.${valid.slice(2)}`)).toBe("The data in the link is in a newer format than this page reads.");
    expect(refusal(valid.slice(2))).toBe("The data in the link is not in a format this page reads.");
    expect(refusal("<script>alert(1)</script>")).toBe("The data in the link is not in a format this page reads.");
  });

  test("characters outside base64url, padding, and whitespace", () => {
    for (const text of [`${valid}=`, `${valid.slice(0, 10)}+${valid.slice(11)}`, `${valid} `, `${valid.slice(0, 5)}/${valid.slice(6)}`, "1.", "1.A", `${valid}é`, `${valid}😀`]) {
      expect(refusal(text)).toBe(DAMAGED);
    }
  });

  test("every shortened and every lengthened text", () => {
    for (let length = 0; length < valid.length; length++) expect(decodeData(valid.slice(0, length)).ok).toBe(false);
    for (const c of ALPHABET) expect(refusal(valid + c)).toBe(DAMAGED);
  });

  test("every single-character change of a valid text", () => {
    let accepted = 0;
    for (let i = 2; i < valid.length; i++) {
      for (const c of ALPHABET) {
        if (c === valid[i]) continue;
        const result = decodeData(valid.slice(0, i) + c + valid.slice(i + 1));
        expectSafe(result);
        if (result.ok) accepted++;
      }
    }
    // A 16-bit checksum and the one-spelling rule let through about 1 in 65,536 at most.
    expect(accepted).toBe(0);
  });

  test("a well-formed text claiming more than MAX_LINKED_POINTS points, or fewer than 2", () => {
    expect(refusal(craft(201, 0))).toBe("The data in the link has 201 points; a link carries at most 200.");
    expect(refusal(craft(255, 0))).toBe("The data in the link has 255 points; a link carries at most 200.");
    expect(refusal(craft(1, 0))).toBe("The data in the link has fewer than 2 points.");
    expect(refusal(craft(0, 0))).toBe("The data in the link has fewer than 2 points.");
  });

  test("a well-formed text with a value beyond ±MAX_COORDINATE", () => {
    expect(refusal(craft(2, 1_000_001))).toBe("The data in the link has a value beyond ±1,000,000.");
  });

  test("a well-formed text in a spelling encodeData never makes (offsets not from the smallest value)", () => {
    expect(refusal(craft(2, 5, 1))).toBe(DAMAGED);
  });

  test("5,000 seeded random strings: base64url after 1., and any characters at all", () => {
    const random = randomLcg(0.77);
    const char = randomInt.source(random)(0, ALPHABET.length);
    const code = randomInt.source(random)(0, 0x3000);
    for (let k = 0; k < 5000; k++) {
      const length = Math.floor(random() * 400);
      let text = k % 2 ? "1." : "";
      for (let i = 0; i < length; i++) text += k % 2 ? ALPHABET[char()] : String.fromCharCode(code());
      expectSafe(decodeData(text));
    }
  });

  test("3,000 seeded mutations of valid texts: flips, swaps, cuts and splices", () => {
    const random = randomLcg(0.05);
    const texts = [valid, encode(presetData("steep-line")), encode(gridData(200, 1000, randomLcg(0.2))), encode(datasetFromPoints([[1, 2], [3, 4]]))];
    let accepted = 0;
    for (let k = 0; k < 3000; k++) {
      const base = texts[k % texts.length]!;
      const at = 2 + Math.floor(random() * (base.length - 2));
      const other = texts[(k + 1) % texts.length]!;
      const mutated = [
        () => base.slice(0, at) + ALPHABET[Math.floor(random() * 64)] + base.slice(at + 1),
        () => base.slice(0, at) + base.slice(at + 1),
        () => base.slice(0, at) + base[at + 1] + base[at] + base.slice(at + 2),
        () => base.slice(0, at) + other.slice(at),
        () => base + base.slice(2),
      ][k % 5]!();
      const result = decodeData(mutated);
      expectSafe(result);
      // A splice at the very start is simply another valid text.
      if (result.ok && !texts.includes(mutated)) accepted++;
    }
    expect(accepted).toBe(0);
  });
});

/**
 * A text with the format's layout and a correct checksum but chosen contents, as a tamperer would make:
 * n points at d = 0 with x = [x0, x0 + 1, x0, x0, …] and y all 0; a non-zero offset adds it to every x but the
 * second, so no x sits at the written smallest value, a spelling encodeData never makes.
 */
function craft(n: number, x0: number, offset = 0): string {
  const out = new BitWriter();
  out.write(n, 8);
  out.write(0, 2);
  const code = x0 >= 0 ? 2 * x0 : -2 * x0 - 1;
  const width = Math.max(1, Math.ceil(Math.log2(code + 1)));
  out.write(code === 0 ? 0 : width, 5);
  if (code !== 0) out.write(code, width);
  out.write(1, 5);
  for (let i = 0; i < n; i++) out.write(i === 1 ? 1 : offset, 1);
  out.write(0, 5); // y: the smallest is 0, in 0 bits
  out.write(0, 5); // y: every offset is 0, in 0 bits
  const body = out.bytes();
  let h = 0x811c9dc5;
  for (const b of body) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  const sum = ((h >>> 16) ^ h) & 0xffff;
  return `1.${toBase64Url(Uint8Array.from([...body, sum >> 8, sum & 0xff]))}`;
}

describe("points with a class (format 2)", () => {
  const labelled = (points: readonly (readonly [number, number, number])[]): Dataset => ({
    x: Float64Array.from(points, (p) => p[0]),
    y: Float64Array.from(points, (p) => p[1]),
    label: Uint8Array.from(points, (p) => p[2]),
  });

  test("travel with their classes in a text of version 2, and come back exactly", () => {
    const data = labelled([[1, 2, 0], [-0.5, 3.25, 1], [4.125, -7, 1]]);
    const text = encode(data);
    expect(text).toMatch(/^2\.[A-Za-z0-9_-]+$/);
    expect(decode(text)).toEqual(data);
  });

  test("the same coordinates without classes are still written in version 1, as before", () => {
    const data = labelled([[1, 2, 0], [-0.5, 3.25, 1], [4.125, -7, 1]]);
    expect(encode({ x: data.x, y: data.y })).toMatch(/^1\./);
    expect(decode(encode({ x: data.x, y: data.y })).label).toBeUndefined();
  });

  test("the classifier's default points are rounded to 0.001 with their classes kept; its separable set travels exactly", () => {
    const data = classifierDefault();
    const result = encodeData(data);
    expect(result.ok && result.rounded).toBe(true);
    if (result.ok) expect(result.data.label).toEqual(data.label);
    expect(decode(encode(data)).label).toEqual(data.label);
    const split = separable(data);
    expect(decode(encode(split))).toEqual(split);
  });

  test("a class other than 0 or 1, or a class list of the wrong length, is refused", () => {
    expect(encodeData({ ...labelled([[1, 2, 0], [3, 4, 1]]), label: Uint8Array.of(0, 2) })).toEqual({ ok: false, error: "A link needs each point's class to be 0 or 1." });
    expect(encodeData({ ...labelled([[1, 2, 0], [3, 4, 1]]), label: Uint8Array.of(0) })).toEqual({ ok: false, error: "A link needs each point's class to be 0 or 1." });
  });

  test("a changed or cut labelled text is refused as damaged", () => {
    const text = encode(classifierDefault());
    for (const bad of [text.slice(0, -1), `${text.slice(0, -3)}AAA`, `${text.slice(0, 12)}${text[12] === "A" ? "B" : "A"}${text.slice(13)}`]) {
      expect(refusal(bad)).toBe(DAMAGED);
    }
  });
});
