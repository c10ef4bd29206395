import { describe, expect, test } from "vitest";
import { presetData, type Dataset } from "../../../src/engine/index.ts";
import { HISTORY_LIMIT, History } from "../../../src/state/history.svelte.ts";

describe("History", () => {
  test("new History(a) shows a with nothing to undo or redo", () => {
    const h = new History("a");
    expect(h.present).toBe("a");
    expect([h.canUndo, h.canRedo]).toEqual([false, false]);
    expect(h.undo()).toBeNull();
    expect(h.redo()).toBeNull();
    expect(h.present).toBe("a");
  });

  test("undo() walks back through pushed snapshots and redo() forward again, then both return null", () => {
    const h = new History("a");
    h.push("b");
    h.push("c");
    expect(h.present).toBe("c");
    expect([h.undo(), h.undo(), h.undo()]).toEqual(["b", "a", null]);
    expect([h.canUndo, h.canRedo]).toEqual([false, true]);
    expect([h.redo(), h.redo(), h.redo()]).toEqual(["b", "c", null]);
    expect([h.canUndo, h.canRedo]).toEqual([true, false]);
  });

  test("push(snapshot) after an undo forgets what was undone", () => {
    const h = new History("a");
    h.push("b");
    h.push("c");
    h.undo();
    h.push("d");
    expect(h.canRedo).toBe(false);
    expect(h.redo()).toBeNull();
    expect([h.undo(), h.undo(), h.undo()]).toEqual(["b", "a", null]);
  });

  test("keeps at most limit undo steps, forgetting the oldest", () => {
    const h = new History(0, 3);
    for (let i = 1; i <= 10; i++) h.push(i);
    expect([h.undo(), h.undo(), h.undo(), h.undo()]).toEqual([9, 8, 7, null]);
    expect(h.present).toBe(7);
  });

  test(`keeps ${HISTORY_LIMIT} undo steps by default`, () => {
    const h = new History(0);
    for (let i = 1; i <= 250; i++) h.push(i);
    let undone = 0;
    while (h.undo() !== null) undone++;
    expect(undone).toBe(HISTORY_LIMIT);
    expect(h.present).toBe(250 - HISTORY_LIMIT);
  });

  test("reset(snapshot) forgets every edit", () => {
    const h = new History("a");
    h.push("b");
    h.undo();
    h.reset("z");
    expect(h.present).toBe("z");
    expect([h.canUndo, h.canRedo]).toEqual([false, false]);
  });

  test("keeps Dataset snapshots as given, not copies, and a wrapped null as a real state", () => {
    const outlier = presetData("outlier");
    const h = new History<{ custom: Dataset | null }>({ custom: null });
    const edited = { custom: outlier };
    h.push(edited);
    expect(h.undo()).toEqual({ custom: null });
    expect(h.redo()).toBe(edited);
    expect(h.present.custom).toBe(outlier);
  });
});
