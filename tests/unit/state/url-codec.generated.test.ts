import { expect, test } from "vitest";
import { METHODS } from "../../../src/state/fields.ts";
import { QUERY_KEYS, parseQuery, serializeQuery } from "../../../src/state/url-codec.ts";
import { hostileQuery, seeded } from "./arbitrary.ts";
import { expectSafeNotices, invalidities } from "./checks.ts";

const CASES = 5_000;

/** The same generated links for every test here: a fixed seed. */
function queries(): string[] {
  const random = seeded(0.31337);
  return Array.from({ length: CASES }, () => hostileQuery(random));
}

test(`parseQuery(q) never throws and is always a valid state, for ${CASES} generated hostile links`, () => {
  for (const q of queries()) {
    let decoded: ReturnType<typeof parseQuery> | undefined;
    expect(() => (decoded = parseQuery(q)), q).not.toThrow();
    expect(invalidities(decoded!.params), q).toEqual([]);
  }
});

test(`parseQuery(q).notices are short, bounded and free of the link's text, for ${CASES} generated hostile links`, () => {
  for (const q of queries()) expectSafeNotices(parseQuery(q).notices, q);
});

test(`parseQuery(q) is silent only when it took every value as written, for ${CASES} generated hostile links`, () => {
  for (const q of queries()) {
    const { params, notices } = parseQuery(q);
    if (notices.length > 0) continue;
    const query = new URLSearchParams(q);
    for (const key of QUERY_KEYS) {
      const values = query.getAll(key);
      expect(values.length, `${q}: ${key} repeated silently`).toBeLessThanOrEqual(1);
      if (values.length === 0) continue;
      const raw = values[0]!;
      if (key === "method") expect(METHODS as readonly string[], q).toContain(raw);
      else if (key === "data") expect(params.data, q).toBe(raw);
      else expect(params[key] === Number(raw.trim()), `${q}: ${key} changed silently`).toBe(true);
    }
  }
});

test(`the canonical rewrite of a generated hostile link is stable and reopens the same state, for ${CASES} links`, () => {
  for (const q of queries()) {
    const first = parseQuery(q);
    const canonical = serializeQuery(first.params);
    const reopened = parseQuery(canonical);
    expect(reopened.params, q).toStrictEqual(first.params);
    expect(reopened.notices, q).toEqual([]);
    expect(serializeQuery(reopened.params), q).toBe(canonical);
  }
});

test("the generated links reach every kind of correction", () => {
  const notices = queries().flatMap((q) => parseQuery(q).notices);
  const kinds = [
    "is not a number", "is too large", "must be between", "must be a whole number", "is not one of", "times; the first",
    "is larger than the", "The data in the link is damaged",
  ];
  for (const kind of kinds) expect(notices.some((notice) => notice.includes(kind)), kind).toBe(true);
});
