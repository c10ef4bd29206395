import { describe, expect, test } from "vitest";
import { flushSync } from "svelte";
import { DEFAULT_SEED, generateDataset } from "../../../src/engine/index.ts";
import { DataSource, SYNC_POINTS } from "../../../src/state/data-source.svelte.ts";

describe("DataSource", () => {
  test("new DataSource(40).data is the default data's first 40 points", () => {
    const source = new DataSource(40);
    expect(Array.from(source.data.x)).toEqual(Array.from(generateDataset(40, DEFAULT_SEED).x));
  });

  test("request(n) below what was generated shrinks the data at once, to a prefix", async () => {
    const source = new DataSource(1000);
    await source.request(10);
    flushSync();
    expect(source.data.x.length).toBe(10);
    expect(Array.from(source.data.y)).toEqual(Array.from(generateDataset(10, DEFAULT_SEED).y));
  });

  test("request(n) above SYNC_POINTS generates in slices, reports progress, and equals generateDataset", async () => {
    const source = new DataSource(40);
    const n = SYNC_POINTS * 3 + 7;
    const done = source.request(n);
    expect(source.data.x.length).toBe(40); // the old data stays until the new is complete
    await done;
    expect(source.progress).toBeNull();
    const expected = generateDataset(n, DEFAULT_SEED);
    expect(source.data.x.length).toBe(n);
    expect(source.data.x[n - 1]).toBe(expected.x[n - 1]);
    expect(source.data.y[12345]).toBe(expected.y[12345]);
  });

  test("a newer request wins over one still generating", async () => {
    const source = new DataSource(40);
    const slow = source.request(SYNC_POINTS * 4);
    await source.request(100);
    await slow;
    expect(source.data.x.length).toBe(100);
  });
});
