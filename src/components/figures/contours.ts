import { contours } from "d3-contour";
import type { LossGrid } from "../../engine/index.ts";
import type { Spot } from "./loss-scene.ts";
import { fixed, type Box } from "./geometry.ts";

/** One contour of the loss: every (m, b) whose loss is at most `level` (a ring's inside), as SVG path data. */
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

/**
 * contourBands(grid, levels, box) traces the grid's contours with d3-contour and draws them into box,
 * with m across and b upward. A grid value sits at its cell's centre, as lossGrid samples it.
 * d3-contour outlines where values are at least a threshold; tracing the negated loss outlines each
 * ring's inside instead, which is only the ring and not the window's whole frame around it.
 */
export function contourBands(grid: LossGrid, levels: readonly number[], box: Box): ContourBand[] {
  const { cols, rows } = grid;
  const sx = box.width / cols;
  const sy = box.height / rows;
  const bottom = box.top + box.height;
  const negated = Array.from(grid.values, (v) => -v);
  const generator = contours().size([cols, rows]).thresholds(levels.map((l) => -l));
  // d3 sorts thresholds ascending; negated, that is the highest loss first, so turn them back around.
  return generator(negated).reverse().map((multi) => {
    let d = "";
    for (const polygon of multi.coordinates) {
      for (const ring of polygon) {
        ring.forEach(([gx, gy], i) => {
          d += `${i ? "L" : "M"}${fixed(box.left + gx! * sx)},${fixed(bottom - gy! * sy)}`;
        });
        d += "Z";
      }
    }
    return { level: -multi.value, d };
  });
}

/**
 * ringLabelSpots(bottom, toward, levels) is where each ring crosses the straight segment from the
 * bottom of the bowl to the point `toward` (both with their losses). Along any such segment the loss
 * rises with the square of the distance, L = L* + t²·(L_toward − L*), so the ring of level ℓ sits at
 * t = √((ℓ − L*) / (L_toward − L*)) exactly; levels the segment never reaches are left out.
 * Aimed at the window's highest corner, the segment crosses every ring, and the labels line up like a scale.
 */
export function ringLabelSpots(bottom: Spot, toward: Spot, levels: readonly number[]): { level: number; m: number; b: number }[] {
  const rise = toward.loss - bottom.loss;
  return levels
    .filter((l) => l > bottom.loss && l <= toward.loss)
    .map((level) => {
      const t = Math.sqrt((level - bottom.loss) / rise);
      return { level, m: bottom.m + t * (toward.m - bottom.m), b: bottom.b + t * (toward.b - bottom.b) };
    });
}

/** ringLabel(level) prints a ring's loss short: three significant figures, or 9.3e5 past ten thousand. */
export function ringLabel(level: number): string {
  return level >= 1e4 ? level.toExponential(1).replace("e+", "e") : String(Number(level.toPrecision(3)));
}
