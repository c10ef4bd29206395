import { describe, expect, test } from "vitest";
import { DEFAULTS, field, type EssayParams } from "../../../src/state/fields.ts";
import { MODELS } from "../../../src/engine/index.ts";
import { fieldValue, withFields } from "./params.ts";
import { QUERY_KEYS, parseQuery, serializeQuery } from "../../../src/state/url-codec.ts";
import { DAMAGED_DATA, HOSTILE_VALUES } from "./arbitrary.ts";
import { expectSafeNotices, expectValid } from "./checks.ts";

/** decode(query) is parseQuery(query) after checking the promises every decode keeps. */
function decode(query: string): { params: EssayParams; notices: readonly string[] } {
  const decoded = parseQuery(query);
  expectValid(decoded.params, query.slice(0, 80));
  expectSafeNotices(decoded.notices, query.slice(0, 80));
  return decoded;
}

/** Expects the field to fall back to its default with exactly one notice naming what it sets. */
function expectFallback(query: string, key: string, label: string): void {
  const { params, notices } = decode(query);
  expect(params).toStrictEqual(DEFAULTS);
  expect(notices, query).toHaveLength(1);
  expect(notices[0], query).toContain(label);
  expect(notices[0], query).toContain(String(fieldValue(DEFAULTS, key)).replace("-", "\u2212"));
}

describe("parseQuery(search) with nothing to read", () => {
  test.each(["", "?", "??", "&&&", "?&&&", "=", "?=", "==", "?&=&", "?foo=bar", "?M=1&LR=0.5"])(
    "%j is the defaults with no notice",
    (query) => {
      const { params, notices } = decode(query);
      expect(params).toStrictEqual(DEFAULTS);
      expect(notices).toEqual([]);
    },
  );
});

describe("parseQuery(search) with values that are not numbers", () => {
  const junk = [
    "", "%20", "+", "%09", "abc", "NaN", "nan", "Infinity", "-Infinity", "0x10", "0b1", "0o7", "1_000", "1,5", "1.2.3",
    "--1", "%2B-1", ".", "e5", "1e", "1e+", "%2D%2D1", "١٢", "１", "½", "∞", "−1", "💥", "%E2%80%8B1",
    "%E0%A4%A", "%", "%%", "%zz", "%FF", "%C0%AF", "%00", "%ED%A0%80", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "javascript:alert(1)", "null", "undefined", "true", "[]", "{}", "__proto__",
  ];
  test.each(junk)("m=%s falls back to the default slope with a notice", (value) => {
    expectFallback(`?m=${value}`, "m", field("m").label);
  });
  test.each(junk)("step=%s falls back to step 0 with a notice", (value) => {
    expectFallback(`?step=${value}`, "step", field("step").label);
  });

  test("a 10,000-character value falls back without being parsed or repeated", () => {
    for (const value of ["1".repeat(10_000), `0.${"0".repeat(10_000)}1`, "<".repeat(10_000), "%".repeat(10_000)]) {
      expectFallback(`?lr=${value}`, "lr", field("lr").label);
    }
  });

  test("1e309 and -1e309 overflow to infinity and fall back with a notice", () => {
    expectFallback("?b=1e309", "b", field("b").label);
    expectFallback("?b=-1e309", "b", field("b").label);
    expect(parseQuery("?b=1e309").notices[0]).toContain("too large");
  });
});

describe("parseQuery(search) with numbers it must correct", () => {
  test("an out-of-range start is clamped to the range's edge with a notice", () => {
    const { params, notices } = decode("?m=99&b=-1e300");
    expect(params).toStrictEqual(withFields({ m: field("m").max, b: field("b").min }));
    expect(notices).toEqual([
      `The link's starting slope m must be between −4 and 4, so it is 4.`,
      `The link's starting intercept b must be between −6 and 8, so it is −6.`,
    ]);
  });

  test("a huge step is clamped to the last step, so no link computes for long", () => {
    for (const value of ["99999999999", "1e300", "1000.6", "4096"]) {
      const { params, notices } = decode(`?step=${value}`);
      expect(params.step, value).toBe(field("step").max);
      expect(notices, value).toHaveLength(1);
    }
  });

  test("a negative step is clamped to 0 with a notice", () => {
    for (const value of ["-1", "-5", "-0.5", "-1e300"]) {
      const { params, notices } = decode(`?step=${value}`);
      expect(params.step, value).toBe(0);
      expect(notices[0], value).toContain("between 0 and 1,000");
    }
  });

  test("a fractional step is rounded to a whole step with a notice", () => {
    expect(decode("?step=2.5").params.step).toBe(3);
    expect(decode("?step=2.4").params.step).toBe(2);
    expect(decode("?step=2.5").notices).toEqual(["The link's step must be a whole number, so it is 3."]);
  });

  test("a learning rate of 0 or less is raised to the smallest with a notice", () => {
    for (const value of ["0", "-0", "-1", "1e-400"]) {
      const { params, notices } = decode(`?lr=${value}`);
      expect(params.lr, value).toBe(field("lr").min);
      expect(notices, value).toHaveLength(1);
    }
  });

  test("a batch larger than the points is cut to the number of points with a notice", () => {
    const { params, notices } = decode("?method=minibatch&batch=4096&n=10");
    expect(params).toMatchObject({ batch: 10, n: 10 });
    expect(notices).toEqual(["The batch size 4,096 is larger than the 10 points, so it is 10."]);
  });

  test("the whole-number fields n, batch and seed are rounded and clamped", () => {
    expect(decode("?n=12.7&batch=0&seed=-3").params).toMatchObject({ n: 13, batch: 1, seed: 0 });
    expect(decode("?n=1e9&seed=1e12").params).toMatchObject({ n: field("n").max, seed: field("seed").max });
  });
});

describe("parseQuery(search) with numbers it takes as written", () => {
  test("-0 is 0, one state with one link", () => {
    const { params, notices } = decode("?m=-0&b=-0.0");
    expect(Object.is(params.start["m"], 0) && Object.is(params.start["b"], 0)).toBe(true);
    expect(notices).toEqual([]);
    expect(serializeQuery(params)).toBe("?m=0&b=0");
  });

  test("a + sign, surrounding spaces and exponent notation are read as the number", () => {
    expect(decode("?m=%2B1").params.start["m"]).toBe(1);
    expect(decode("?m=+1").params.start["m"]).toBe(1); // "+" is a space in a query
    expect(decode("?m=%201%20").params.start["m"]).toBe(1);
    expect(decode("?m=1e-1&b=.5&lr=5E-2").params).toStrictEqual(withFields({ m: 0.1, b: 0.5, lr: 0.05 }));
    expect(decode("?m=1e-400").params.start["m"]).toBe(0);
  });

  test("percent-encoded keys and values are read like plain ones", () => {
    expect(decode("?%6D=%31&%6C%72=0%2E2").params).toStrictEqual(withFields({ m: 1, lr: 0.2 }));
  });
});

describe("parseQuery(search) with the method", () => {
  test.each(["adam", "BATCH", "batch ", "%20sgd", "", "%3Cscript%3E", "__proto__", "toString", "minibatch%00"])(
    "method=%s falls back to batch with a notice",
    (value) => {
      const { params, notices } = decode(`?method=${value}&step=2`);
      expect(params).toStrictEqual(withFields({ step: 2 }));
      expect(notices).toEqual(["The link's method is not one of batch, sgd, minibatch, so it is batch."]);
    },
  );
});

describe("parseQuery(search) with the model and the optimiser", () => {
  test.each(["valleys2", "LINE", "%3Cscript%3E", "__proto__", ""])("model=%s falls back to the line with a notice", (value) => {
    const { params, notices } = decode(`?model=${value}&step=2`);
    expect(params).toStrictEqual(withFields({ step: 2 }));
    expect(notices).toEqual([`The link's model is not one of ${MODELS.map((m) => m.id).join(", ")}, so it is line.`]);
  });
  test.each(["sgd", "Adam", "rmsprop", "%00", "constructor"])("opt=%s falls back to plain descent with a notice", (value) => {
    const { params, notices } = decode(`?opt=${value}&step=2`);
    expect(params).toStrictEqual(withFields({ step: 2 }));
    expect(notices).toEqual(["The link's optimiser is not one of gd, momentum, adam, so it is gd."]);
  });
  test("an optimiser's setting is read, clamped like any number, and linked only with its optimiser", () => {
    const { params, notices } = decode("?opt=momentum&beta=2");
    expect(params.settings["beta"]).toBe(field("beta").max);
    expect(notices).toEqual(["The link's momentum β must be between 0 and 0.999, so it is 0.999."]);
    expect(serializeQuery(params)).toBe("?opt=momentum&beta=0.999");
    expect(serializeQuery(decode("?beta=0.5").params)).toBe("");
  });
});

describe("parseQuery(search) with repeated keys", () => {
  test("the first value wins and a notice says how many there were", () => {
    const { params, notices } = decode("?b=2.5&b=7&b=1");
    expect(params.start["b"]).toBe(2.5);
    expect(notices).toEqual(["The link sets b 3 times; the first value was used."]);
  });

  test("a bad first value still falls back, even when a later one is good", () => {
    const { params, notices } = decode("?m=NaN&m=1");
    expect(params.start["m"]).toBe(DEFAULTS.start["m"]);
    expect(notices).toHaveLength(2);
  });

  test("ten thousand repeats give one notice, not ten thousand", () => {
    const { notices } = decode(`?${"step=1&".repeat(10_000)}`);
    expect(notices).toEqual(["The link sets step 10000 times; the first value was used."]);
  });
});

describe("parseQuery(search) never lets the link's text through", () => {
  test("the foundation test's hostile link decodes to step 1000 with four notices", () => {
    const { params, notices } = decode("?m=NaN&lr=1e309&step=99999999&method=%3Cscript%3E&b=2.5&b=7&foo=bar");
    expect(serializeQuery(params)).toBe("?step=1000");
    expect(notices).toHaveLength(5);
  });

  test.each(HOSTILE_VALUES.map((v) => [v.length > 40 ? `${v.slice(0, 20)}… (${v.length})` : v, v]))(
    "every key set to %j decodes to a valid state with safe notices",
    (_label, value) => {
      const query = `?${QUERY_KEYS.map((key) => `${key}=${value}`).join("&")}`;
      const { notices } = decode(query);
      const text = notices.join(" ");
      for (const needle of ["<", ">", "script", "alert", "onerror", "NaN", "Infinity", "%", "\u0000"]) {
        expect(text).not.toContain(needle);
      }
    },
  );
});

describe("parseQuery(search) with the reader's data", () => {
  test.each(DAMAGED_DATA.map((text) => [text.length > 40 ? `${text.slice(0, 30)}… (${text.length})` : text, text]))(
    "data=%s falls back to the essay's data with one notice that quotes nothing",
    (_label, text) => {
      const { params, notices } = decode(`?step=2&data=${encodeURIComponent(text)}`);
      expect(params).toStrictEqual(withFields({ step: 2 }));
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/^The data in the link/);
      const quoted = text.slice(2, 12);
      if (quoted.length >= 4) expect(notices[0]).not.toContain(quoted);
    },
  );
});

describe("a number of points past the model's own limit", () => {
  test("is brought down to what that model draws, with a notice naming the model and its limit", () => {
    const { params, notices } = parseQuery("?model=valleys&n=100000");
    expect(params.n).toBe(400);
    expect(notices).toEqual(["The link asks for 100,000 points, but a wave takes at most 400, so it is 400."]);
    expect(parseQuery("?n=100000&model=classifier").params.n).toBe(2000);
    expect(parseQuery("?n=100000").notices).toEqual([]);
  });
});
