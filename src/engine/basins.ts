import type { LossWindow, Model, Theta, Valley } from "./models/types.ts";
import type { Optimizer, Settings } from "./optimizers/types.ts";
import { EXPLODE_FACTOR, MAX_STEPS } from "./descent.ts";
import { thetaAt, type Slice } from "./grid.ts";
import { check, checkInteger } from "./validate.ts";

/** Where a descent may be sent: the full-data loss and gradient (an Objective, or a model's Surrogate). */
export interface Field {
  loss(theta: Theta): number;
  gradient(theta: Theta): readonly number[];
}

/** How every descent of a basins map runs: the reader's learning rate and optimiser, full batch, and the valleys to end in. */
export interface BasinRule {
  readonly model: Model;
  readonly learningRate: number;
  readonly optimizer: Optimizer;
  readonly settings: Settings;
  /** The valleys an end is matched to, lowest first (at most 250). */
  readonly valleys: readonly Valley[];
  /** Steps before a descent that has not come to rest is judged where it is (the essay's own limit unless told). */
  readonly maxSteps?: number;
}

/** A start's code in a basins map when its descent reaches no valley within the steps allowed (still moving, on a saddle, or beyond the listed valleys). */
export const NO_VALLEY = 254;
/** A start's code when its descent diverges. */
export const DIVERGED = 255;

/** Where one descent ends: the valley's index (or NO_VALLEY, DIVERGED), after how many steps, where, and at what loss. */
export interface Ending {
  readonly code: number;
  readonly steps: number;
  readonly theta: Theta;
  readonly loss: number;
}

/** Within this distance of a valley's bottom (in units of each parameter's first span) a descent may come to rest there. */
const REST = 0.005;
/** …moving less than this a step, for REST_STEPS steps running, none longer than the first of them. */
const STILL = 1e-4;
const REST_STEPS = 4;
/** A descent still moving after the last step counts for the nearest valley within this distance, else for none. */
const NEAR = 0.02;
/** The loss is checked for a blow-up every this many steps (each check is a pass over the data). */
const LOSS_EVERY = 16;

/**
 * settle(field, start, rule) runs full-batch descent from start with the rule's optimiser until it comes to
 * rest at the bottom of a valley (near it and barely moving, the steps not growing), diverges (its
 * parameters leave finite numbers or its loss grows a million-fold, as descend judges), or uses up its
 * steps; then it names the valley, matched by the model's canonical form (so a mirror image counts as its
 * valley). Nothing is recorded but the end: a basins map runs this once for every cell.
 */
export function settle(field: Field, start: Theta, rule: BasinRule): Ending {
  const { model, learningRate: lr, optimizer, settings, valleys } = rule;
  const maxSteps = rule.maxSteps ?? MAX_STEPS;
  const scales = model.params.map((p) => p.spans[0]![1] - p.spans[0]![0]);
  const d = scales.length;
  const loss0 = field.loss(start);
  if (!Number.isFinite(loss0)) return { code: DIVERGED, steps: 0, theta: start, loss: loss0 };
  const limit = EXPLODE_FACTOR * Math.max(loss0, 1);
  let theta = start;
  let state = optimizer.init(d);
  let still = 0;
  let firstStill = Infinity;
  for (let t = 1; t <= maxSteps; t++) {
    const next = optimizer.step(theta, field.gradient(theta), state, lr, settings);
    let move = 0;
    for (let k = 0; k < d; k++) move = Math.max(move, Math.abs(next.theta[k]! - theta[k]!) / scales[k]!);
    // A step that leaves finite numbers is not taken: the ending is quoted where the numbers last held.
    if (!Number.isFinite(move)) return { code: DIVERGED, steps: t - 1, theta, loss: field.loss(theta) };
    theta = next.theta;
    state = next.state;
    if (t % LOSS_EVERY === 0 && !(field.loss(theta) <= limit)) return { code: DIVERGED, steps: t, theta, loss: field.loss(theta) };
    if (move >= STILL) {
      still = 0;
      continue;
    }
    if (still === 0) firstStill = move;
    still = move <= firstStill ? still + 1 : 0;
    if (still < REST_STEPS) continue;
    const at = nearest(model, valleys, scales, theta);
    if (at.distance <= REST) return { code: at.index, steps: t, theta, loss: field.loss(theta) };
  }
  const loss = field.loss(theta);
  if (!(loss <= limit)) return { code: DIVERGED, steps: maxSteps, theta, loss };
  const at = nearest(model, valleys, scales, theta);
  return { code: at.distance <= NEAR ? at.index : NO_VALLEY, steps: maxSteps, theta, loss };
}

/** nearest(model, valleys, scales, θ) is the valley whose bottom is nearest θ's canonical form, and how far (in span units). */
function nearest(model: Model, valleys: readonly Valley[], scales: readonly number[], theta: Theta): { index: number; distance: number } {
  const here = model.canonical ? model.canonical(theta) : theta;
  let index = NO_VALLEY, distance = Infinity;
  valleys.forEach((v, k) => {
    let far = 0;
    for (let j = 0; j < scales.length; j++) far = Math.max(far, Math.abs(here[j]! - v.theta[j]!) / scales[j]!);
    if (far < distance) {
      distance = far;
      index = k;
    }
  });
  return { index, distance };
}

/** A basins map: for each cell of a cols × rows lattice over a slice's window (row 0 at v0), the code of the valley its start drains to. */
export interface BasinMap {
  readonly cols: number;
  readonly rows: number;
  readonly window: LossWindow;
  readonly codes: Uint8Array;
}

/**
 * fillBasinRows(field, rule, slice, window, cols, rows, codes, from, to) writes rows [from, to) of a basins
 * map: each cell's code is where settle() takes a descent that starts at the cell's centre. Pure, so a
 * worker can run it a few rows at a time and the build can run it whole.
 */
export function fillBasinRows(
  field: Field, rule: BasinRule, slice: Slice, window: LossWindow, cols: number, rows: number, codes: Uint8Array, from: number, to: number,
): void {
  check(rule.valleys.length <= 250, "fillBasinRows", "valleys", "more than 250", rule.valleys.length);
  checkInteger(cols, 1, 4096, "fillBasinRows", "cols");
  checkInteger(rows, 1, 4096, "fillBasinRows", "rows");
  const { u0, u1, v0, v1 } = window;
  for (let r = from; r < to; r++) {
    const v = v0 + ((r + 0.5) / rows) * (v1 - v0);
    for (let c = 0; c < cols; c++) {
      const u = u0 + ((c + 0.5) / cols) * (u1 - u0);
      codes[r * cols + c] = settle(field, thetaAt(slice, u, v), rule).code;
    }
  }
}

/** basinMap(field, rule, slice, window, cols, rows) is a whole basins map at once (see fillBasinRows). */
export function basinMap(field: Field, rule: BasinRule, slice: Slice, window: LossWindow, cols: number, rows: number): BasinMap {
  const codes = new Uint8Array(cols * rows);
  fillBasinRows(field, rule, slice, window, cols, rows, codes, 0, rows);
  return { cols, rows, window, codes };
}
