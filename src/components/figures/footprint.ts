import { pointLine, type Dataset, type LossWindow, type Model, type Slice, type SliceLine } from "../../engine/index.ts";
import { clipSegment, fixed, type Point, type Scale } from "./geometry.ts";

/**
 * sliceLineSegment(line, window) is the part of the line a·u + b·v = c inside the window, in parameter
 * units, or null when it misses the window. It is followed along whichever axis it runs closer to, so a
 * line nearly parallel to the other one never puts huge numbers into the clipping.
 */
export function sliceLineSegment(l: SliceLine, w: LossWindow): [Point, Point] | null {
  const frame = { x0: w.u0, x1: w.u1, y0: w.v0, y1: w.v1 };
  const alongU = Math.abs(l.b) * (w.v1 - w.v0) >= Math.abs(l.a) * (w.u1 - w.u0);
  const ends = alongU
    ? [w.u0, w.u1].map((u) => ({ x: u, y: (l.c - l.a * u) / l.b }))
    : [w.v0, w.v1].map((v) => ({ x: (l.c - l.b * v) / l.a, y: v }));
  return clipSegment(ends[0]!, ends[1]!, frame);
}

/** pointLines(model, data, indices, slice) is the line in the slice of each listed point, for a model that offers them. */
export function pointLines(model: Model, data: Dataset, indices: ArrayLike<number>, slice: Slice): SliceLine[] {
  const lines: SliceLine[] = [];
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    const l = pointLine(model, data.x[i]!, data.y[i]!, slice);
    if (l) lines.push(l);
  }
  return lines;
}

/** linesPath(lines, window, xs, ys) is one SVG path through each line's part inside the window (one attribute for all). */
export function linesPath(lines: readonly SliceLine[], w: LossWindow, xs: Scale, ys: Scale): string {
  let d = "";
  for (const l of lines) {
    const s = sliceLineSegment(l, w);
    if (s) d += `M${fixed(xs(s[0].x))},${fixed(ys(s[0].y))}L${fixed(xs(s[1].x))},${fixed(ys(s[1].y))}`;
  }
  return d;
}

/**
 * What the loss space draws of the data itself: every point as its line (faintly, when asked), the next
 * stochastic step's points as theirs, and the point picked in the data space with the vertical gap from
 * the point drawn now to its line (that point's residual).
 */
export interface FootprintScene {
  readonly all: readonly SliceLine[];
  /** How many points `all` stands for (it may be an evenly spread sample of them). */
  readonly of: number;
  readonly batch: readonly SliceLine[];
  readonly picked: { readonly line: SliceLine; readonly residual: number } | null;
}

/** A loss space that draws none of the data. */
export const NO_FOOTPRINT: FootprintScene = { all: [], of: 0, batch: [], picked: null };
