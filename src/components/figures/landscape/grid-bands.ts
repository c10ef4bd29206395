import { contours } from "d3-contour";
import type { LossGrid } from "../../../engine/index.ts";
import { fixed, type Box } from "../geometry.ts";
import type { ContourBand } from "../contours.ts";
import { simplify } from "./simplify.ts";

/**
 * How far (in the figure's units, about CSS pixels) a traced ring may be straightened: a fine grid puts a
 * vertex every fraction of a pixel, and a path of a fifth as many points draws the same picture for far
 * less to parse and paint on every redraw.
 */
const STRAIGHTEN = 0.25;

/**
 * gridBands(grid, levels, box) traces each level's region (where the sampled loss is at most the level)
 * by marching squares (d3-contour), for landscapes with no closed form: valleys, ridges and all. Between
 * samples the edge is interpolated linearly, so a finer grid draws a truer ring.
 */
export function gridBands(grid: LossGrid, levels: readonly number[], box: Box): ContourBand[] {
  const { cols, rows, values } = grid;
  // d3-contour traces where values are at least a threshold; the negated loss turns that into "at most".
  const negated = Array.from(values, (v) => (Number.isFinite(v) ? -v : -Number.MAX_VALUE));
  const trace = contours().size([cols, rows]).smooth(true);
  const kx = box.width / cols;
  const ky = box.height / rows;
  const bottom = box.top + box.height;
  return levels.map((level) => {
    const shape = trace.contour(negated, -level);
    let d = "";
    for (const polygon of shape.coordinates) {
      for (const ring of polygon) {
        const drawn = simplify(ring.map(([x, y]) => [box.left + x! * kx, bottom - y! * ky]), STRAIGHTEN);
        drawn.forEach(([x, y], k) => {
          d += `${k ? "L" : "M"}${fixed(x!)},${fixed(y!)}`;
        });
        d += "Z";
      }
    }
    return { level, d };
  });
}
