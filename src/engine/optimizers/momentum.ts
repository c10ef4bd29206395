import type { Optimizer, Settings } from "./types.ts";

/** The heavy ball's memory: its velocity, the running sum of past gradients, each older one shrunk by β. */
export interface MomentumState {
  readonly v: readonly number[];
}

/**
 * Momentum (Polyak's heavy ball): v ← β·v + ∇L, θ ← θ − η·v. The velocity keeps what the gradients agree
 * on and lets what they contradict cancel, so along a long valley it builds speed while across it the
 * zigzags die away. On a quadratic it is stable up to η = 2(1 + β)/λmax.
 */
export const momentum: Optimizer<MomentumState> = {
  id: "momentum",
  label: "momentum",
  settings: [{ key: "beta", symbol: "\\beta", label: "momentum β", default: 0.9, min: 0, max: 0.999, quantum: 0.001 }],
  init: (d) => ({ v: new Array<number>(d).fill(0) }),
  // Loops rather than map: a basins map takes millions of these steps.
  step(theta, g, state, lr, settings) {
    const beta = betaOf(settings);
    const d = theta.length;
    const v = new Array<number>(d);
    const next = new Array<number>(d);
    for (let k = 0; k < d; k++) {
      v[k] = beta * state.v[k]! + g[k]!;
      next[k] = theta[k]! - lr * v[k]!;
    }
    return { theta: next, state: { v } };
  },
  // + 0: no −0 where the memory is still empty.
  velocity: (state, lr, settings) => state.v.map((vk) => -lr * betaOf(settings) * vk + 0),
  stableBelow: (curvature, settings) => (2 * (1 + betaOf(settings))) / curvature,
};

function betaOf(settings: Settings): number {
  return settings["beta"] ?? 0.9;
}
