/** Plain 2D geometry for the figures: linear scales, plot boxes, clipping, SVG path text. */

/** A rectangle in a figure's viewBox units. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** A point in a figure's viewBox units. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A linear map from a domain of data values to a range of viewBox units, and back. */
export interface Scale {
  (value: number): number;
  invert(position: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

/** linearScale([d0, d1], [r0, r1]) maps d0 to r0 and d1 to r1 in a straight line (d3-scale's scaleLinear, minus the weight). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = (r1 - r0) / (d1 - d0);
  const scale = (value: number) => r0 + (value - d0) * k;
  scale.invert = (position: number) => d0 + (position - r0) / k;
  scale.domain = domain;
  scale.range = range;
  return scale;
}

/** inset(width, height, margin) is the plot box left inside a width × height viewBox by its margins. */
export function inset(width: number, height: number, margin: { top: number; right: number; bottom: number; left: number }): Box {
  return { left: margin.left, top: margin.top, width: width - margin.left - margin.right, height: height - margin.top - margin.bottom };
}

/** clamp(value, lo, hi) keeps value within [lo, hi]. */
export function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}

/**
 * clipSegment(a, b, box) is the part of the segment a–b inside box (Liang–Barsky), or null when none is.
 * Figures clip in data units before scaling, so a diverging line never puts Infinity into an attribute.
 */
export function clipSegment(a: Point, b: Point, box: { x0: number; x1: number; y0: number; y1: number }): [Point, Point] | null {
  if (![a.x, a.y, b.x, b.y].every(Number.isFinite)) return null;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: Array<[number, number]> = [
    [-dx, a.x - box.x0],
    [dx, box.x1 - a.x],
    [-dy, a.y - box.y0],
    [dy, box.y1 - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return null;
    }
  }
  return [
    { x: a.x + t0 * dx, y: a.y + t0 * dy },
    { x: a.x + t1 * dx, y: a.y + t1 * dy },
  ];
}

/** clipLine(m, b, box) is the piece of the line y = m·x + b inside box (data units), or null. */
export function clipLine(m: number, b: number, box: { x0: number; x1: number; y0: number; y1: number }): [Point, Point] | null {
  return clipSegment({ x: box.x0, y: m * box.x0 + b }, { x: box.x1, y: m * box.x1 + b }, box);
}

/** fixed(value) prints a viewBox coordinate with at most one decimal: short markup, stable snapshots. */
export function fixed(value: number): string {
  const text = (Math.round(value * 10) / 10).toString();
  return text === "-0" ? "0" : text;
}

/** polyline(points) is SVG path data through the points ("" for none). */
export function polyline(points: readonly Point[]): string {
  let d = "";
  for (let i = 0; i < points.length; i++) d += `${i ? "L" : "M"}${fixed(points[i]!.x)},${fixed(points[i]!.y)}`;
  return d;
}
