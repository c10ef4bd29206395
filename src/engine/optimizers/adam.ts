import type { Optimizer, Settings } from "./types.ts";

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
  step(theta, g, state, lr, settings) {
    const [b1, b2] = betas(settings);
    const t = state.t + 1;
    const m = state.m.map((mk, k) => b1 * mk + (1 - b1) * g[k]!);
    const v = state.v.map((vk, k) => b2 * vk + (1 - b2) * g[k]! * g[k]!);
    const c1 = 1 - b1 ** t;
    const c2 = 1 - b2 ** t;
    return {
      theta: theta.map((p, k) => p - (lr * (m[k]! / c1)) / (Math.sqrt(v[k]! / c2) + EPSILON)),
      state: { m, v, t },
    };
  },
  velocity: () => null,
  stableBelow: () => null,
};

function betas(settings: Settings): [number, number] {
  return [settings["beta1"] ?? 0.9, settings["beta2"] ?? 0.999];
}
