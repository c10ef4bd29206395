import { describe, expect, test } from "vitest";
import { datasetFromPoints, inverse, line, presetData, summarize } from "../../../src/engine/index.ts";
import { EssayState } from "../../../src/state/essay.svelte.ts";
import { DEFAULTS } from "../../../src/state/fields.ts";
import { parseQuery, serializeQuery } from "../../../src/state/url-codec.ts";
import { DataEdits } from "../../../src/state/data-edits.svelte.ts";
import { movePoint } from "../../../src/state/point-edits.ts";

describe("EssayState.scaling", () => {
  test("is none by default, and the data, start and path are the article's, untouched", () => {
    const s = new EssayState();
    expect(s.scaling).toBe("none");
    expect(Array.from(s.data.x)).toEqual(Array.from(s.rawData.x));
    expect(s.start).toEqual([-0.3, 2.5]);
    expect(s.loss.toFixed(1)).toBe("20.5");
  });

  test("rescales x for the fit, and starts from the same line: the same loss, the same least loss", () => {
    const s = new EssayState();
    const loss0 = s.startLoss, least = s.minimumLoss!;
    for (const scaling of ["center", "standardize"] as const) {
      s.scaling = scaling;
      const stats = summarize(s.data);
      expect(Math.abs(stats.meanX)).toBeLessThan(1e-12);
      if (scaling === "standardize") expect(stats.sxx / stats.n).toBeCloseTo(1, 12);
      expect(s.startLoss).toBeCloseTo(loss0, 10);
      expect(s.minimumLoss).toBeCloseTo(least, 10);
      // The link's start stays in the data's own units; the descent's is the same line in the new ones.
      expect([s.m0, s.b0]).toEqual([-0.3, 2.5]);
      expect(s.toOwnUnits(s.start)[0]).toBeCloseTo(-0.3, 12);
      expect(s.toOwnUnits(s.start)[1]).toBeCloseTo(2.5, 12);
      // The y values and the reader's own points are not touched.
      expect(Array.from(s.data.y)).toEqual(Array.from(s.rawData.y));
    }
  });

  test("under standardisation the bowl is round: both curvatures 2, and the first step heads for the bottom", () => {
    const s = new EssayState();
    s.scaling = "standardize";
    expect(s.objective.curvature!.max).toBeCloseTo(2, 12);
    expect(s.objective.curvature!.min).toBeCloseTo(2, 12);
  });

  test("travels in the link as scale, left out when none, and only for a model that can rescale", () => {
    const s = new EssayState();
    s.scaling = "standardize";
    expect(serializeQuery(s.params)).toBe("?scale=standardize");
    const reopened = new EssayState();
    reopened.setParams(parseQuery("?scale=center&m=1").params);
    expect(reopened.scaling).toBe("center");
    expect(parseQuery("?scale=sideways").notices).toEqual(["The link's scaling of x is not one of none, center, standardize, so it is none."]);
    expect(serializeQuery({ ...DEFAULTS, scale: "center", model: "other" })).not.toMatch(/scale/);
  });

  test("ignores anything but the three scalings", () => {
    const s = new EssayState();
    s.scaling = "center";
    s.scaling = "upside-down" as never;
    expect(s.scaling).toBe("center");
  });

  test("restartAt takes the data's own units; toOwnUnits turns a figure's θ into them", () => {
    const s = new EssayState();
    s.scaling = "standardize";
    const t = s.xTransform;
    const figure = line.rescaled!([1, 2], t);
    s.restartAt(s.toOwnUnits(figure));
    expect(s.m0).toBeCloseTo(1, 12);
    expect(s.b0).toBeCloseTo(2, 12);
    expect(s.start[0]).toBeCloseTo(figure[0]!, 12);
    expect(line.rescaled!(s.start, inverse(t))[1]).toBeCloseTo(2, 12);
  });

  test("works on the reader's own points, and a drag holds the rescaling still until it ends", () => {
    const s = new EssayState();
    const edits = new DataEdits(s);
    s.setData(presetData("steep-line"));
    s.scaling = "center";
    const before = s.xTransform;
    expect(before.shift).toBeCloseTo(summarize(presetData("steep-line")).meanX, 12);
    edits.beginDrag();
    edits.dragTo(movePoint(s.rawData, 0, 40, 3));
    expect(s.xTransform).toEqual(before);
    expect(s.data.x[0]).toBeCloseTo(40 - before.shift, 12);
    edits.endDrag();
    expect(s.xTransform.shift).toBeCloseTo(summarize(s.rawData).meanX, 12);
    expect(Math.abs(summarize(s.data).meanX)).toBeLessThan(1e-12);
  });

  test("keeps every number finite for x spread over ±1,000,000", () => {
    const s = new EssayState();
    s.setData(datasetFromPoints(Array.from({ length: 12 }, (_, i) => [-1e6 + (2e6 * i) / 11, (i % 3) * 4e5 - 4e5 + 0.3 * (-1e6 + (2e6 * i) / 11)] as const)));
    for (const scaling of ["none", "center", "standardize"] as const) {
      s.scaling = scaling;
      s.step = 3;
      for (const v of [...s.current, s.loss, ...s.gradient, ...s.minimum!, s.objective.curvature!.max, s.objective.curvature!.min]) {
        expect(Number.isFinite(v), scaling).toBe(true);
      }
    }
  });
});
