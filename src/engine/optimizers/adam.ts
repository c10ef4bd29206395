import type { Optimizer } from "./types.ts";

/** Adam's memory: running means of the gradient (m) and of its square (v), and the steps taken (t). */
export interface AdamState {
  readonly m: readonly number[];
  readonly v: readonly number[];
  readonly t: number;
}

/** Keeps the division finite where a parameter's gradient has always been zero. */
const EPSILON = 1e-8;

/**
 * Adam (Kingma and Ba, 2015): m ← β₁·m + (1 − β₁)·∇L, v ← β₂·v + (1 − β₂)·∇L², and each parameter steps
 * η·m̂ / (√v̂ + ε), with m̂ and v̂ corrected for starting at zero. Each parameter gets its own step size,
 * about η whatever the gradient's scale, so a long narrow valley is crossed at the same pace both ways.
 */
export const adam: Optimizer<AdamState> = {
  id: "adam",
  label: "Adam",
  settings: [
    { key: "beta1", symbol: "\\beta_1", label: "Adam β₁", default: 0.9, min: 0, max: 0.999, quantum: 0.001 },
    { key: "beta2", symbol: "\\beta_2", label: "Adam β₂", default: 0.999, min: 0, max: 0.9999, quantum: 0.0001 },
  ],
  init: (d) => ({ m: new Array<number>(d).fill(0), v: new Array<number>(d).fill(0), t: 0 }),
  // Loops rather than map: a basins map takes millions of these steps.
  step(theta, g, state, lr, settings) {
    const b1 = settings["beta1"] ?? 0.9;
    const b2 = settings["beta2"] ?? 0.999;
    const t = state.t + 1;
    const c1 = 1 - b1 ** t;
    const c2 = 1 - b2 ** t;
    const d = theta.length;
    const m = new Array<number>(d);
    const v = new Array<number>(d);
    const next = new Array<number>(d);
    for (let k = 0; k < d; k++) {
      const gk = g[k]!;
      m[k] = b1 * state.m[k]! + (1 - b1) * gk;
      v[k] = b2 * state.v[k]! + (1 - b2) * gk * gk;
      next[k] = theta[k]! - (lr * (m[k]! / c1)) / (Math.sqrt(v[k]! / c2) + EPSILON);
    }
    return { theta: next, state: { m, v, t } };
  },
  velocity: () => null,
  stableBelow: () => null,
};
