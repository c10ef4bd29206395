import { describe, expect, test } from "vitest";
import { STAGES, Stages, staged } from "../../../../src/components/scheduling/stages.svelte.ts";
import { EssayState } from "../../../../src/state/essay.svelte.ts";

/** Stages whose tasks wait in a queue until the test runs them, one by one. */
function queued() {
  const tasks: (() => void)[] = [];
  return { stages: new Stages((work) => tasks.push(work)), runNext: () => tasks.shift()?.(), tasks };
}

/** A staged copy of the essay's starting slope, counting how often it is computed. */
function stagedSlope(stage: number, of: Stages) {
  const essay = new EssayState();
  const counter = { computed: 0 };
  const copy = staged(stage, () => {
    counter.computed++;
    return essay.m0;
  }, of);
  return { essay, copy, counter };
}

describe("staged", () => {
  test("without a big change, follows every change at once", () => {
    const { stages } = queued();
    const { essay, copy } = stagedSlope(1, stages);
    for (const m of [0.1, 0.2, 0.3]) {
      essay.m0 = m;
      expect(copy.value).toBe(m);
    }
  });

  test("after defer, keeps its value and computes nothing until its stage's task, then follows again", () => {
    const { stages, runNext, tasks } = queued();
    const { essay, copy, counter } = stagedSlope(2, stages);
    essay.m0 = 0.5;
    expect(copy.value).toBe(0.5);
    const before = counter.computed;
    stages.defer();
    essay.m0 = 0.6;
    essay.m0 = 0.7;
    expect(copy.value).toBe(0.5);
    runNext(); // stage 1
    expect(copy.value).toBe(0.5);
    expect(counter.computed).toBe(before);
    runNext(); // stage 2
    expect(copy.value).toBe(0.7);
    expect(counter.computed).toBe(before + 1);
    while (tasks.length > 0) runNext();
    essay.m0 = 0.8;
    expect(copy.value).toBe(0.8);
  });

  test("each stage opens in a task of its own, in order, and a new defer starts again from the first", () => {
    const { stages, runNext, tasks } = queued();
    stages.defer();
    const open = () => Array.from({ length: STAGES }, (_, k) => stages.open(k + 1));
    expect(open()).toEqual(Array(STAGES).fill(false));
    runNext();
    expect(open()[0]).toBe(true);
    expect(open().slice(1)).toEqual(Array(STAGES - 1).fill(false));
    stages.defer();
    expect(open()).toEqual(Array(STAGES).fill(false));
    while (tasks.length > 0) runNext();
    expect(open()).toEqual(Array(STAGES).fill(true));
    expect(stages.open(0)).toBe(true);
  });

  test("finish opens every stage at once", () => {
    const { stages } = queued();
    const { essay, copy } = stagedSlope(3, stages);
    void copy.value;
    stages.defer();
    essay.m0 = 1.5;
    stages.finish();
    expect(copy.value).toBe(1.5);
  });
});
