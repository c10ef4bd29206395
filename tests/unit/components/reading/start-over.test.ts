import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { essay } from "../../../../src/state/index.ts";
import { startOver } from "../../../../src/components/reading/start-over.svelte.ts";

// Start over is run in the browser; its window is only scrolled and read.
beforeEach(() => vi.stubGlobal("window", { scrollY: 0, scrollTo: () => {} }));
afterEach(() => vi.unstubAllGlobals());

const points = (n: number, label = false) => {
  const x = Float64Array.from({ length: n }, (_, i) => i / 4);
  return { x, y: x.map((v) => 1 - v), ...(label ? { label: Uint8Array.from({ length: n }, (_, i) => i % 2) } : {}) };
};

describe("Start over", () => {
  test("gives every model its own points back, not only the shown one's, and Undo returns each reader's set", () => {
    essay.setModel("classifier");
    essay.setData(points(6, true));
    essay.setModel("valleys");
    essay.setData(points(5));
    essay.setModel("line");
    essay.setData(points(4));
    essay.setModel("valleys");

    startOver.run();
    expect(essay.model.id).toBe("line");
    expect([...essay.ownPoints().values()]).toEqual([null, null, null]);
    expect(essay.size).toBe(40);

    startOver.undo();
    expect(essay.model.id).toBe("valleys");
    expect(essay.size).toBe(5);
    expect(essay.customOf("line")?.x.length).toBe(4);
    expect(essay.customOf("classifier")?.x.length).toBe(6);
    expect(Array.from(essay.customOf("classifier")!.label!)).toEqual([0, 1, 0, 1, 0, 1]);
  });
});
