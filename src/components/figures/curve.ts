import { ticks } from "d3-array";
import { fixed, linearScale, type Scale } from "./geometry.ts";

/** One run's losses for the loss curve; `pointsPerStep` turns steps into points seen. */
export interface LossSeries {
  readonly id: string;
  readonly label: string;
  /** Any CSS colour, usually one of the palette's custom properties, e.g. "var(--c-batch)". */
  readonly color: string;
  /** Full-data loss after each step 0, 1, 2, … */
  readonly losses: Float64Array;
  readonly pointsPerStep: number;
}

/** What the curve's horizontal axis counts. */
export type CurveX = "step" | "points seen";

/** curveX(mode, step, pointsPerStep) is where a step sits along the axis. */
export function curveX(mode: CurveX, step: number, pointsPerStep: number): number {
  return mode === "step" ? step : step * pointsPerStep;
}

/**
 * useLogScale(min, max) is true when the losses span more than fifty-fold (a diverging run), where a
 * straight axis would squash every reasonable loss onto the floor.
 */
export function useLogScale(min: number, max: number): boolean {
  return min > 0 && max / min > 50;
}

/**
 * lossPath(losses, from, to, x, y) is SVG path data through losses[from…to]. A long run is thinned to
 * about one vertex per unit of x range so 1,000 steps cost what a few hundred do.
 */
export function lossPath(losses: Float64Array, from: number, to: number, x: (i: number) => number, y: Scale): string {
  let d = "";
  let lastX = -Infinity;
  for (let i = from; i <= to; i++) {
    const v = losses[i]!;
    if (!Number.isFinite(v)) break;
    const px = x(i);
    if (i !== to && i !== from && px - lastX < 0.75) continue;
    d += `${d ? "L" : "M"}${fixed(px)},${fixed(y(v))}`;
    lastX = px;
  }
  return d;
}

/**
 * countScale(max, range) maps counts 0…max onto range by log10(1 + count): one point seen and 500 million
 * both get room, 0 sits at the start, and 10^k sits where a log axis puts it, give or take 1 in 10^k.
 */
export function countScale(max: number, range: readonly [number, number]): Scale {
  const top = Math.log10(1 + Math.max(max, 1));
  const straight = linearScale([0, top], range);
  const scale = (count: number) => straight(Math.log10(1 + Math.max(count, 0)));
  scale.invert = (position: number) => 10 ** straight.invert(position) - 1;
  scale.domain = [0, max] as const;
  scale.range = range;
  return scale;
}

/** powerTicks(max, most) is the powers of ten up to max (1, 10, 100, …), thinned to at most most of them, always keeping the largest. */
export function powerTicks(max: number, most = 5): number[] {
  const top = Math.floor(Math.log10(Math.max(max, 1)));
  const stride = Math.ceil((top + 1) / most);
  const ticks: number[] = [];
  for (let e = top % stride; e <= top; e += stride) ticks.push(10 ** e);
  return ticks;
}

/** wholeTicks(max, count) is about count ticks over 0…max at whole numbers only: steps and points come one at a time. */
export function wholeTicks(max: number, count: number): number[] {
  return ticks(0, max, Math.min(count, Math.max(1, Math.floor(max))));
}
