import { randomNormal } from "d3-random";
import { seededRandom } from "../random.ts";
import type { Dataset } from "../types.ts";
import type { Model, Theta } from "./types.ts";

/**
 * The process behind the classifier's default points: class 0 and class 1 alternate, each a round Gaussian
 * cloud about its own centre in (x₁, x₂). The clouds overlap, so no straight boundary splits them cleanly
 * and the loss has a lowest point; the centres sit either side of the origin, so the bias stays small.
 */
export const CLASS_SHAPE = { centres: [[-1, -0.7], [1, 0.8]], spread: 1.1 } as const;

/** softplus(z) is ln(1 + eᶻ), computed so that no z overflows or loses its digits: z + ln(1 + e⁻ᶻ) above 0. */
export function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/** sigmoid(z) is 1 / (1 + e⁻ᶻ), the probability of class 1 at log-odds z; exp never overflows. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * Logistic regression on two features: P(class 1 | x₁, x₂) = σ(w₁x₁ + w₂x₂ + c), θ = [w₁, w₂, c], under
 * the mean binary cross-entropy (natural log). A point's features are the data's x (x₁) and y (x₂), its
 * class is `label`. A point's loss −ln P(its class) is softplus(z) − label·z, finite for every z, so no
 * probability of exactly 0 or 1 can make it infinite or NaN. There is no fast path: every loss is a pass
 * over the points.
 */
export const classifier: Model = {
  id: "classifier",
  label: "a logistic classifier",
  lossName: "mean cross-entropy",
  drawing: "boundary",
  // The first spans frame the start and the default data's lowest point; the last hold every start a
  // reader can set, with room. The data's features are of order 1, so weights of order 1 already make
  // confident predictions.
  params: [
    { key: "w1", symbol: "w_1", label: "weight of x1", start: -1, min: -8, max: 8, quantum: 0.01, perPixel: 0.02, spans: [[-3, 4], [-5, 6], [-9, 9]] },
    { key: "w2", symbol: "w_2", label: "weight of x2", start: 1.5, min: -8, max: 8, quantum: 0.01, perPixel: 0.02, spans: [[-3, 4], [-5, 6], [-9, 9]] },
    { key: "c", symbol: "c", label: "bias", start: 0.5, min: -8, max: 8, quantum: 0.01, perPixel: 0.02, spans: [[-3, 4], [-5, 6], [-9, 9]] },
  ],
  data: {
    columns: ["x1", "x2", "label"],
    labelled: true,
    n: 40,
    maxN: 2000,
    seed: 7,
    frame: { x0: -4.5, x1: 4.5, y0: -4.5, y1: 4.5 },
    stream(seed) {
      const normal = randomNormal.source(seededRandom(seed))(0, CLASS_SHAPE.spread);
      return (data, from, to) => {
        for (let i = from; i < to; i++) {
          const k = i % 2;
          const [cx, cy] = CLASS_SHAPE.centres[k]!;
          data.x[i] = cx + normal();
          data.y[i] = cy + normal();
          data.label![i] = k;
        }
      };
    },
  },
  predict: (theta, x, y) => sigmoid(theta[0]! * x + theta[1]! * y + theta[2]!),
  logOdds: (theta) => [theta[0]!, theta[1]!, theta[2]!],
  residual: (theta, data, i) => data.label![i]! - sigmoid(score(theta, data, i)),
  batchLoss(data, indices, count, theta) {
    // The landscape worker calls this for every cell of a grid: locals and one exp and log1p a point.
    const { x, y } = data;
    const label = data.label!;
    const w1 = theta[0]!, w2 = theta[1]!, c = theta[2]!;
    let sum = 0;
    for (let j = 0; j < count; j++) {
      const i = indices ? indices[j]! : j;
      const z = w1 * x[i]! + w2 * y[i]! + c;
      // −ln P(the point's class) is softplus(−z) for class 1 and softplus(z) for class 0.
      sum += softplus(label[i] ? -z : z);
    }
    return sum / count;
  },
  batchGradient(data, indices, count, theta) {
    const { x, y } = data;
    const label = data.label!;
    const w1 = theta[0]!, w2 = theta[1]!, c = theta[2]!;
    let g1 = 0, g2 = 0, g3 = 0;
    for (let j = 0; j < count; j++) {
      const i = indices ? indices[j]! : j;
      const e = sigmoid(w1 * x[i]! + w2 * y[i]! + c) - label[i]!;
      g1 += e * x[i]!;
      g2 += e * y[i]!;
      g3 += e;
    }
    return [g1 / count, g2 / count, g3 / count];
  },
  pointGradient(data, i, theta) {
    const e = sigmoid(score(theta, data, i)) - data.label![i]!;
    return [e * data.x[i]!, e * data.y[i]!, e];
  },
  minimum: newtonMinimum,
  dataProblem(data) {
    const label = data.label;
    if (data.x.length < 2) return "A classifier needs at least 2 points.";
    if (!label || label.length !== data.x.length) return "A classifier needs each point's class, 0 or 1.";
    const ones = label.reduce((sum, k) => sum + k, 0);
    if (ones === 0 || ones === label.length) return `Every point is in class ${label[0]}; a classifier needs points of both classes.`;
    return null;
  },
};

/** The log-odds w₁x₁ + w₂x₂ + c of point i. */
function score(theta: Theta, data: Dataset, i: number): number {
  return theta[0]! * data.x[i]! + theta[1]! * data.y[i]! + theta[2]!;
}

/** Newton steps before giving up: from θ = 0 a minimum is reached in under a dozen when there is one. */
const NEWTON_STEPS = 60;

/**
 * newtonMinimum(data) is the lowest point of the cross-entropy by Newton's method with step halving, or
 * null when it has none. When a straight line splits the classes (or splits them but for points on the
 * line itself), the loss keeps falling as the weights grow along that line's normal: its least value is
 * only approached at infinity. Newton's steps then stay long instead of shrinking, and that is how it is
 * told: a minimum is declared only when a step has become negligibly short.
 */
function newtonMinimum(data: Dataset): { readonly theta: Theta; readonly loss: number } | null {
  const n = data.x.length;
  const label = data.label;
  if (n < 2 || !label || classifier.dataProblem(data) !== null) return null;
  let theta = [0, 0, 0];
  let loss = classifier.batchLoss(data, null, n, theta);
  for (let k = 0; k < NEWTON_STEPS; k++) {
    // The gradient and the Hessian Σ p(1 − p)·x̃x̃ᵀ / n in one pass, x̃ = (x₁, x₂, 1).
    const g = [0, 0, 0];
    const h = [0, 0, 0, 0, 0, 0]; // h11 h12 h13 h22 h23 h33
    for (let i = 0; i < n; i++) {
      const x1 = data.x[i]!, x2 = data.y[i]!;
      const p = sigmoid(theta[0]! * x1 + theta[1]! * x2 + theta[2]!);
      const e = p - label[i]!;
      const q = p * (1 - p);
      g[0]! += e * x1; g[1]! += e * x2; g[2]! += e;
      h[0]! += q * x1 * x1; h[1]! += q * x1 * x2; h[2]! += q * x1;
      h[3]! += q * x2 * x2; h[4]! += q * x2; h[5]! += q;
    }
    const step = solve3(h.map((v) => v / n), g.map((v) => v / n));
    if (!step) return null;
    // Halve the step until the loss does not rise: the full step can overshoot far from the bottom.
    let t = 1;
    let next = theta.map((v, j) => v - step[j]!);
    let nextLoss = classifier.batchLoss(data, null, n, next);
    while (!(nextLoss <= loss) && t > 1e-6) {
      t /= 2;
      next = theta.map((v, j) => v - t * step[j]!);
      nextLoss = classifier.batchLoss(data, null, n, next);
    }
    const size = Math.hypot(...step) * t;
    theta = next;
    loss = Math.min(loss, nextLoss);
    if (size <= 1e-10 * (1 + Math.hypot(...theta))) return { theta, loss: classifier.batchLoss(data, null, n, theta) };
  }
  return null;
}

/**
 * solve3(h, g) solves H·s = g for the symmetric 3 × 3 H given as its upper triangle [h11 h12 h13 h22 h23 h33],
 * by Cramer's rule, or null when H is singular to working precision (the weights have run off to where
 * every probability is 0 or 1).
 */
function solve3(h: readonly number[], g: readonly number[]): number[] | null {
  const [a, b, c, d, e, f] = h as [number, number, number, number, number, number];
  const c11 = d * f - e * e, c12 = c * e - b * f, c13 = b * e - c * d;
  const det = a * c11 + b * c12 + c * c13;
  const scale = Math.max(Math.abs(a), Math.abs(d), Math.abs(f)) ** 3;
  if (!(Math.abs(det) > 1e-14 * scale)) return null;
  const c22 = a * f - c * c, c23 = b * c - a * e, c33 = a * d - b * b;
  const [g1, g2, g3] = g as [number, number, number];
  return [(c11 * g1 + c12 * g2 + c13 * g3) / det, (c12 * g1 + c22 * g2 + c23 * g3) / det, (c13 * g1 + c23 * g2 + c33 * g3) / det];
}
