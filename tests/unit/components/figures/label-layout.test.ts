import { describe, expect, test } from "vitest";
import { labelRect, placeLabels, within, type Label } from "../../../../src/components/figures/label-layout.ts";

const label = (x: number, y: number, anchor: Label["anchor"] = "middle", width = 20, height = 10): Label => ({ x, y, anchor, width, height });
const bounds = { left: 0, top: 0, right: 100, bottom: 100 };

describe("placeLabels", () => {
  test("a label that would leave the figure is moved the least to lie inside it", () => {
    expect(labelRect(within(label(95, 50), bounds))).toEqual({ left: 80, top: 45, right: 100, bottom: 55 });
    expect(within(label(2, 2, "start"), bounds)).toEqual(label(2, 5, "start"));
    expect(within(label(50, 50), bounds)).toEqual(label(50, 50));
  });

  test("earlier labels win: a tick that would cover one placed before it is left out", () => {
    const placed = placeLabels([{ places: [label(50, 50)], keep: true }, { places: [label(55, 52)] }, { places: [label(50, 80)] }], bounds);
    expect(placed).toEqual([label(50, 50), null, label(50, 80)]);
  });

  test("a title takes its first free place, clear of what is already drawn, and keeps its first when none is free", () => {
    const readout = { left: 40, top: 0, right: 100, bottom: 20 };
    const places = [label(60, 10), label(30, 10, "end"), label(60, 30)];
    expect(placeLabels([{ places, keep: true }], bounds, [readout])).toEqual([label(30, 10, "end")]);
    const everywhere = { left: 0, top: 0, right: 100, bottom: 100 };
    expect(placeLabels([{ places, keep: true }, { places }], bounds, [everywhere])).toEqual([label(60, 10), null]);
  });
});
