import { FIELDS, snapField, type NumericField } from "../../state/fields.ts";
import type { EssayState } from "../../state/essay.svelte.ts";
import { formatQuantity, grouped } from "../../format/numbers.ts";
import type { ScrubScale } from "./scrub.ts";
import { essay } from "../../state/index.ts";
import { dataEdits } from "../../state/data-edits.svelte.ts";

/** The essay inputs a reader can scrub, by their `data-quantity` names. */
export type Settable = "m0" | "b0" | "lr" | "step" | "n" | "batch" | "seed";

/** How one essay input is read, written, printed and scrubbed. */
export interface SettableField {
  readonly field: NumericField;
  readonly scale: ScrubScale;
  get(state: EssayState): number;
  set(state: EssayState, value: number): void;
  format(value: number): string;
}

function scaleOf(field: NumericField, unit: number, drag: ScrubScale["drag"]): ScrubScale {
  return { min: field.min, max: field.max, quantum: field.quantum, unit, drag, integer: field.integer };
}

// Drag speeds are set so a comfortable sweep (~200 px) crosses the interesting part of each range.
const linear = (perPixel: number) => ({ kind: "linear", perPixel }) as const;

/** Every scrubbable essay input: its field, keyboard unit, drag speed, and how it reaches the state. */
export const SETTABLE: Readonly<Record<Settable, SettableField>> = {
  m0: {
    field: FIELDS.m,
    scale: scaleOf(FIELDS.m, 0.1, linear(0.01)),
    get: (s) => s.m0,
    set: (s, v) => { s.m0 = v; },
    format: (v) => formatQuantity("m0", v),
  },
  b0: {
    field: FIELDS.b,
    scale: scaleOf(FIELDS.b, 0.1, linear(0.02)),
    get: (s) => s.b0,
    set: (s, v) => { s.b0 = v; },
    format: (v) => formatQuantity("b0", v),
  },
  lr: {
    field: FIELDS.lr,
    scale: scaleOf(FIELDS.lr, 0.001, linear(0.001)),
    get: (s) => s.lr,
    set: (s, v) => { s.lr = v; },
    format: (v) => formatQuantity("lr", v),
  },
  step: {
    field: FIELDS.step,
    scale: scaleOf(FIELDS.step, 1, linear(0.2)),
    get: (s) => s.step,
    set: (s, v) => { s.step = v; },
    format: (v) => formatQuantity("step", v),
  },
  n: {
    field: FIELDS.n,
    scale: scaleOf(FIELDS.n, 10, { kind: "log", decadesPerPixel: 0.02 }),
    // The count shown is the points shown: the reader's own, when they are; asking for a number of points
    // then goes back to the generated ones, a step the data panel's undo can take back.
    get: (s) => (s.custom ? s.size : s.n),
    set: (s, v) => {
      if (s.custom && s === essay) dataEdits.apply(null);
      s.n = v;
    },
    format: (v) => formatQuantity("n", v),
  },
  batch: {
    field: FIELDS.batch,
    scale: scaleOf(FIELDS.batch, 1, { kind: "log", decadesPerPixel: 0.015 }),
    get: (s) => s.batch,
    set: (s, v) => { s.batch = v; },
    format: (v) => formatQuantity("batch", v),
  },
  seed: {
    field: FIELDS.seed,
    scale: scaleOf(FIELDS.seed, 1, linear(0.2)),
    get: (s) => s.seed,
    set: (s, v) => { s.seed = v; },
    format: (v) => grouped(Math.round(v)),
  },
};

/** writeSettable(state, name, raw) snaps raw onto the field's grid and writes it, as every control does. */
export function writeSettable(state: EssayState, name: Settable, raw: number): void {
  const s = SETTABLE[name];
  s.set(state, snapField(s.field, raw));
}

/** upperBound(state, name) is the largest value the input can take now: the batch never exceeds n. */
export function upperBound(state: EssayState, name: Settable): number {
  return name === "batch" ? Math.min(state.n, FIELDS.batch.max) : SETTABLE[name].field.max;
}
