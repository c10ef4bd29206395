import { expect, test } from "vitest";
import { EssayState } from "../../../src/state/essay.svelte.ts";
import { Comparison } from "../../../src/state/comparison.svelte.ts";
import { blockwise } from "../../../src/components/compare/blockwise.svelte.ts";

// Whether the runs are kept between steps shows only in the browser: in Node, Svelte's server build
// recomputes deriveds on every read. What is tested here is that the held step changes nothing a reader sees.
test("blockwise(essay).step is the last step of the essay's block of 50", () => {
  const essay = new EssayState();
  const held = blockwise(essay);
  for (const [step, last] of [[0, 49], [49, 49], [50, 99], [1000, 1049]] as const) {
    essay.step = step;
    expect(held.step, `step ${step}`).toBe(last);
  }
});

test("a comparison of blockwise(essay) runs exactly what a comparison of the essay runs, at any step", () => {
  const essay = new EssayState();
  essay.n = 200;
  essay.batch = 16;
  essay.seed = 9;
  for (const step of [0, 49, 50, 99, 100, 230]) {
    essay.step = step;
    const direct = new Comparison(essay).runs.map((r) => Array.from(r.trajectory.m));
    const blocked = new Comparison(blockwise(essay)).runs.map((r) => Array.from(r.trajectory.m));
    expect(blocked, `step ${step}`).toEqual(direct);
  }
});

test("a comparison of blockwise(essay) follows every other input at once", () => {
  const essay = new EssayState();
  const comparison = new Comparison(blockwise(essay));
  const before = comparison.runs[2]!.trajectory;
  essay.batch = 4;
  expect(comparison.runs[2]!.trajectory).not.toBe(before);
  expect(comparison.runs[2]!.trajectory.batchSize).toBe(4);
});
