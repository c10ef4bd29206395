import { expect, test } from "vitest";
import { TABLE } from "../../../src/state/fields.ts";
import { parseQuery, serializeQuery } from "../../../src/state/url-codec.ts";
import { fieldValue } from "./params.ts";
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
    for (const field of TABLE.fields) {
      const key = field.key;
      const values = query.getAll(key);
      expect(values.length, `${q}: ${key} repeated silently`).toBeLessThanOrEqual(1);
      if (values.length === 0) continue;
      const raw = values[0]!;
      if (field.kind === "choice") expect(field.choices, q).toContain(raw);
      else if (field.kind === "data") expect(params.data, q).toBe(raw);
      else expect(fieldValue(params, key) === Number(raw.trim()), `${q}: ${key} changed silently`).toBe(true);
    }
  }
});

test(`the canonical rewrite of a generated hostile link is stable and reopens the same state, for ${CASES} links`, () => {
  for (const q of queries()) {
    const first = parseQuery(q);
    const canonical = serializeQuery(first.params);
    const reopened = parseQuery(canonical);
    // A field that does not apply (another optimiser's setting) is not linked, so it reopens at its default.
    expect(serializeQuery(reopened.params), q).toBe(canonical);
    for (const field of TABLE.fields.filter((f) => f.applies(first.params))) {
      expect(fieldValue(reopened.params, field.key), `${q}: ${field.key}`).toStrictEqual(fieldValue(first.params, field.key));
    }
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
