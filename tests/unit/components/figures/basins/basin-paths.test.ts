import { describe, expect, test } from "vitest";
import { DIVERGED, NO_VALLEY, type BasinMap } from "../../../../../src/engine/index.ts";
import { shares } from "../../../../../src/components/figures/basins/basin-paths.ts";

const window = { u0: 0, u1: 1, v0: 0, v1: 1 };

describe("shares", () => {
  test("each code's share of the map's cells, the grey of no valley and divergence among them", () => {
    const map: BasinMap = { cols: 4, rows: 2, window, codes: Uint8Array.from([0, 0, 1, NO_VALLEY, 0, 1, 1, DIVERGED]) };
    expect(shares(map)).toEqual(new Map([[0, 3 / 8], [1, 3 / 8], [NO_VALLEY, 1 / 8], [DIVERGED, 1 / 8]]));
  });

  test("only the first rows when the map is still filling; a code not yet met has no share", () => {
    const map: BasinMap = { cols: 2, rows: 3, window, codes: Uint8Array.from([2, 2, 2, 5, 7, 7]) };
    const firstTwo = shares(map, 2);
    expect(firstTwo).toEqual(new Map([[2, 3 / 4], [5, 1 / 4]]));
    expect(firstTwo.has(7)).toBe(false);
  });
});
