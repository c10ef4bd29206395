import { describe, expect, test } from "vitest";
import { datasetFromPoints } from "../../../../src/engine/index.ts";
import {
  addedText, afterRemoval, editKey, freeSpot, movedText, pickIn, refusedText, removedText,
} from "../../../../src/components/data/point-editor.ts";
import { CLASS_EDIT_HINT, keptClassText, nearestClass, switchedText } from "../../../../src/components/figures/classifier/class-edits.ts";

const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  editKey({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe("editKey", () => {
  test("arrows move the picked point by 0.1, and by 1 with Shift; up is +y", () => {
    expect(key("ArrowUp")).toEqual({ kind: "move", dx: 0, dy: 0.1 });
    expect(key("ArrowLeft", { shiftKey: true })).toEqual({ kind: "move", dx: -1, dy: 0 });
  });

  test("Page Up/Down and Home/End pick, Delete and Backspace remove, A and Insert add, Escape lets go", () => {
    expect([key("PageUp"), key("PageDown"), key("Home"), key("End")]).toEqual(
      ["next", "previous", "first", "last"].map((to) => ({ kind: "pick", to })),
    );
    expect([key("Delete"), key("Backspace")]).toEqual([{ kind: "remove" }, { kind: "remove" }]);
    expect([key("a"), key("A", { shiftKey: true }), key("Insert")]).toEqual([{ kind: "add" }, { kind: "add" }, { kind: "add" }]);
    expect(key("Escape")).toEqual({ kind: "release" });
  });

  test("leaves Ctrl, Cmd and Alt combinations and other keys to the page", () => {
    expect(key("a", { ctrlKey: true })).toBeNull();
    expect(key("z", { metaKey: true })).toBeNull();
    expect(key("ArrowUp", { altKey: true })).toBeNull();
    expect(key("Tab")).toBeNull();
  });
});

describe("pickIn and afterRemoval", () => {
  const order = Int32Array.of(2, 0, 3, 1);

  test("pickIn(order, selected, to) walks the points in order of x and stops at the ends", () => {
    expect(pickIn(order, null, "next")).toBe(2);
    expect(pickIn(order, 0, "next")).toBe(3);
    expect(pickIn(order, 1, "next")).toBe(1);
    expect(pickIn(order, 2, "previous")).toBe(2);
    expect([pickIn(order, 3, "first"), pickIn(order, 3, "last")]).toEqual([2, 1]);
    expect(pickIn(new Int32Array(0), null, "first")).toBeNull();
  });

  test("afterRemoval(order, i) picks the right-hand neighbour in x, renumbered without point i", () => {
    expect(afterRemoval(order, 0)).toBe(2); // neighbour 3 becomes 2
    expect(afterRemoval(order, 1)).toBe(2); // the last in x: its left neighbour 3, which becomes 2
    expect(afterRemoval(order, 3)).toBe(1);
    expect(afterRemoval(Int32Array.of(0), 0)).toBeNull();
  });
});

describe("freeSpot", () => {
  test("freeSpot(data, x, y) is (x, y) when free, else the first free spot a quarter step to the right", () => {
    const data = datasetFromPoints([[1, 2], [1.25, 2]]);
    expect(freeSpot(data, 0, 2)).toEqual({ x: 0, y: 2 });
    expect(freeSpot(data, 1, 2)).toEqual({ x: 1.5, y: 2 });
  });
});

describe("the editor's sentences", () => {
  test("number points from 1, print coordinates with two decimals and an ASCII minus", () => {
    expect(movedText(2, 1.2, -4.5)).toBe("Moved point 3 to (1.20, −4.50).");
    expect(addedText(40, 0, 3, 41)).toBe("Added point 41 at (0.00, 3.00); 41 points now.");
    expect(removedText(0, -0.001, 2, 1)).toBe("Removed point 1, at (0.00, 2.00); 1 point left.");
    expect(refusedText(1, "A line needs at least 2 points.")).toBe("Point 2 stays where it was: A line needs at least 2 points.");
  });
});

describe("editing points with a class", () => {
  test("C switches the picked point's class, with or without Shift, not with Ctrl", () => {
    expect([key("c"), key("C", { shiftKey: true })]).toEqual([{ kind: "switch" }, { kind: "switch" }]);
    expect(key("c", { ctrlKey: true })).toBeNull();
  });

  test("an added point takes the class of its nearest point", () => {
    const data = { x: Float64Array.of(0, 4), y: Float64Array.of(0, 4), label: Uint8Array.of(0, 1) };
    expect(nearestClass(data, 1, 1)).toBe(0);
    expect(nearestClass(data, 3, 3.5)).toBe(1);
    expect(nearestClass({ x: new Float64Array(0), y: new Float64Array(0) }, 1, 1)).toBe(0);
  });

  test("the messages name the point and its class", () => {
    expect(addedText(40, 1.2, -4.5, 41, 1)).toBe("Added point 41 at (1.20, −4.50), in class 1; 41 points now.");
    expect(switchedText(2, 0)).toBe("Point 3 is now in class 0.");
    expect(keptClassText(2, "Every point is in class 1; a classifier needs points of both classes.")).toBe(
      "Point 3 keeps its class: Every point is in class 1; a classifier needs points of both classes.",
    );
    expect(CLASS_EDIT_HINT).toMatch(/tap it to switch its class.*C switches its class/);
  });
});
