import { expect, test } from "vitest";
import {
  MAX_STEPS, batchSampler, datasetFromPoints, descend, generateDataset, line, objective, seededRandom, summarize,
} from "../../../src/engine/index.ts";
import type { Method } from "../../../src/engine/index.ts";
import { descendOptions } from "./fixtures.ts";

const cases: ReadonlyArray<readonly [string, () => unknown]> = [
  ["generateDataset: invalid n; not an integer in [1, 500000]: 0", () => generateDataset(0, 1)],
  ["generateDataset: invalid n; not an integer in [1, 500000]: 500001", () => generateDataset(500_001, 1)],
  ["generateDataset: invalid n; not an integer in [1, 500000]: 2.5", () => generateDataset(2.5, 1)],
  ["generateDataset: invalid n; not an integer in [1, 500000]: NaN", () => generateDataset(NaN, 1)],
  ["seededRandom: invalid seed; not an integer in [0, 2147483647]: 1.5", () => generateDataset(10, 1.5)],
  ["seededRandom: invalid seed; not an integer in [0, 2147483647]: -1", () => seededRandom(-1)],
  ["seededRandom: invalid seed; not an integer in [0, 2147483647]: 2147483648", () => seededRandom(2 ** 31)],
  ["datasetFromPoints: invalid point 1; not finite: (NaN, 2)", () => datasetFromPoints([[0, 0], [NaN, 2]])],
  ["summarize: invalid data; needs at least one point and as many y as x: 0 x, 0 y", () => summarize(datasetFromPoints([]))],
  ["summarize: invalid data; needs at least one point and as many y as x: 2 x, 1 y", () => summarize({ x: new Float64Array(2), y: new Float64Array(1) })],
  ["batchSampler: invalid n; not an integer in [1, 1073741824]: 0", () => batchSampler(0, 1, seededRandom(1))],
  ["batchSampler: invalid batchSize; not an integer in [1, 10]: 11", () => batchSampler(10, 11, seededRandom(1))],
  ["descend: invalid learningRate; not a positive finite number: -1", () => descend(descendOptions({ learningRate: -1 }))],
  ["descend: invalid learningRate; not a positive finite number: 0", () => descend(descendOptions({ learningRate: 0 }))],
  ["descend: invalid learningRate; not a positive finite number: Infinity", () => descend(descendOptions({ learningRate: Infinity }))],
  ["descend: invalid learningRate; not a positive finite number: NaN", () => descend(descendOptions({ learningRate: NaN }))],
  ["descend: invalid start.m; not a finite number: NaN", () => descend(descendOptions({ start: [NaN, 0] }))],
  ["descend: invalid start.b; not a finite number: -Infinity", () => descend(descendOptions({ start: [0, -Infinity] }))],
  ["descend: invalid start; gives a non-finite loss: (1e+200, 0)", () => descend(descendOptions({ start: [1e200, 0] }))],
  ["descend: invalid start; not 2 parameters: 3", () => descend(descendOptions({ start: [0, 0, 0] }))],
  ["descend: invalid method; not batch, sgd or minibatch: adam", () => descend(descendOptions({ method: "adam" as Method }))],
  [`descend: invalid steps; not an integer in [0, ${MAX_STEPS}]: 1001`, () => descend(descendOptions({ steps: 1001 }))],
  ["descend: invalid steps; not an integer in [0, 1000]: -1", () => descend(descendOptions({ steps: -1 }))],
  ["descend: invalid batchSize; not an integer in [1, 40]: 0", () => descend(descendOptions({ method: "minibatch", batchSize: 0 }))],
  ["descend: invalid batchSize; not an integer in [1, 40]: 41", () => descend(descendOptions({ method: "minibatch", batchSize: 41 }))],
  ["objective: invalid data; needs at least one point and as many y as x: 2 x, 1 y", () => objective(line, { x: new Float64Array(2), y: new Float64Array(1) })],
];

/** The error a call throws, or undefined when it returns. */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

test.each(cases)("throws a RangeError: %s", (message, call) => {
  const error = thrown(call);
  expect(error).toBeInstanceOf(RangeError);
  expect((error as RangeError).message).toBe(message);
});

test("descend ignores batchSize for batch and sgd", () => {
  expect(() => descend(descendOptions({ method: "batch", batchSize: 0 }))).not.toThrow();
  expect(() => descend(descendOptions({ method: "sgd", batchSize: -3 }))).not.toThrow();
});
