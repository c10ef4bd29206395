import { randomNormal, randomUniform } from "d3-random";
import { seededRandom } from "../random.ts";
import type { Model } from "./types.ts";
import { onDemand } from "./on-demand.ts";

/**
 * The process behind the wave's default points: x uniform on [−3, 3], and y a tone cos(1.5x) with a quieter
 * overtone three times as fast, 0.6·cos(4.5x), plus N(0, 0.15²) noise. One wave can follow the tone or the
 * overtone, not both, which is what gives its loss several valleys.
 */
export const WAVE_SHAPE = { xMin: -3, xMax: 3, tone: 1.5, overtone: 4.5, overtoneShare: 0.6, noise: 0.15 } as const;

/** Points further from x = 0 than this are refused: past it the landscape breaks into more valleys than can be drawn. */
export const WAVE_REACH = 20;

/** The highest frequency whose valleys are listed: the widest view's. */
export const MOST_OMEGA = 11;

/**
 * A toy with several valleys: a wave ŷ = a·cos(ωx) under mean squared error, θ = [ω, a] (frequency across,
 * amplitude up). The loss is a parabola in a for every ω, but ω slides the wave in and out of step with
 * the points, so the landscape has a valley for each way a single wave can half-fit them. No fast path
 * exists (every loss is a pass over the data), so its landscape is drawn by the worker. Its maths
 * (valleys.maths.ts) loads when a page first shows it.
 */
export const valleys: Model = onDemand({
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
}, ["minimum", "valleys", "canonical", "surrogate"], () => import("./valleys.maths.ts"));
