import { expect } from "vitest";
import { decodeData } from "../../../src/state/data-codec.ts";
import { DEFAULTS, TABLE, type EssayParams } from "../../../src/state/fields.ts";
import { QUERY_KEYS } from "../../../src/state/url-codec.ts";

/** The most notices one link can cause: "set twice" and "corrected" for every key, plus the batch. */
export const MAX_NOTICES = 2 * QUERY_KEYS.length + 1;

/** Characters a notice may use: words, numbers and punctuation, never markup, escapes or other scripts. */
const NOTICE_TEXT = /^[A-Za-z0-9 .,;:'()±βη₁₂\u2212-]+$/;

/** invalidities(params) lists every way a state breaks the codec's promise; empty when it is valid. */
export function invalidities(p: EssayParams): string[] {
  const problems: string[] = [];
  for (const field of TABLE.fields) {
    const key = field.key;
    if (field.kind === "number") {
      const v = field.read(p);
      const range = field.range;
      if (typeof v !== "number" || !Number.isFinite(v)) problems.push(`${key} is not finite: ${v}`);
      else if (v < range.min || v > range.max) problems.push(`${key} ${v} is outside [${range.min}, ${range.max}]`);
      else if (range.integer && !Number.isInteger(v)) problems.push(`${key} ${v} is not whole`);
      else if (Object.is(v, -0)) problems.push(`${key} is -0`);
    } else if (field.kind === "choice") {
      if (!field.choices.includes(field.read(p))) problems.push(`${key} ${String(field.read(p))} is unknown`);
    } else {
      const data = field.read(p);
      if (data !== null && !(typeof data === "string" && decodeData(data).ok)) problems.push("data is neither null nor a readable data text");
    }
  }
  if (p.batch > p.n) problems.push(`batch ${p.batch} exceeds n ${p.n}`);
  const extra = [
    ...Object.keys(p).filter((k) => !Object.hasOwn(DEFAULTS, k)),
    ...Object.keys(p.start).filter((k) => !Object.hasOwn(DEFAULTS.start, k)),
    ...Object.keys(p.settings).filter((k) => !Object.hasOwn(DEFAULTS.settings, k)),
  ];
  if (extra.length) problems.push(`unexpected keys ${extra.join(", ")}`);
  return problems;
}

/** expectValid(params) fails with every problem listed unless the state is one the essay can show. */
export function expectValid(p: EssayParams, context = ""): void {
  expect(invalidities(p), context).toEqual([]);
}

/** expectSafeNotices(notices) fails if a notice could carry the link's text to the page. */
export function expectSafeNotices(notices: readonly string[], context = ""): void {
  expect(notices.length, context).toBeLessThanOrEqual(MAX_NOTICES);
  for (const notice of notices) {
    expect(notice, context).toMatch(NOTICE_TEXT);
    expect(notice.length, context).toBeLessThan(160);
  }
}
