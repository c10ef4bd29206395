import { describe, expect, test } from "vitest";
import { DEFAULTS, withLook } from "../../../src/state/fields.ts";
import { parseQuery, serializeQuery } from "../../../src/state/url-codec.ts";
import { withFields } from "./params.ts";

// The view's settings in the link: the loss space's view and the bowl's angle, the squared residuals, every
// point's line and the comparison's curves' axis.

describe("the view's settings in a link", () => {
  test("are left out at their defaults, and written after the descent's settings when set", () => {
    expect(serializeQuery(DEFAULTS)).toBe("");
    const p = { ...DEFAULTS, lr: 0.1, lossView: "bowl", turn: 40, tilt: 60, squares: true, lines: true, per: "seen" } as const;
    expect(serializeQuery(p)).toBe("?lr=0.1&view=bowl&turn=40&tilt=60&sq=1&lines=1&per=seen");
  });

  test("round-trip exactly, one at a time and all together, with no notice", () => {
    const states = [
      withFields({ view: "bowl" }),
      withFields({ view: "bowl", turn: -180, tilt: 8 }),
      withFields({ view: "bowl", turn: 180, tilt: 85 }),
      withFields({ sq: "1" }),
      withFields({ lines: "1" }),
      withFields({ per: "seen" }),
      withFields({ view: "bowl", turn: 15, tilt: 70, sq: "1", lines: "1", per: "seen", m: 1, step: 4 }),
    ];
    for (const p of states) {
      const query = serializeQuery(p);
      expect(parseQuery(query), query).toEqual({ params: p, notices: [] });
    }
  });

  test("the bowl's angle travels only with the bowl, and every point's line only with a model that draws them", () => {
    expect(serializeQuery({ ...DEFAULTS, turn: 40, tilt: 60 })).toBe("");
    expect(serializeQuery({ ...DEFAULTS, lossView: "bowl", turn: 40 })).toBe("?view=bowl&turn=40");
    expect(serializeQuery(withFields({ model: "valleys", lines: "1" }))).toBe("?model=valleys");
    // A link keeps what it says even where it does not apply: the angle comes back when the bowl does.
    expect(parseQuery("?turn=40").params.turn).toBe(40);
  });

  test("refuses a bad value with a notice and keeps the default, naming nothing from the link", () => {
    const cases: [string, Partial<typeof DEFAULTS>, RegExp][] = [
      ["?view=3d", { lossView: "contour" }, /view of the loss space is not one of contour, bowl, so it is contour/],
      ["?view=bowl&turn=left", { lossView: "bowl", turn: -30 }, /bowl's turn is not a number, so it is −30/],
      ["?view=bowl&tilt=200", { lossView: "bowl", tilt: 85 }, /bowl's tilt must be between 8 and 85, so it is 85/],
      ["?view=bowl&turn=12.5", { lossView: "bowl", turn: 13 }, /bowl's turn must be a whole number, so it is 13/],
      ["?sq=yes", { squares: false }, /squared residuals switch is not one of 0, 1, so it is 0/],
      ["?lines=true", { lines: false }, /every point as a line switch is not one of 0, 1, so it is 0/],
      ["?per=points", { per: "step" }, /loss curves' axis is not one of step, seen, so it is step/],
      ["?per=seen&per=step", { per: "seen" }, /sets per 2 times; the first value was used/],
    ];
    for (const [query, expected, notice] of cases) {
      const decoded = parseQuery(query);
      expect(decoded.params, query).toEqual({ ...DEFAULTS, ...expected });
      expect(decoded.notices.join(" "), query).toMatch(notice);
      expect(decoded.notices.join(" "), query).not.toMatch(/3d|left|200|yes|true|points/);
    }
  });
});

describe("withLook(target, from)", () => {
  test("is target, the descent's settings and all, with from's view", () => {
    const from = { ...DEFAULTS, lr: 0.3, lossView: "bowl", turn: 10, tilt: 20, squares: true, lines: true, per: "seen" } as const;
    const target = withFields({ m: 1, step: 5 });
    expect(withLook(target, from)).toEqual({ ...target, lossView: "bowl", turn: 10, tilt: 20, squares: true, lines: true, per: "seen" });
  });
});
