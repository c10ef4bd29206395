import type { Optimizer } from "./types.ts";

/**
 * Plain gradient descent: θ ← θ − η·∇L. No memory. On a quadratic bowl each step multiplies the distance
 * to the bottom along the steepest direction by 1 − η·λmax, so it diverges past η = 2/λmax.
 */
export const gd: Optimizer<null> = {
  id: "gd",
  label: "plain gradient descent",
  settings: [],
  init: () => null,
  step: (theta, g, _state, lr) => ({ theta: theta.map((v, k) => v - lr * g[k]!), state: null }),
  velocity: () => null,
  stableBelow: (curvature) => 2 / curvature,
};
