import { FIELDS, TABLE, decimals, field, snapField, type NumericField } from "../../state/fields.ts";
import type { EssayState } from "../../state/essay.svelte.ts";
import { formatQuantity, grouped } from "../../format/numbers.ts";
import type { ScrubScale } from "./scrub.ts";
import { essay } from "../../state/index.ts";
import { dataEdits } from "../../state/data-edits.svelte.ts";

/**
 * The essay inputs a reader can scrub, by their `data-quantity` names: the scalars, a model parameter's
 * start as its key and 0 ("m0", "b0"), a model parameter where the descent is now by its key ("w1"), and
 * an optimiser's setting by its key ("beta").
 */
export type Settable = "m0" | "b0" | "lr" | "step" | "n" | "batch" | "seed" | (string & {});
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

/** The scalar inputs every state has: their field, keyboard unit, drag speed, and how they reach the state. */
const SCALARS = {
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
} satisfies Record<string, SettableField>;

/**
 * settable(name) is how the input a Scrubbable names is read, written, printed and scrubbed, or undefined
 * for a name that is none: a scalar, a model parameter's start ("m0": the start's m, dragged at its
 * parameter's perPixel), a model parameter now ("w1": see here), or an optimiser setting ("beta", which
 * also switches to its optimiser). The
 * field table supplies every range.
 */
export function settable(name: Settable): SettableField | undefined {
  if (Object.hasOwn(SCALARS, name)) return SCALARS[name as keyof typeof SCALARS];
  const now = TABLE.models.flatMap((m) => m.params).find((p) => p.key === name);
  if (now) return here(name, now.label, now.perPixel);
  const key = name.endsWith("0") ? name.slice(0, -1) : null;
  const param = key === null ? undefined : TABLE.models.flatMap((m) => m.params).find((p) => p.key === key);
  if (param && key !== null) {
    const range = field(key);
    return {
      field: range,
      scale: scaleOf(range, 0.1, linear(param.perPixel)),
      get: (s) => s.startValue(key),
      set: (s, v) => s.setStart(key, v),
      format: (v) => formatQuantity("m0", v),
    };
  }
  const owner = TABLE.optimizers.find((o) => o.settings.some((x) => x.key === name));
  const setting = owner?.settings.find((x) => x.key === name);
  if (!owner || !setting) return undefined;
  const range = field(name);
  return {
    field: range,
    scale: scaleOf(range, setting.quantum * 10, linear(setting.quantum)),
    get: (s) => s.params.settings[name] ?? setting.default,
    // Setting momentum's β asks for momentum: a setting of an optimiser not in use would change nothing shown.
    set: (s, v) => {
      s.setOptimizer(owner.id);
      s.setSetting(name, v);
    },
    format: (v) => String(Number(v.toFixed(decimals(setting.quantum)))),
  };
}

/**
 * here(key, label, perPixel) is a model parameter where the descent is now, as the live number of the same
 * name shows it: moving it puts the model there, with its other parameters where they are, and starts the
 * descent again from that point (step 0), as dropping the start in the loss space does. Until its model is
 * shown it reads and sets that parameter's start.
 */
function here(key: string, label: string, perPixel: number): SettableField {
  const range = { ...field(key), label: `${label} ${key}` };
  const index = (s: EssayState) => s.model.params.findIndex((p) => p.key === key);
  return {
    field: range,
    scale: scaleOf(range, 0.1, linear(perPixel)),
    get: (s) => (index(s) < 0 ? s.startValue(key) : s.current[index(s)]!),
    set: (s, v) => {
      const k = index(s);
      if (k < 0) return s.setStart(key, v);
      s.restartAt(s.current.map((p, j) => (j === k ? v : p)));
    },
    format: (v) => formatQuantity("m", v),
  };
}

/** writeSettable(state, setting, raw) snaps raw onto the field's grid and writes it, as every control does. */
export function writeSettable(state: EssayState, s: SettableField, raw: number): void {
  s.set(state, snapField(s.field, raw));
}

/** upperBound(state, name, setting) is the largest value the input can take now: the batch never exceeds n. */
export function upperBound(state: EssayState, name: Settable, s: SettableField): number {
  return name === "batch" ? Math.min(state.n, FIELDS.batch.max) : s.field.max;
}
