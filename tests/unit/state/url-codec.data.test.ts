import { describe, expect, test } from "vitest";
import { presetData } from "../../../src/engine/index.ts";
import { classifierDefault } from "../../../src/engine/classifier-presets.ts";
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

describe("the data parameter with the classifier", () => {
  const text = (data: Parameters<typeof encodeData>[0]) => {
    const encoded = encodeData(data);
    return encoded.ok ? encoded.text : "";
  };
  const labelled = text(classifierDefault());
  const plain = text(presetData("outlier"));

  test("points with classes are the classifier's own data, read back exactly", () => {
    const { params, notices } = parseQuery(`?model=classifier&data=${labelled}`);
    expect(notices).toEqual([]);
    expect(params.data).toBe(labelled);
    expect(serializeQuery(params)).toBe(`?model=classifier&data=${labelled}`);
  });

  test("points without classes are refused for the classifier, and points with classes for the line, each with a notice", () => {
    expect(parseQuery(`?model=classifier&data=${plain}`)).toMatchObject({
      params: { model: "classifier", data: null },
      notices: ["The data in the link has no classes, which a logistic classifier needs. The essay's own data is shown instead."],
    });
    expect(parseQuery(`?data=${labelled}`)).toMatchObject({
      params: { model: "line", data: null },
      notices: ["The data in the link has classes, which a straight line does not take. The essay's own data is shown instead."],
    });
  });

  test("points all of one class are refused with the classifier's reason", () => {
    const one = classifierDefault();
    const single = text({ ...one, label: new Uint8Array(one.x.length).fill(1) });
    expect(parseQuery(`?model=classifier&data=${single}`).notices).toEqual([
      "Every point is in class 1; a classifier needs points of both classes. The essay's own data is shown instead.",
    ]);
  });
});
