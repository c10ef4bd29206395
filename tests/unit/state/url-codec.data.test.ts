import { describe, expect, test } from "vitest";
import { presetData } from "../../../src/engine/index.ts";
import { encodeData } from "../../../src/state/data-codec.ts";
import { DEFAULTS } from "../../../src/state/fields.ts";
import { parseQuery, serializeQuery } from "../../../src/state/url-codec.ts";

describe("the data parameter", () => {
  const encoded = encodeData(presetData("outlier"));
  const text = encoded.ok ? encoded.text : "";

  test("serializeQuery writes the reader's data last and parseQuery reads it back exactly", () => {
    const params = { ...DEFAULTS, step: 3, data: text };
    const query = serializeQuery(params);
    expect(query).toBe(`?step=3&data=${text}`);
    expect(parseQuery(query)).toEqual({ params, notices: [] });
  });

  test("a damaged data parameter falls back to the essay's data with a notice that quotes nothing", () => {
    const damaged = `${text.slice(0, -3)}AAA`;
    const { params, notices } = parseQuery(`?data=${damaged}&step=2`);
    expect(params.data).toBeNull();
    expect(params.step).toBe(2);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/damaged/);
    expect(notices[0]).not.toContain(damaged);
  });

  test("markup in the data parameter is refused, never echoed", () => {
    const { params, notices } = parseQuery("?data=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
    expect(params.data).toBeNull();
    expect(notices.join(" ")).not.toMatch(/<|onerror/);
  });
});
