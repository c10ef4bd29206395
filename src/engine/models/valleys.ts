import { randomNormal, randomUniform } from "d3-random";
import { seededRandom } from "../random.ts";
import type { Dataset } from "../types.ts";
import type { Model, Theta } from "./types.ts";
import { waveSurrogate, waveValleys } from "./wave-fit.ts";

/**
 * The process behind the wave's default points: x uniform on [−3, 3], and y a tone cos(1.5x) with a quieter
 * overtone three times as fast, 0.6·cos(4.5x), plus N(0, 0.15²) noise. One wave can follow the tone or the
 * overtone, not both, which is what gives its loss several valleys.
 */
export const WAVE_SHAPE = { xMin: -3, xMax: 3, tone: 1.5, overtone: 4.5, overtoneShare: 0.6, noise: 0.15 } as const;

/** Points further from x = 0 than this are refused: past it the landscape breaks into more valleys than can be drawn. */
export const WAVE_REACH = 20;

/** The highest frequency whose valleys are listed: the widest view's. */
const MOST_OMEGA = 11;

const sq = (v: number) => v * v;

/**
 * A toy with several valleys: a wave ŷ = a·cos(ωx) under mean squared error, θ = [ω, a] (frequency across,
 * amplitude up). The loss is a parabola in a for every ω, but ω slides the wave in and out of step with
 * the points, so the landscape has a valley for each way a single wave can half-fit them. No fast path
 * exists (every loss is a pass over the data), so its landscape is drawn by the worker.
 */
export const valleys: Model = {
  id: "valleys",
  label: "a wave",
  lossName: "mean squared error",
  drawing: "curve",
  // The first spans hold every valley of the default data and every start a reader can set (ω in [0, 6.5],
  // a in [−1.4, 1.4]) clear of the edges; a sliver of negative frequencies shows the mirror at ω = 0.
  params: [
    { key: "w", symbol: "\\omega", label: "frequency", start: 3.8, min: 0, max: 6.5, quantum: 0.01, perPixel: 0.02, spans: [[-0.5, 7], [-1.5, 8.5], [-4, MOST_OMEGA]] },
    { key: "a", symbol: "a", label: "amplitude", start: 0.2, min: -1.4, max: 1.4, quantum: 0.01, perPixel: 0.01, spans: [[-1.6, 1.6], [-2.4, 2.4], [-4, 4]] },
  ],
  data: {
    columns: ["x", "y"],
    labelled: false,
    n: 40,
    maxN: 400,
    seed: 3,
    stream(seed) {
      const source = seededRandom(seed);
      const uniform = randomUniform.source(source)(WAVE_SHAPE.xMin, WAVE_SHAPE.xMax);
      const noise = randomNormal.source(source)(0, WAVE_SHAPE.noise);
      const { tone, overtone, overtoneShare } = WAVE_SHAPE;
      return (data, from, to) => {
        for (let i = from; i < to; i++) {
          const x = uniform();
          data.x[i] = x;
          data.y[i] = Math.cos(tone * x) + overtoneShare * Math.cos(overtone * x) + noise();
        }
      };
    },
    frame: { x0: -3.5, x1: 3.5, y0: -2.5, y1: 2.5 },
  },
  predict: (theta, x) => theta[1]! * Math.cos(theta[0]! * x),
  residual: (theta, data, i) => data.y[i]! - theta[1]! * Math.cos(theta[0]! * data.x[i]!),
  batchLoss(data, indices, count, theta) {
    const { x, y } = data;
    const w = theta[0]!, a = theta[1]!;
    let sum = 0;
    for (let j = 0; j < count; j++) {
      const i = indices ? indices[j]! : j;
      sum += sq(y[i]! - a * Math.cos(w * x[i]!));
    }
    return sum / count;
  },
  batchGradient(data, indices, count, theta) {
    const { x, y } = data;
    const w = theta[0]!, a = theta[1]!;
    let gw = 0, ga = 0;
    for (let j = 0; j < count; j++) {
      const i = indices ? indices[j]! : j;
      const xi = x[i]!;
      const cos = Math.cos(w * xi);
      const r = y[i]! - a * cos;
      gw += r * xi * Math.sin(w * xi);
      ga -= r * cos;
    }
    return [(2 * a * gw) / count, (2 * ga) / count];
  },
  pointGradient(data, i, theta) {
    const xi = data.x[i]!;
    const w = theta[0]!, a = theta[1]!;
    const r = data.y[i]! - a * Math.cos(w * xi);
    return [2 * r * a * xi * Math.sin(w * xi), -2 * r * Math.cos(w * xi)];
  },
  minimum(data) {
    return valleys.valleys!(data)[0] ?? null;
  },
  valleys(data) {
    if (valleys.dataProblem(data) !== null) return [];
    return waveValleys(data, MOST_OMEGA, (theta) => valleys.batchLoss(data, null, data.x.length, theta));
  },
  // cos is even: a·cos(−ωx) is a·cos(ωx), so a valley at a negative frequency is its mirror's.
  canonical: (theta: Theta) => [Math.abs(theta[0]!), theta[1]!],
  surrogate(data, window) {
    const n = data.x.length;
    const exact = { loss: (t: Theta) => valleys.batchLoss(data, null, n, t), gradient: (t: Theta) => valleys.batchGradient(data, null, n, t) };
    return waveSurrogate(data, 2 * Math.max(Math.abs(window.u0), Math.abs(window.u1)), exact);
  },
  dataProblem(data: Dataset) {
    const { x } = data;
    if (x.length < 2) return "A wave needs at least 2 points.";
    if (x.some((v) => Math.abs(v) > WAVE_REACH)) {
      return `A wave needs every x between \u2212${WAVE_REACH} and ${WAVE_REACH}: further out, its loss breaks into more valleys than the figures can draw.`;
    }
    const far = Math.abs(x[0]!);
    if (x.every((v) => Math.abs(v) === far)) return "A wave needs points at two or more distances from x = 0.";
    return null;
  },
};
