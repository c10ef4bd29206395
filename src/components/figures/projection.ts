import type { LossGrid, LossWindow } from "../../engine/index.ts";
import { fixed, type Box, type Point } from "./geometry.ts";
import { DEFAULTS, FIELDS } from "../../state/fields.ts";

/** Where the camera looks from: degrees around the vertical axis, and above the floor. */
export interface View {
  readonly azimuth: number;
  readonly elevation: number;
}

/** The bowl's first view: turned a little and looking down at it from above the start's side (the link's defaults). */
export const DEFAULT_VIEW: View = { azimuth: DEFAULTS.look.turn, elevation: DEFAULTS.look.tilt };

/** How far the camera may tilt: never edge-on, never straight down (the contour view does that). */
export const ELEVATION_RANGE = [FIELDS.tilt.min, FIELDS.tilt.max] as const;

/** A projected point: its place on screen and its depth (larger is nearer the reader). */
export interface Projected extends Point {
  readonly depth: number;
}

/** Maps (u, v, loss) inside a window (the slice's two parameters) onto the screen for one view. */
export type Projector = (u: number, v: number, loss: number) => Projected;

/** Height of the bowl's box relative to its half-width, so the bowl reads as a bowl from any side. */
const HEIGHT = 1.1;

/** normalizeView(view) wraps the azimuth into [−180, 180) and keeps the elevation in its range. */
export function normalizeView(v: View): View {
  const azimuth = ((((v.azimuth + 180) % 360) + 360) % 360) - 180;
  const elevation = Math.min(ELEVATION_RANGE[1], Math.max(ELEVATION_RANGE[0], v.elevation));
  return { azimuth, elevation };
}

/**
 * projector(view, window, lossTop, box) is an orthographic camera: the window's two parameters become the
 * floor [−1, 1]², loss 0…lossTop the height (higher losses are held at the top), and the whole box,
 * turned any way, stays inside the screen box at one fixed scale, so turning it never zooms.
 */
export function projector(view: View, w: LossWindow, lossTop: number, box: Box): Projector {
  const a = (view.azimuth * Math.PI) / 180;
  const e = (view.elevation * Math.PI) / 180;
  const cosA = Math.cos(a), sinA = Math.sin(a), cosE = Math.cos(e), sinE = Math.sin(e);
  // The box's bounding sphere fits the screen box whatever the view.
  const radius = Math.sqrt(2 + (HEIGHT / 2) ** 2);
  const scale = Math.min(box.width, box.height) / (2 * radius);
  const cx = box.left + box.width / 2;
  const cy = box.top + box.height / 2;
  const su = 2 / (w.u1 - w.u0);
  const sv = 2 / (w.v1 - w.v0);
  return (pu, pv, loss) => {
    const u = (pu - w.u0) * su - 1;
    const v = (pv - w.v0) * sv - 1;
    const z = (Math.min(Math.max(loss, 0), lossTop) / lossTop) * HEIGHT - HEIGHT / 2;
    const across = u * cosA - v * sinA;
    const away = u * sinA + v * cosA;
    return {
      x: cx + scale * across,
      y: cy - scale * (z * cosE + away * sinE),
      depth: z * sinE - away * cosE,
    };
  };
}

/** wireframe(grid, project) is SVG path data for the grid's rows and columns drawn over the surface. */
export function wireframe(grid: LossGrid, project: Projector): string {
  const { cols, rows, window: w, values } = grid;
  const uAt = (c: number) => w.u0 + ((c + 0.5) / cols) * (w.u1 - w.u0);
  const vAt = (r: number) => w.v0 + ((r + 0.5) / rows) * (w.v1 - w.v0);
  let d = "";
  const at = (c: number, r: number, first: boolean) => {
    const p = project(uAt(c), vAt(r), values[r * cols + c]!);
    d += `${first ? "M" : "L"}${fixed(p.x)},${fixed(p.y)}`;
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) at(c, r, c === 0);
  for (let c = 0; c < cols; c++) for (let r = 0; r < rows; r++) at(c, r, r === 0);
  return d;
}
