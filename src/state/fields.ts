import { MAX_N, MAX_SEED, MAX_STEPS, type Method } from "../engine/index.ts";

/** The reader-settable inputs of the essay: everything a link must carry to reopen a view exactly. */
export interface EssayParams {
  /** Starting slope and intercept of the descent. */
  readonly m: number;
  readonly b: number;
  /** Learning rate (step size). */
  readonly lr: number;
  /** How many descent steps have been taken. */
  readonly step: number;
  readonly method: Method;
  /** Mini-batch size k (used by the minibatch method). */
  readonly batch: number;
  /** Number of data points. */
  readonly n: number;
  /** Seed of the stochastic batch draws. */
  readonly seed: number;
  /** The reader's own points as link text (see data-codec.ts), or null for the generated data. */
  readonly data: string | null;
}

/** A numeric field's range and the quantum controls snap to. */
export interface NumericField {
  readonly min: number;
  readonly max: number;
  /** Controls move in multiples of this; links may carry any finite value in range. */
  readonly quantum: number;
  readonly integer: boolean;
  /** What the reader calls it, for notices and accessible names. */
  readonly label: string;
}

/** The article's starting state: the line y = −0.3x + 2.5, one gentle learning rate, full batch. */
export const DEFAULTS: EssayParams = {
  m: -0.3,
  b: 2.5,
  lr: 0.05,
  step: 0,
  method: "batch",
  batch: 8,
  n: 40,
  seed: 1,
  data: null,
};

/** Ranges of every numeric field; the loss-space window of the figures lies within m and b. */
export const FIELDS: Readonly<Record<Exclude<keyof EssayParams, "method" | "data">, NumericField>> = {
  m: { min: -4, max: 4, quantum: 0.01, integer: false, label: "starting slope m" },
  b: { min: -6, max: 8, quantum: 0.01, integer: false, label: "starting intercept b" },
  lr: { min: 0.001, max: 1, quantum: 0.001, integer: false, label: "learning rate" },
  step: { min: 0, max: MAX_STEPS, quantum: 1, integer: true, label: "step" },
  batch: { min: 1, max: 4096, quantum: 1, integer: true, label: "batch size" },
  n: { min: 10, max: MAX_N, quantum: 1, integer: true, label: "number of points" },
  seed: { min: 0, max: MAX_SEED, quantum: 1, integer: true, label: "random seed" },
};

/** The descent methods, in the order the essay introduces them. */
export const METHODS: readonly Method[] = ["batch", "sgd", "minibatch"];

/** clampField(field, value) is value moved into the field's range, and made whole where it must be. */
export function clampField(field: NumericField, value: number): number {
  const v = field.integer ? Math.round(value) : value;
  // + 0 turns −0 into 0, so "-0" and "0" are one state and one link.
  return Math.min(field.max, Math.max(field.min, v)) + 0;
}

/** snapField(field, value) is value on the field's quantum grid, clamped; what controls write. */
export function snapField(field: NumericField, value: number): number {
  const q = field.quantum;
  // Round through a decimal string so 0.1 + 0.2 style drift never reaches a link.
  const snapped = Number((Math.round(value / q) * q).toFixed(decimals(q)));
  return clampField(field, snapped);
}

/** decimals(q) is how many decimals a quantum like 0.001 needs. */
export function decimals(q: number): number {
  return q >= 1 ? 0 : Math.ceil(-Math.log10(q) - 1e-9);
}
