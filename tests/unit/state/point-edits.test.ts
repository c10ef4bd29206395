import { describe, expect, test } from "vitest";
import { datasetFromPoints } from "../../../src/engine/index.ts";
import { addPoint, movePoint, removePoint, sameData, snapCoordinate, switchClass } from "../../../src/state/point-edits.ts";

const three = () => datasetFromPoints([[0, 1], [1, 3], [2, 5]]);
const points = (d: { x: Float64Array; y: Float64Array }) => Array.from(d.x, (x, i) => [x, d.y[i]]);

describe("snapCoordinate", () => {
  test("snapCoordinate(v) rounds to 0.01 without binary drift or −0", () => {
    expect(snapCoordinate(1.23456)).toBe(1.23);
    expect(snapCoordinate(1.1 + 0.1)).toBe(1.2);
    expect(Object.is(snapCoordinate(-0.001), 0)).toBe(true);
    expect(snapCoordinate(-4.449)).toBe(-4.45);
  });

  test("snapCoordinate(v) keeps values within ±1,000,000", () => {
    expect(snapCoordinate(5e9)).toBe(1_000_000);
    expect(snapCoordinate(-Infinity)).toBe(-1_000_000);
  });
});

describe("movePoint, addPoint, removePoint", () => {
  test("movePoint(data, 1, 4, 4) moves point 1 only and leaves the input as it was", () => {
    const d = three();
    expect(points(movePoint(d, 1, 4, 4))).toEqual([[0, 1], [4, 4], [2, 5]]);
    expect(points(d)).toEqual([[0, 1], [1, 3], [2, 5]]);
  });

  test("addPoint(data, 3, 7) appends the point last", () => {
    expect(points(addPoint(three(), 3, 7))).toEqual([[0, 1], [1, 3], [2, 5], [3, 7]]);
  });

  test("removePoint(data, 0) drops point 0 and moves the rest down one place", () => {
    const d = three();
    expect(points(removePoint(d, 0))).toEqual([[1, 3], [2, 5]]);
    expect(d.x.length).toBe(3);
  });
});


describe("sameData", () => {
  test("sameData(a, b) compares points, not objects; null only equals null", () => {
    expect(sameData(three(), three())).toBe(true);
    expect(sameData(three(), movePoint(three(), 2, 2, 5.01))).toBe(false);
    expect(sameData(three(), removePoint(three(), 2))).toBe(false);
    expect(sameData(null, null)).toBe(true);
    expect(sameData(null, three())).toBe(false);
  });
});

describe("edits of points with a class", () => {
  const classes = () => ({ ...three(), label: Uint8Array.of(0, 1, 0) });

  test("move, add and remove keep every class, and an added point takes the class it is given", () => {
    expect(Array.from(movePoint(classes(), 1, 9, 9).label!)).toEqual([0, 1, 0]);
    expect(Array.from(addPoint(classes(), 9, 9, 1).label!)).toEqual([0, 1, 0, 1]);
    expect(Array.from(removePoint(classes(), 0).label!)).toEqual([1, 0]);
    expect(addPoint(three(), 9, 9).label).toBeUndefined();
  });

  test("switchClass(data, i) puts point i in the other class and changes nothing else", () => {
    const data = classes();
    const switched = switchClass(data, 2);
    expect(Array.from(switched.label!)).toEqual([0, 1, 1]);
    expect(Array.from(data.label!)).toEqual([0, 1, 0]);
    expect(points(switched)).toEqual(points(data));
  });

  test("sameData tells points apart by their classes too", () => {
    expect(sameData(classes(), classes())).toBe(true);
    expect(sameData(classes(), switchClass(classes(), 0))).toBe(false);
    expect(sameData(classes(), three())).toBe(false);
  });
});
