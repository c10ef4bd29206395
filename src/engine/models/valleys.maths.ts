import type { Dataset } from "../types.ts";
import type { Theta } from "./types.ts";
import { provideMaths } from "./on-demand.ts";
import { MOST_OMEGA, WAVE_REACH, valleys } from "./valleys.ts";
import { waveSurrogate, waveValleys } from "./wave-fit.ts";

const sq = (v: number) => v * v;

// The wave's maths (see valleys.ts), handed to the model as this module loads.
provideMaths(valleys, {
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
});
