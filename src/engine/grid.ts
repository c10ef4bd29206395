import type { SufficientStats } from "./stats.ts";
import { lossFromStats } from "./loss.ts";
import { check, checkInteger } from "./validate.ts";

/** A rectangle of the loss space: slopes [m0, m1] by intercepts [b0, b1]. */
export interface LossWindow {
  readonly m0: number;
  readonly m1: number;
  readonly b0: number;
  readonly b1: number;
}

/** Loss values sampled on a cols × rows lattice, row-major with row 0 at b0. */
export interface LossGrid {
  readonly cols: number;
  readonly rows: number;
  readonly window: LossWindow;
  readonly values: Float64Array;
  readonly min: number;
  readonly max: number;
}

/**
 * lossGrid(stats, window, cols, rows) samples L(m, b) at cell centres across the window.
 * Each sample is O(1) from the statistics, so 256 × 256 costs the same at 40 or 500,000 points.
 */
export function lossGrid(s: SufficientStats, window: LossWindow, cols: number, rows: number): LossGrid {
  checkInteger(cols, 2, 4096, "lossGrid", "cols");
  checkInteger(rows, 2, 4096, "lossGrid", "rows");
  const { m0, m1, b0, b1 } = window;
  check([m0, m1, b0, b1].every(Number.isFinite) && m1 > m0 && b1 > b0, "lossGrid", "window", "needs finite m0 < m1 and b0 < b1", JSON.stringify(window));
  const values = new Float64Array(cols * rows);
  let min = Infinity, max = -Infinity;
  for (let r = 0; r < rows; r++) {
    const b = b0 + ((r + 0.5) / rows) * (b1 - b0);
    for (let c = 0; c < cols; c++) {
      const m = m0 + ((c + 0.5) / cols) * (m1 - m0);
      const v = lossFromStats(s, { m, b });
      values[r * cols + c] = v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return { cols, rows, window, values, min, max };
}
