import { describe, expect, test } from "vitest";
import { DEFAULTS, TABLE } from "../../../src/state/fields.ts";
import { parseQuery, serializeQuery } from "../../../src/state/url-codec.ts";
import { fieldValue, withFields } from "./params.ts";
import { seeded, validParams } from "./arbitrary.ts";
import { expectValid } from "./checks.ts";

const CASES = 5_000;

describe("serializeQuery(params)", () => {
  test("is the empty string for the defaults", () => {
    expect(serializeQuery(DEFAULTS)).toBe("");
  });

  test("writes one changed field alone, as ?key=value", () => {
    expect(serializeQuery({ ...DEFAULTS, lr: 0.08 })).toBe("?lr=0.08");
    expect(serializeQuery({ ...DEFAULTS, method: "sgd" })).toBe("?method=sgd");
    expect(serializeQuery(withFields({ m: 0 }))).toBe("?m=0");
  });

  test("lists keys in the fixed order m, b, lr, step, method, batch, n, seed, whatever order the object has", () => {
    const shuffled = {
      data: null, scale: "none", seed: 7, n: 100, batch: 16, method: "minibatch", step: 3, settings: DEFAULTS.settings, opt: "gd", lr: 0.1,
      start: { ...DEFAULTS.start, b: 1, m: 0.5 }, model: "line", axes: DEFAULTS.axes,
      look: DEFAULTS.look,
    } as const;
    expect(serializeQuery(shuffled)).toBe("?m=0.5&b=1&lr=0.1&step=3&method=minibatch&batch=16&n=100&seed=7");
  });

  test("writes the scaling of x after the seed and before the data", () => {
    expect(serializeQuery(withFields({ scale: "standardize", seed: 3, n: 50 }))).toBe("?n=50&seed=3&scale=standardize");
  });

  test("writes the optimiser and only its own settings, after the learning rate", () => {
    expect(serializeQuery(withFields({ opt: "momentum", beta: 0.5, beta1: 0.7 }))).toBe("?opt=momentum&beta=0.5");
    expect(serializeQuery(withFields({ opt: "adam", beta1: 0.7, lr: 0.2 }))).toBe("?lr=0.2&opt=adam&beta1=0.7");
  });

  test(`leaves out every default and keeps keys in order, for ${CASES} random valid states`, () => {
    const random = seeded(0.125);
    for (let i = 0; i < CASES; i++) {
      const p = validParams(random);
      const query = serializeQuery(p);
      const keys = query ? query.slice(1).split("&").map((pair) => pair.split("=")[0]) : [];
      const expected = TABLE.fields.filter((f) => f.applies(p) && fieldValue(p, f.key) !== fieldValue(DEFAULTS, f.key)).map((f) => f.key);
      expect(keys, query).toEqual(expected);
    }
  });

  test("writes numbers in their shortest exact form (subnormals and float drift included)", () => {
    expect(serializeQuery(withFields({ m: 0.1 + 0.2 }))).toBe("?m=0.30000000000000004");
    expect(serializeQuery(withFields({ m: 5e-324 }))).toBe("?m=5e-324");
    expect(serializeQuery(withFields({ b: -1e-7 }))).toBe("?b=-1e-7");
  });
});

describe("parseQuery(serializeQuery(params))", () => {
  test(`is params exactly, with no notices, for ${CASES} random valid states`, () => {
    const random = seeded(0.5);
    for (let i = 0; i < CASES; i++) {
      const p = validParams(random);
      expectValid(p, `generated state ${i} is not valid: ${JSON.stringify(p)}`);
      const query = serializeQuery(p);
      const decoded = parseQuery(query);
      expect(decoded.params, query).toStrictEqual(p);
      expect(decoded.notices, query).toEqual([]);
    }
  });

  test("is params for the edges of every range", () => {
    const edges = [
      withFields({ m: -4, b: -6, lr: 0.001, step: 0, batch: 1, n: 10, seed: 0 }),
      withFields({ m: 4, b: 8, lr: 1, step: 1000, method: "minibatch", batch: 4096, n: 500_000, seed: 2 ** 31 - 1 }),
      withFields({ batch: 10, n: 10 }),
      withFields({ opt: "momentum", beta: 0 }),
      withFields({ opt: "adam", beta1: 0.999, beta2: 0 }),
    ];
    for (const p of edges) expect(parseQuery(serializeQuery(p)).params).toStrictEqual(p);
  });
});

describe("parseQuery(search)", () => {
  test("accepts the query with or without its leading ?", () => {
    expect(parseQuery("?m=1&step=4").params).toStrictEqual(parseQuery("m=1&step=4").params);
    expect(parseQuery("m=1&step=4").params).toStrictEqual(withFields({ m: 1, step: 4 }));
  });

  test("reads the README's example link exactly", () => {
    const { params, notices } = parseQuery("?m=-0.3&b=2.5&lr=0.05&step=3");
    expect(params).toStrictEqual(withFields({ step: 3 }));
    expect(notices).toEqual([]);
  });

  test("reads every field of a full link", () => {
    const { params, notices } = parseQuery("?m=0.5&b=-1.25&lr=0.2&step=12&method=minibatch&batch=4&n=200&seed=9");
    expect(params).toStrictEqual(withFields({ m: 0.5, b: -1.25, lr: 0.2, step: 12, method: "minibatch", batch: 4, n: 200, seed: 9, data: null }));
    expect(notices).toEqual([]);
  });

  test("gives the same state for a link and its canonical rewrite", () => {
    const random = seeded(0.75);
    for (let i = 0; i < 1_000; i++) {
      const p = validParams(random);
      const canonical = serializeQuery(p);
      const data = p.data === null ? "" : `data=${p.data}&`;
      const linked = TABLE.fields.filter((f) => f.applies(p) && f.key !== "data").map((f) => `${f.key}=${fieldValue(p, f.key)}`);
      const reordered = `?${data}${linked.reverse().join("&")}`;
      expect(serializeQuery(parseQuery(reordered).params), reordered).toBe(canonical);
    }
  });
});
