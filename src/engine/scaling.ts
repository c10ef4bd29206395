import type { Dataset } from "./types.ts";
import type { SufficientStats } from "./stats.ts";

/** How x is rescaled before the fit: left as given, moved so its mean is 0, or also stretched so its spread is 1. */
export type Scaling = "none" | "center" | "standardize";

/** The scalings, in the order the essay introduces them; the first is the default. */
export const SCALINGS: readonly Scaling[] = ["none", "center", "standardize"];

/** An affine change of x: x′ = (x − shift) / scale, with scale > 0. */
export interface XTransform {
  readonly shift: number;
  readonly scale: number;
}

/** The change that leaves x as it is. */
export const IDENTITY: XTransform = { shift: 0, scale: 1 };

/**
 * xTransform(scaling, stats) is the change of x a scaling makes for data with these statistics: none,
 * x − x̄ ("center"), or (x − x̄) / s with s the population standard deviation of x ("standardize"). The
 * mean and spread come from the centred sums (Welford), so x spread over ±1,000,000 keeps its digits.
 * With no spread at all a standardisation only centres (it would divide by 0).
 */
export function xTransform(scaling: Scaling, s: SufficientStats): XTransform {
  if (scaling === "none") return IDENTITY;
  const spread = Math.sqrt(s.sxx / s.n);
  return { shift: s.meanX, scale: scaling === "standardize" && spread > 0 && Number.isFinite(spread) ? spread : 1 };
}

/** inverse(t) is the change that undoes t: x = x′ · scale + shift, itself written as (x′ − shift′) / scale′. */
export function inverse(t: XTransform): XTransform {
  return { shift: -t.shift / t.scale, scale: 1 / t.scale };
}

/** isIdentity(t) is true when t leaves x as it is. */
export function isIdentity(t: XTransform): boolean {
  return t.shift === 0 && t.scale === 1;
}

/** applyX(t, x) is x′ = (x − shift) / scale. */
export function applyX(t: XTransform, x: number): number {
  return (x - t.shift) / t.scale;
}

/** undoX(t, x′) is the x that t moves to x′: x′ · scale + shift. */
export function undoX(t: XTransform, x: number): number {
  return x * t.scale + t.shift;
}

/**
 * scaleData(data, t) is the data with every x changed by t (y and any classes as they were): a new x
 * array, or the data itself when t changes nothing.
 */
export function scaleData(data: Dataset, t: XTransform): Dataset {
  if (isIdentity(t)) return data;
  const x = new Float64Array(data.x.length);
  for (let i = 0; i < x.length; i++) x[i] = (data.x[i]! - t.shift) / t.scale;
  return { ...data, x };
}

/**
 * scaleStats(stats, t) is the statistics of the data with x changed by t, from the data's own in O(1):
 * the mean of x moves and stretches with it, its centred sums stretch, and y's are untouched.
 */
export function scaleStats(s: SufficientStats, t: XTransform): SufficientStats {
  return { ...s, meanX: (s.meanX - t.shift) / t.scale, sxx: s.sxx / (t.scale * t.scale), sxy: s.sxy / t.scale };
}
