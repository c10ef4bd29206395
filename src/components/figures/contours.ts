import type { Bowl, LossWindow } from "../../engine/index.ts";
import { grouped, scientific } from "../../format/numbers.ts";
import type { Spot } from "./loss-scene.ts";
import { fixed, type Box } from "./geometry.ts";
import type { Rect } from "./label-layout.ts";

/** One contour of the loss: every place whose loss is at most `level` (a ring's inside), as SVG path data. */
export interface ContourBand {
  readonly level: number;
  readonly d: string;
}

/**
 * contourLevels(min, max, count) spaces count levels between min and max on a square-root scale:
 * a quadratic bowl's loss grows with the square of the distance from its bottom, so these rings
 * fall evenly apart and the bottom keeps rings of its own. Levels are rounded to a hundredth of the
 * range's order of magnitude so a ring's label reads as a short number; levels that round together
 * are kept once.
 */
export function contourLevels(min: number, max: number, count: number): number[] {
  if (!(max > min)) return [];
  const digits = Math.min(20, Math.max(0, 2 - Math.floor(Math.log10(max - min))));
  const levels: number[] = [];
  for (let k = 1; k <= count; k++) {
    const level = Number((min + (max - min) * (k / (count + 1)) ** 2).toFixed(digits));
    if (level > min && level !== levels[levels.length - 1]) levels.push(level);
  }
  return levels;
}

/** A ring in viewBox units: its centre, its radius along `angle` (degrees, y down) and across it (Infinity for a straight band). */
export interface Ellipse {
  readonly cx: number;
  readonly cy: number;
  readonly rx: number;
  readonly ry: number;
  readonly angle: number;
}

/**
 * Longest radius, in viewBox units, drawn as an arc: browsers draw paths in single-precision floats, so
 * a longer one would land pixels off. Across a plot a few hundred units wide, a ring that long is
 * straight to well within a pixel, and is drawn as a straight band.
 */
const LONGEST_ARC = 1e5;

/**
 * bowlBands(bowl, window, levels, box) draws each level's ring (the inside of L = level) of a
 * two-parameter quadratic bowl into box, the first parameter across and the second upward. Each ring is
 * an exact ellipse (or, when the bowl is a trough with a floor line, a straight band): microseconds,
 * where tracing a sampled grid took tens of milliseconds on a slow phone.
 */
export function bowlBands(bowl: Bowl, window: LossWindow, levels: readonly number[], box: Box): ContourBand[] {
  return levels.map((level) => ({ level, d: ringPath(ringEllipse(bowl, window, box, level), box) }));
}

/**
 * ringEllipse(bowl, window, box, level) is the ring L = level in box's viewBox units, or null when the
 * level lies below the bottom. Around the bottom θ*, L = L* + ½·δᵀHδ; mapped to the box (y down) that
 * is δᵀBδ, and B's eigenvalues give the radii, √((level − L*)/λ) along each eigenvector. With no single
 * bottom (a singular H), the floor line's point nearest the window's centre stands in for the bottom and
 * the ring is a band: ry is Infinity.
 */
export function ringEllipse(bowl: Bowl, window: LossWindow, box: Box, level: number): Ellipse | null {
  const rise = level - bowl.loss;
  if (!(rise > 0)) return null;
  const [[h00, h01], [, h11]] = bowl.hessian as [[number, number], [number, number]];
  const bottom = bowl.unique ? bowl.bottom : nearestOnFloor(bowl, window);
  const kx = box.width / (window.u1 - window.u0);
  const ky = box.height / (window.v1 - window.v0);
  const a = h00 / 2 / (kx * kx);
  const c = -h01 / 2 / (kx * ky);
  const d = h11 / 2 / (ky * ky);
  const steep = (a + d) / 2 + Math.hypot((a - d) / 2, c);
  // The shallow eigenvalue from the determinant (the model's, free of cancellation), not as a difference,
  // which cancels when the bowl is long: det(H/2) = λmax·λmin/4.
  const shallow = (bowl.curvature.max * bowl.curvature.min) / 4 / (kx * kx * ky * ky) / steep;
  return {
    cx: box.left + (bottom[0]! - window.u0) * kx,
    cy: box.top + box.height - (bottom[1]! - window.v0) * ky,
    rx: Math.sqrt(rise / steep),
    ry: shallow > 0 ? Math.sqrt(rise / shallow) : Infinity,
    angle: (Math.atan2(2 * c, a - d) / 2) * (180 / Math.PI),
  };
}

/** With a floor line of minima, its point nearest the window's centre (the floor runs along H's null direction). */
function nearestOnFloor(bowl: Bowl, w: LossWindow): readonly [number, number] {
  const [[h00, h01]] = bowl.hessian as [[number, number], [number, number]];
  // H·v = 0 along the floor: v ∝ (−h01, h00), or (0, 1) when the first row is zero.
  const [vx, vy] = h00 === 0 && h01 === 0 ? [1, 0] : [-h01, h00];
  const length = Math.hypot(vx, vy);
  const [ux, uy] = [vx / length, vy / length];
  const [bx, by] = [bowl.bottom[0]!, bowl.bottom[1]!];
  const t = ((w.u0 + w.u1) / 2 - bx) * ux + ((w.v0 + w.v1) / 2 - by) * uy;
  return [bx + t * ux, by + t * uy];
}

/** ringPath(e, box) is SVG path data for the ring: two half arcs, or a straight band reaching past the box ("" for none). */
function ringPath(e: Ellipse | null, box: Box): string {
  if (!e) return "";
  const turn = (e.angle * Math.PI) / 180;
  const [ux, uy] = [Math.cos(turn), Math.sin(turn)];
  const at = (x: number, y: number) => `${fixed(x)},${fixed(y)}`;
  if (e.ry <= LONGEST_ARC) {
    const from = at(e.cx + e.rx * ux, e.cy + e.rx * uy);
    const arc = `A${fixed(e.rx)},${fixed(e.ry)},${fixed(e.angle)},0,1,`;
    return `M${from}${arc}${at(e.cx - e.rx * ux, e.cy - e.rx * uy)}${arc}${from}Z`;
  }
  // Long enough to cross the box from the centre, wherever the centre lies; no wider than that either.
  const reach = Math.hypot(box.width, box.height) + Math.hypot(e.cx - box.left - box.width / 2, e.cy - box.top - box.height / 2);
  const w = Math.min(e.rx, reach);
  const corner = (across: number, along: number) => at(e.cx + across * w * ux - along * reach * uy, e.cy + across * w * uy + along * reach * ux);
  return `M${corner(1, 1)}L${corner(1, -1)}L${corner(-1, -1)}L${corner(-1, 1)}Z`;
}

/**
 * ringLabelSpots(bottom, toward, levels) is where each ring of a quadratic bowl crosses the straight
 * segment from its bottom to the point `toward` (both with their losses). Along any such segment the loss
 * rises with the square of the distance, L = L* + t²·(L_toward − L*), so the ring of level ℓ sits at
 * t = √((ℓ − L*) / (L_toward − L*)) exactly; levels the segment never reaches are left out.
 * Aimed at the window's highest corner, the segment crosses every ring, and the labels line up like a scale.
 */
export function ringLabelSpots(bottom: Spot, toward: Spot, levels: readonly number[]): { level: number; u: number; v: number }[] {
  const rise = toward.loss - bottom.loss;
  return levels
    .filter((l) => l > bottom.loss && l <= toward.loss)
    .map((level) => {
      const t = Math.sqrt((level - bottom.loss) / rise);
      return { level, u: bottom.u + t * (toward.u - bottom.u), v: bottom.v + t * (toward.v - bottom.v) };
    });
}

/**
 * walkLabelSpots(loss, bottom, toward, levels, samples) is where the loss first reaches each level on the
 * straight segment from the bottom to the point `toward`, sampled at `samples` places and interpolated
 * between them: the rings of a landscape no formula gives (a bowl's are exact, see ringLabelSpots). Levels
 * the walk never reaches are left out.
 */
export function walkLabelSpots(
  loss: (u: number, v: number) => number, bottom: Spot, toward: Spot, levels: readonly number[], samples = 96,
): { level: number; u: number; v: number }[] {
  const at = (t: number) => ({ u: bottom.u + t * (toward.u - bottom.u), v: bottom.v + t * (toward.v - bottom.v) });
  const spots: { level: number; u: number; v: number }[] = [];
  let [t0, l0] = [0, bottom.loss];
  let next = 0;
  const sorted = [...levels].sort((a, b) => a - b).filter((l) => l > bottom.loss);
  for (let k = 1; k <= samples && next < sorted.length; k++) {
    const t1 = k / samples;
    const p = at(t1);
    const l1 = loss(p.u, p.v);
    while (next < sorted.length && l1 >= sorted[next]!) {
      const level = sorted[next]!;
      const t = l1 > l0 ? t0 + ((level - l0) / (l1 - l0)) * (t1 - t0) : t1;
      spots.push({ level, ...at(Math.max(t0, Math.min(t1, t))) });
      next++;
    }
    [t0, l0] = [t1, Math.max(l0, l1)];
  }
  return spots;
}

/**
 * apartLabels(spots, width, height, marks) keeps the labels, in order, whose boxes (width × height, centred
 * on each spot) overlap no label kept before them and none of marks (the bottom's crosses and their words,
 * see minimum-mark.ts): where the rings crowd together (a steep wall the walk crosses in a few pixels) the
 * lower labels stay readable instead of printing over each other, and the lowest ring's never covers the
 * minimum's cross.
 */
export function apartLabels<T extends { x: number; y: number }>(spots: readonly T[], width: number, height: number, marks: readonly Rect[] = []): T[] {
  const kept: T[] = [];
  const clear = (s: T) => marks.every((m) => s.x + width / 2 <= m.left || s.x - width / 2 >= m.right || s.y + height / 2 <= m.top || s.y - height / 2 >= m.bottom);
  for (const s of spots) {
    if (clear(s) && kept.every((k) => Math.abs(k.x - s.x) >= width || Math.abs(k.y - s.y) >= height)) kept.push(s);
  }
  return kept;
}

/** ringLabel(level) prints a ring's loss short: three significant figures, or 9.3 × 10⁵ past ten thousand. */
export function ringLabel(level: number): string {
  return level >= 1e4 ? scientific(level, 1) : grouped(Number(level.toPrecision(3)));
}
