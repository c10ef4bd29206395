import { randomNormal } from "d3-random";
import { seededRandom } from "../random.ts";
import type { Model } from "./types.ts";
import { onDemand } from "./on-demand.ts";

export { sigmoid, softplus } from "./logistic.ts";

/**
 * The process behind the classifier's default points: class 0 and class 1 alternate, each a round Gaussian
 * cloud about its own centre in (x₁, x₂). The clouds overlap, so no straight boundary splits them cleanly
 * and the loss has a lowest point; the centres sit either side of the origin, so the bias stays small.
 */
export const CLASS_SHAPE = { centres: [[-1, -0.7], [1, 0.8]], spread: 1.1 } as const;

/**
 * Logistic regression on two features: P(class 1 | x₁, x₂) = σ(w₁x₁ + w₂x₂ + c), θ = [w₁, w₂, c], under
 * the mean binary cross-entropy (natural log). A point's features are the data's x (x₁) and y (x₂), its
 * class is `label`. A point's loss −ln P(its class) is softplus(z) − label·z, finite for every z, so no
 * probability of exactly 0 or 1 can make it infinite or NaN. There is no fast path: every loss is a pass
 * over the points. Its maths (classifier.maths.ts) loads when a page first shows it.
 */
export const classifier: Model = onDemand({
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
}, ["logOdds", "minimum"], () => import("./classifier.maths.ts"));
