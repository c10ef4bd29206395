import type { Dataset } from "../types.ts";
import type { Theta } from "./types.ts";
import { provideMaths } from "./on-demand.ts";
import { classifier } from "./classifier.ts";
import { sigmoid, softplus } from "./logistic.ts";

// The classifier's maths (see classifier.ts), handed to the model as this module loads.
provideMaths(classifier, {
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
});

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
