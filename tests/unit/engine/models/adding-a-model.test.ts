import { describe, expect, test } from "vitest";
import {
  OPTIMIZERS, descend, firstTwo, line, lossGrid, objective, seededRandom,
  type Dataset, type Model, type Theta,
} from "../../../../src/engine/index.ts";
import { computeLandscape } from "../../../../src/components/figures/landscape/compute.ts";
import { pointShare } from "../../../../src/components/figures/points.ts";
import { fieldTable } from "../../../../src/state/fields.ts";
import { parseQuery, serializeQuery } from "../../../../src/state/url-codec.ts";

/**
 * A toy model in one object, as a new model file would be: y = a·x² + c under mean squared error, with no
 * fast path at all, so everything the essay does with it goes through the contract's per-point functions.
 */
const parabola: Model = {
  id: "parabola",
  label: "a parabola",
  lossName: "mean squared error",
  drawing: "curve",
  params: [
    { key: "a", symbol: "a", label: "curvature", start: 0, min: -2, max: 2, quantum: 0.01, perPixel: 0.01, spans: [[-2, 2]] },
    { key: "c", symbol: "c", label: "offset", start: 0, min: -5, max: 5, quantum: 0.01, perPixel: 0.02, spans: [[-5, 5]] },
  ],
  data: {
    columns: ["x", "y"], labelled: false, n: 20, maxN: 1000, seed: 1,
    stream: () => (data, from, to) => {
      for (let i = from; i < to; i++) {
        data.x[i] = i / 10 - 1;
        data.y[i] = 0.5 * data.x[i]! ** 2 + 1;
      }
    },
  },
  predict: (theta, x) => theta[0]! * x * x + theta[1]!,
  residual: (theta, data, i) => data.y[i]! - (theta[0]! * data.x[i]! ** 2 + theta[1]!),
  batchLoss(data, indices, count, theta) {
    let sum = 0;
    for (let j = 0; j < count; j++) {
      const r = this.residual(theta, data, indices ? indices[j]! : j);
      sum += r * r;
    }
    return sum / count;
  },
  batchGradient(data, indices, count, theta) {
    const g = [0, 0];
    for (let j = 0; j < count; j++) {
      const p = this.pointGradient(data, indices ? indices[j]! : j, theta);
      g[0]! += p[0]! / count;
      g[1]! += p[1]! / count;
    }
    return g;
  },
  pointGradient(data, i, theta) {
    const r = this.residual(theta, data, i);
    return [-2 * r * data.x[i]! ** 2, -2 * r];
  },
  dataProblem: (data) => (data.x.length < 2 ? "A parabola needs at least 2 points." : null),
};

const points: Dataset = { x: Float64Array.from({ length: 20 }, (_, i) => i / 10 - 1), y: new Float64Array(20) };
parabola.data.stream(1)(points, 0, 20);
const f = objective(parabola, points);
const start: Theta = [0, 0];

describe("a model added as one object", () => {
  test("has no fast path, so the engine does passes over the data and knows no bowl", () => {
    expect(f.cheap).toBe(false);
    expect(f.bowl).toBeNull();
    expect(f.minimum).toBeNull();
    expect(f.loss([0.5, 1])).toBeCloseTo(0, 20);
    expect(f.gradient([0.5, 1])).toEqual([0, 0]);
  });

  test("descends to its data's parabola with every optimiser and every batching", () => {
    for (const optimizer of OPTIMIZERS) {
      for (const method of ["batch", "sgd", "minibatch"] as const) {
        const t = descend({ objective: f, start, learningRate: optimizer.id === "adam" ? 0.05 : 0.1, optimizer, method, batchSize: 5, steps: 1000, random: seededRandom(3) });
        expect(t.divergence, `${optimizer.id} ${method}`).toBeNull();
        expect(t.loss[t.length - 1]!, `${optimizer.id} ${method}`).toBeLessThan(0.02 * t.loss[0]!);
      }
    }
  });

  test("samples a landscape whose lowest cell sits at the parabola the data came from", () => {
    const grid = lossGrid(f, firstTwo(start), { u0: -1, u1: 2, v0: -1, v1: 3 }, 31, 41);
    const lowest = grid.values.indexOf(grid.min);
    const [c, r] = [lowest % 31, Math.floor(lowest / 31)];
    expect(-1 + ((c + 0.5) / 31) * 3).toBeCloseTo(0.5, 1);
    expect(-1 + ((r + 0.5) / 41) * 4).toBeCloseTo(1, 1);
  });

  test("the worker's landscape arrives coarse first, then fine, and stops when a newer request comes", async () => {
    const request = {
      channel: "test", job: 1, model: "parabola", data: null, slice: firstTwo(start), window: { u0: -1, u1: 2, v0: -1, v1: 3 },
      sizes: [8, 32], box: { left: 0, top: 0, width: 100, height: 100 }, rings: 5,
    };
    const sizes: number[] = [];
    await computeLandscape(f, request, (r) => sizes.push(r.grid.cols), async () => {}, () => false);
    expect(sizes).toEqual([8, 32]);
    const stopped: number[] = [];
    let slices = 0;
    await computeLandscape(f, request, (r) => stopped.push(r.grid.cols), async () => void slices++, () => slices > 1);
    expect(stopped).toEqual([8]);
  });

  test("each point's share of the gradient adds up to the whole", () => {
    const theta = [0.2, -0.4];
    const sum = [0, 0];
    for (let i = 0; i < points.x.length; i++) {
      const share = pointShare(parabola, points, i, theta);
      sum[0]! += share.gradient[0]!;
      sum[1]! += share.gradient[1]!;
    }
    const g = f.gradient(theta);
    expect(sum[0]).toBeCloseTo(g[0]!, 12);
    expect(sum[1]).toBeCloseTo(g[1]!, 12);
  });

  test("joins the link's fields by its parameter keys, with nothing else to list", () => {
    const table = fieldTable([line, parabola], OPTIMIZERS);
    const { params, notices } = parseQuery("?model=parabola&a=0.5&c=-1&m=3", table);
    expect(notices).toEqual([]);
    expect(params.model).toBe("parabola");
    expect(params.start).toMatchObject({ a: 0.5, c: -1, m: 3, b: 2.5 });
    // The line's start is not the parabola's: a link to the parabola leaves it out.
    expect(serializeQuery(params, table)).toBe("?model=parabola&a=0.5&c=-1");
    expect(parseQuery("?model=parabola&a=9", table).notices).toEqual(["The link's starting curvature a must be between \u22122 and 2, so it is 2."]);
  });
});
