import { randomNormal, randomUniform } from "d3-random";
import type { Dataset } from "./types.ts";
import { seededRandom } from "./random.ts";
import { checkInteger } from "./validate.ts";

/**
 * The process behind the default data: x uniform on [xMin, xMax], y = slope·x + intercept + N(0, noise²).
 * x straddles 0 so the bowl is round enough for plain descent to look sensible at a friendly learning rate.
 */
export const DATA_SHAPE = { xMin: -3, xMax: 5, slope: 1.5, intercept: 1, noise: 1.77 } as const;

/** The default number of points: a few dozen, enough to see a trend and each residual. */
export const DEFAULT_N = 40;

/** The default seed, chosen so the article's start (m = −0.3, b = 2.5) has a loss that rounds to 20.5. */
export const DEFAULT_SEED = 78;

/** The most points the essay generates (the article's "500k"). */
export const MAX_N = 500_000;

/** Writes the next points of a seeded stream into x and y at [from, to). */
export type PointStream = (x: Float64Array, y: Float64Array, from: number, to: number) => void;

/**
 * pointStream(seed) draws DATA_SHAPE points one after another from one seeded source, so data can be
 * generated in slices (to keep a page responsive) and still equal generateDataset(n, seed) exactly.
 */
export function pointStream(seed: number): PointStream {
  const source = seededRandom(seed);
  const uniform = randomUniform.source(source)(DATA_SHAPE.xMin, DATA_SHAPE.xMax);
  const noise = randomNormal.source(source)(0, DATA_SHAPE.noise);
  return (x, y, from, to) => {
    for (let i = from; i < to; i++) {
      const xi = uniform();
      x[i] = xi;
      y[i] = DATA_SHAPE.slope * xi + DATA_SHAPE.intercept + noise();
    }
  };
}

/**
 * generateDataset(n, seed) draws n points of DATA_SHAPE. The first n points of a larger set with the
 * same seed are exactly this set.
 */
export function generateDataset(n: number, seed: number): Dataset {
  checkInteger(n, 1, MAX_N, "generateDataset", "n");
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  pointStream(seed)(x, y, 0, n);
  return { x, y };
}

/** datasetFromPoints(points) copies (x, y) pairs into a Dataset; every coordinate must be finite. */
export function datasetFromPoints(points: ReadonlyArray<readonly [number, number]>): Dataset {
  const x = new Float64Array(points.length);
  const y = new Float64Array(points.length);
  points.forEach(([xi, yi], i) => {
    if (!Number.isFinite(xi) || !Number.isFinite(yi)) {
      throw new RangeError(`datasetFromPoints: invalid point ${i}; not finite: (${xi}, ${yi})`);
    }
    x[i] = xi;
    y[i] = yi;
  });
  return { x, y };
}
