import { describe, expect, test } from "vitest";
import { DEFAULTS, cleanLook, withLook, type Look } from "../../../src/state/fields.ts";
import { parseQuery, serializeQuery } from "../../../src/state/url-codec.ts";
import { withFields } from "./params.ts";

// The view's settings in the link: the loss space's view and the bowl's angle, the squared residuals, every
// point's line and the comparison's curves' axis.

describe("the view's settings in a link", () => {
  test("are left out at their defaults, and written after the descent's settings when set", () => {
    expect(serializeQuery(DEFAULTS)).toBe("");
    const p = { ...DEFAULTS, lr: 0.1, look: { view: "bowl", turn: 40, tilt: 60, sq: true, lines: true, per: "seen" } } as const;
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
    expect(serializeQuery({ ...DEFAULTS, look: { ...DEFAULTS.look, turn: 40, tilt: 60 } })).toBe("");
    expect(serializeQuery({ ...DEFAULTS, look: { ...DEFAULTS.look, view: "bowl", turn: 40 } })).toBe("?view=bowl&turn=40");
    expect(serializeQuery(withFields({ model: "valleys", lines: "1" }))).toBe("?model=valleys");
    // A link keeps what it says even where it does not apply: the angle comes back when the bowl does.
    expect(parseQuery("?turn=40").params.look.turn).toBe(40);
  });

  test("refuses a bad value with a notice and keeps the default, naming nothing from the link", () => {
    const cases: [string, Partial<Look>, RegExp][] = [
      ["?view=3d", {}, /view of the loss space is not one of contour, bowl, so it is contour/],
      ["?view=bowl&turn=left", { view: "bowl" }, /bowl's turn is not a number, so it is −30/],
      ["?view=bowl&tilt=200", { view: "bowl", tilt: 85 }, /bowl's tilt must be between 8 and 85, so it is 85/],
      ["?view=bowl&turn=12.5", { view: "bowl", turn: 13 }, /bowl's turn must be a whole number, so it is 13/],
      ["?sq=yes", {}, /squared residuals switch is not one of 0, 1, so it is 0/],
      ["?lines=true", {}, /every point as a line switch is not one of 0, 1, so it is 0/],
      ["?per=points", {}, /loss curves' axis is not one of step, seen, so it is step/],
      ["?per=seen&per=step", { per: "seen" }, /sets per 2 times; the first value was used/],
    ];
    for (const [query, expected, notice] of cases) {
      const decoded = parseQuery(query);
      expect(decoded.params, query).toEqual({ ...DEFAULTS, look: { ...DEFAULTS.look, ...expected } });
      expect(decoded.notices.join(" "), query).toMatch(notice);
      expect(decoded.notices.join(" "), query).not.toMatch(/3d|left|200|yes|true|points/);
    }
  });
});

describe("withLook(target, from) and cleanLook(look, was)", () => {
  test("withLook is target, the descent's settings and all, with from's look", () => {
    const look: Look = { view: "bowl", turn: 10, tilt: 20, sq: true, lines: true, per: "seen" };
    const target = withFields({ m: 1, step: 5 });
    expect(withLook(target, { ...DEFAULTS, lr: 0.3, look })).toEqual({ ...target, look });
  });

  test("cleanLook wraps and rounds the angles, clamps the tilt, and keeps the previous value for anything invalid", () => {
    const was = DEFAULTS.look;
    expect(cleanLook({ ...was, turn: 190.4, tilt: 3 }, was)).toEqual({ ...was, turn: -170, tilt: 8 });
    expect(cleanLook({ ...was, turn: -540, tilt: 84.6 }, was)).toEqual({ ...was, turn: -180, tilt: 85 });
    expect(cleanLook({ ...was, turn: 180 }, was).turn).toBe(-180);
    const hostile = { view: "3d", turn: Number.NaN, tilt: Infinity, sq: "yes", lines: 1, per: "points" } as unknown as Look;
    expect(cleanLook(hostile, was)).toEqual(was);
  });
});
