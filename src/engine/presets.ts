import { randomNormal, randomUniform } from "d3-random";
import type { Dataset, RandomSource } from "./types.ts";
import { DEFAULT_N, DEFAULT_SEED, generateDataset } from "./dataset.ts";
import { seededRandom } from "./random.ts";
import { summarize } from "./stats.ts";

/** The names of the teaching presets, as a link or a picker refers to them. */
export type PresetId = "default" | "clean-line" | "outlier" | "flat-cloud" | "steep-line";

/** A dataset that teaches one thing, with the words a picker shows for it. */
export interface Preset {
  readonly id: PresetId;
  /** A few words for a picker. */
  readonly label: string;
  /** One sentence on what the preset shows. */
  readonly description: string;
  /** make(random) draws the points from a seeded source; "default" ignores it and is the essay's data. */
  readonly make: (random: RandomSource) => Dataset;
}

/** The seed presetData uses, so a preset is the same set of points on every visit. */
export const PRESET_SEED = 7;

/** Points in each drawn preset: a few dozen, like the default data. */
const POINTS = 30;

/** A drawn line: x uniform on [xMin, xMax], y = slope·x + intercept + N(0, noise²). */
interface LineShape {
  readonly xMin: number;
  readonly xMax: number;
  readonly slope: number;
  readonly intercept: number;
  readonly noise: number;
}

const CLEAN_LINE: LineShape = { xMin: -3, xMax: 5, slope: 1, intercept: 2, noise: 0.15 };
/** A tighter cloud than the default data, so the one outlier's pull stands out. */
const OUTLIER_CLOUD: LineShape = { xMin: -3, xMax: 5, slope: 1.5, intercept: 1, noise: 0.8 };
/** Far below the cloud's right end, where its leverage on the slope is greatest. */
const OUTLIER_POINT = { x: 4.8, y: -10 } as const;
const FLAT_CLOUD: LineShape = { xMin: -3, xMax: 5, slope: 0, intercept: 3, noise: 1.2 };
/**
 * x far from 0 makes the bowl a long, narrow, tilted valley. Its steepest curvature, about 2·(mean(x²) + 1) ≈ 30,
 * means a step overshoots (zig-zags) above learning rate ≈ 1/30 and blows up above ≈ 2/30: the default 0.05
 * zig-zags across the valley and still converges, while 0.07 diverges (both pinned in the tests).
 */
const STEEP_LINE: LineShape = { xMin: 2, xMax: 5.5, slope: 3, intercept: -4, noise: 0.3 };

/** The presets in the order a picker lists them. */
export const PRESETS: readonly Preset[] = [
  {
    id: "default",
    label: "The essay's data",
    description: "The points the essay starts with: a rising trend with honest noise.",
    make: () => generateDataset(DEFAULT_N, DEFAULT_SEED),
  },
  {
    id: "clean-line",
    label: "A clean line",
    description: "Points almost exactly on one rising line, so the bottom of the bowl is nearly zero.",
    make: (random) => drawLine(CLEAN_LINE, POINTS, random),
  },
  {
    id: "outlier",
    label: "One far outlier",
    description: "A tidy cloud and one point far below it that drags the best line down towards itself.",
    make: (random) => appendPoint(drawLine(OUTLIER_CLOUD, POINTS - 1, random), OUTLIER_POINT.x, OUTLIER_POINT.y),
  },
  {
    id: "flat-cloud",
    label: "A flat cloud",
    description: "Scattered points with no trend at all: the best slope is zero.",
    make: (random) => roundDataset(removeTrend(drawLine(FLAT_CLOUD, POINTS, random))),
  },
  {
    id: "steep-line",
    label: "A steep line far from zero",
    description: "A steep line whose x values sit far from zero, which squeezes the bowl into a narrow valley where descent zig-zags.",
    make: (random) => drawLine(STEEP_LINE, POINTS, random),
  },
];

/** findPreset(id) is the preset with that id, or undefined for any other string (say, from a link). */
export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** presetData(id, seed) is the preset's points drawn from seededRandom(seed); the same seed, the same points. */
export function presetData(id: PresetId, seed: number = PRESET_SEED): Dataset {
  const preset = findPreset(id);
  if (!preset) throw new RangeError(`presetData: invalid id; not a preset: ${id}`);
  return preset.make(seededRandom(seed));
}

/** Draws n points of a line shape, rounded to 0.01 so they read cleanly in a CSV and travel exactly in a link. */
function drawLine(shape: LineShape, n: number, random: RandomSource): Dataset {
  const uniform = randomUniform.source(random)(shape.xMin, shape.xMax);
  const noise = randomNormal.source(random)(0, shape.noise);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = round(uniform());
    y[i] = round(shape.slope * x[i]! + shape.intercept + noise());
  }
  return { x, y };
}

/** A copy of the data with one more point at the end. */
function appendPoint(data: Dataset, px: number, py: number): Dataset {
  const n = data.x.length;
  const x = new Float64Array(n + 1);
  const y = new Float64Array(n + 1);
  x.set(data.x);
  y.set(data.y);
  x[n] = px;
  y[n] = py;
  return { x, y };
}

/** Tilts y about the centroid so the least-squares slope is exactly 0: noise alone leaves a small one. */
function removeTrend(data: Dataset): Dataset {
  const s = summarize(data);
  const slope = s.sxy / s.sxx;
  return { x: data.x, y: data.y.map((yi, i) => yi - slope * (data.x[i]! - s.meanX)) };
}

/** The data with every coordinate rounded to 0.01. */
function roundDataset(data: Dataset): Dataset {
  return { x: data.x.map(round), y: data.y.map(round) };
}

/** Rounds to 0.01; `+ 0` turns −0 into 0 so a CSV never shows "-0". */
function round(v: number): number {
  return Math.round(v * 100) / 100 + 0;
}
