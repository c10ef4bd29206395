import { describe, expect, test } from "vitest";
import { datasetFromPoints, presetData } from "../../../src/engine/index.ts";
import { EssayState } from "../../../src/state/essay.svelte.ts";
import { DataEdits } from "../../../src/state/data-edits.svelte.ts";
import { addPoint, movePoint, removePoint } from "../../../src/state/point-edits.ts";
import { parseQuery, serializeQuery } from "../../../src/state/url-codec.ts";

function setup() {
  const essay = new EssayState();
  return { essay, edits: new DataEdits(essay) };
}

const xs = (essay: EssayState) => Array.from(essay.data.x);

describe("DataEdits", () => {
  test("apply(data) shows the points, puts them in the link and can be undone and redone", () => {
    const { essay, edits } = setup();
    const outlier = presetData("outlier");
    expect(edits.apply(outlier)).toEqual({ ok: true, linkable: true, rounded: false, why: null });
    expect(xs(essay)).toEqual(Array.from(outlier.x));
    expect(essay.params.data).not.toBeNull();
    expect([edits.canUndo, edits.canRedo]).toEqual([true, false]);
    expect(edits.undo()).toBe(true);
    expect(essay.custom).toBeNull();
    expect(essay.size).toBe(40);
    expect(edits.redo()).toBe(true);
    expect(xs(essay)).toEqual(Array.from(outlier.x));
    expect(edits.redo()).toBe(false);
  });

  test("apply(null) goes back to the generated data as one more undoable edit", () => {
    const { essay, edits } = setup();
    edits.apply(presetData("clean-line"));
    edits.apply(null);
    expect(essay.custom).toBeNull();
    edits.undo();
    expect(xs(essay)).toEqual(Array.from(presetData("clean-line").x));
  });

  test("an edit that leaves fewer than 2 points, or one x for all, is refused and the data stays", () => {
    const { essay, edits } = setup();
    const two = datasetFromPoints([[0, 1], [2, 3]]);
    edits.apply(two);
    expect(edits.apply(removePoint(two, 0))).toEqual({ ok: false, error: "A line needs at least 2 points." });
    expect(edits.apply(movePoint(two, 1, 0, 3))).toEqual({ ok: false, error: "A line needs at least 2 points with different x values." });
    expect(xs(essay)).toEqual([0, 2]);
    expect(edits.undo()).toBe(true);
    expect(edits.canUndo).toBe(false);
  });

  test("a drag shows every move at once and becomes one undo step on release", () => {
    const { essay, edits } = setup();
    const base = presetData("clean-line");
    edits.apply(base);
    const before = essay.minimum!;
    edits.beginDrag();
    for (const y of [10, 20, 30, 40]) {
      expect(edits.dragTo(movePoint(base, 0, 5, y)).ok).toBe(true);
      expect(essay.data.y[0]).toBe(y);
    }
    expect(essay.minimum![0]).toBeGreaterThan(before[0]! + 0.5);
    expect(edits.endDrag()).toBe(true);
    edits.undo();
    expect(Array.from(essay.data.y)).toEqual(Array.from(base.y));
    expect(essay.minimum).toEqual(before);
    edits.undo();
    expect(essay.custom).toBeNull();
  });

  test("a drag that ends where it began records nothing; cancelDrag puts the data back", () => {
    const { essay, edits } = setup();
    const base = presetData("clean-line");
    edits.apply(base);
    edits.beginDrag();
    edits.dragTo(movePoint(base, 0, 1, 9));
    edits.dragTo(base);
    expect(edits.endDrag()).toBe(false);
    edits.beginDrag();
    edits.dragTo(movePoint(base, 0, 1, 9));
    edits.cancelDrag();
    expect(Array.from(essay.data.y)).toEqual(Array.from(base.y));
    edits.undo();
    expect(essay.custom).toBeNull();
    expect(edits.canUndo).toBe(false);
  });

  test("a drag move that would leave one x for all is refused and the last good position stays", () => {
    const { essay, edits } = setup();
    const two = datasetFromPoints([[0, 1], [2, 3]]);
    edits.apply(two);
    edits.beginDrag();
    edits.dragTo(movePoint(two, 1, 1, 3));
    expect(edits.dragTo(movePoint(two, 1, 0, 3)).ok).toBe(false);
    edits.endDrag();
    expect(xs(essay)).toEqual([0, 1]);
  });

  test("editing the generated data rounds it to 0.001 for the link, and says so", () => {
    const { essay, edits } = setup();
    const result = edits.apply(addPoint(essay.data, 1, 1));
    expect(result).toMatchObject({ ok: true, linkable: true, rounded: true });
    expect(edits.rounded).toBe(true);
    expect(essay.size).toBe(41);
    edits.apply(presetData("clean-line"));
    expect(edits.rounded).toBe(false);
    edits.undo();
    expect(edits.rounded).toBe(true);
  });

  test("data from a link is where undo stops; a change made elsewhere after an edit is a step of its own", () => {
    const linked = new EssayState();
    linked.setData(presetData("flat-cloud"));
    const essay = new EssayState();
    essay.setParams(parseQuery(serializeQuery(linked.params)).params);
    const edits = new DataEdits(essay);
    edits.apply(presetData("outlier"));
    essay.setData(presetData("steep-line"));
    edits.apply(presetData("clean-line"));
    edits.undo();
    expect(xs(essay)).toEqual(Array.from(presetData("steep-line").x));
    edits.undo();
    edits.undo();
    expect(xs(essay)).toEqual(Array.from(presetData("flat-cloud").x));
    expect(edits.canUndo).toBe(false);
  });

  test("more points than a CSV may hold are refused", () => {
    const { edits } = setup();
    const x = Float64Array.from({ length: 5001 }, (_, i) => i);
    expect(edits.apply({ x, y: x })).toEqual({ ok: false, error: "The data can have at most 5,000 points." });
  });
});
