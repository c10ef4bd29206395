import { DIVERGED, NO_VALLEY, type BasinMap } from "../../../engine/index.ts";
import { fixed, type Box } from "../geometry.ts";

/** One colour of a basins map: every cell of one code, as SVG path data. */
export interface BasinShape {
  readonly code: number;
  readonly d: string;
}

/** How far, in viewBox units, each cell's rectangle reaches into its neighbours, so no hairline of the ground shows between them. */
const OVERLAP = 0.4;

/**
 * basinShapes(map, rows, box) draws the first `rows` rows of a map into box (row 0 along the bottom): for
 * each code, one path of rectangles, a rectangle for each run of that code along a row. A few hundred runs
 * for a map of smooth basins (each reaching a hair into the next, clipped to the box by the figure); one path per colour, so the picture is a handful of elements, and it renders
 * the same on the server (no canvas) as in the browser.
 */
export function basinShapes(map: BasinMap, rows: number, box: Box): BasinShape[] {
  const { cols, codes } = map;
  const kx = box.width / cols;
  const ky = box.height / map.rows;
  const paths = new Map<number, string>();
  for (let r = 0; r < Math.min(rows, map.rows); r++) {
    const top = fixed(box.top + box.height - (r + 1) * ky);
    const height = fixed(ky + OVERLAP);
    let c = 0;
    while (c < cols) {
      const code = codes[r * cols + c]!;
      let end = c + 1;
      while (end < cols && codes[r * cols + end] === code) end++;
      const x0 = box.left + c * kx;
      const width = box.left + end * kx - x0 + OVERLAP;
      paths.set(code, `${paths.get(code) ?? ""}M${fixed(x0)},${top}h${fixed(width)}v${height}h${fixed(-width)}z`);
      c = end;
    }
  }
  return [...paths].sort((a, b) => a[0] - b[0]).map(([code, d]) => ({ code, d }));
}

/** shares(map, rows) is the fraction of the first `rows` rows' cells that each code takes. */
export function shares(map: BasinMap, rows: number = map.rows): Map<number, number> {
  // A count for each of the 256 codes a byte holds: the map is counted as the figure hydrates, before the
  // engine has compiled anything, and a Map's get and set per cell cost some 15 ms there, at full speed.
  const counts = new Uint32Array(256);
  const { codes } = map;
  const cells = Math.min(rows, map.rows) * map.cols;
  for (let k = 0; k < cells; k++) counts[codes[k]!]!++;
  const out = new Map<number, number>();
  counts.forEach((count, code) => {
    if (count > 0) out.set(code, count / cells);
  });
  return out;
}

/** codeAt(map, u, v) is the code of the cell holding (u, v) of the map's window, or null outside it. */
export function codeAt(map: BasinMap, u: number, v: number): number | null {
  const { u0, u1, v0, v1 } = map.window;
  const c = Math.floor(((u - u0) / (u1 - u0)) * map.cols);
  const r = Math.floor(((v - v0) / (v1 - v0)) * map.rows);
  return c >= 0 && c < map.cols && r >= 0 && r < map.rows ? map.codes[r * map.cols + c]! : null;
}

/** The colours a map cycles through for its valleys, by index (CSS custom properties the figure defines). */
export const VALLEY_COLOURS = 8;

/** colourOf(code) is the CSS colour of a code: a valley's, or the grey of no valley, or the dark of divergence. */
export function colourOf(code: number): string {
  if (code === NO_VALLEY) return "var(--basin-none)";
  if (code === DIVERGED) return "var(--basin-diverged)";
  return `var(--basin-${code % VALLEY_COLOURS})`;
}
