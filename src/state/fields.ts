import {
  MAX_N, MAX_SEED, MAX_STEPS, MODELS, OPTIMIZERS, SCALINGS,
  type Method, type Model, type Optimizer, type Scaling, type Settings, type Theta,
} from "../engine/index.ts";

/**
 * The reader-settable inputs of the essay: everything a link must carry to reopen a view exactly. Every
 * model keeps its own start and every optimiser its own settings, so switching back finds them again;
 * a link carries only the current model's and optimiser's.
 */
export interface EssayParams {
  /** The model fitted (`line` by default). */
  readonly model: string;
  /** Every model's start, by parameter key (the line's `m` and `b`). */
  readonly start: Readonly<Record<string, number>>;
  /** Learning rate (step size). */
  readonly lr: number;
  /** The optimiser (`gd`, plain gradient descent, by default). */
  readonly opt: string;
  /** Every optimiser's settings, by key (momentum's `beta`). */
  readonly settings: Readonly<Record<string, number>>;
  /** How many descent steps have been taken. */
  readonly step: number;
  readonly method: Method;
  /** Mini-batch size k (used by the minibatch method). */
  readonly batch: number;
  /** Number of generated data points. */
  readonly n: number;
  /** Seed of the stochastic batch draws. */
  readonly seed: number;
  /** How x is rescaled before the fit (`none` by default, `center`, `standardize`), for a model that can rescale. */
  readonly scale: Scaling;
  /** The reader's own points as link text (see data-codec.ts), or null for the generated data. */
  readonly data: string | null;
  /**
   * The two parameters the loss space shows, across and up, as their keys joined ("w1-c"), for a model with
   * more than two; the others are held at their current values. Only a view: the descent does not change.
   */
  readonly axes: string;
  /** How the figures show the descent: only a view, the descent is the same. */
  readonly look: Look;
}

/** How the figures show the descent, by the link's keys. */
export interface Look {
  /** How the loss space is drawn: contour, top-down (the default), or bowl, in 3D. */
  readonly view: LossView;
  /** The bowl's turn about the vertical, in whole degrees (−180 to 180). */
  readonly turn: number;
  /** How far down the bowl is seen from, in whole degrees above the floor. */
  readonly tilt: number;
  /** The data space draws each residual's square, not only its length. */
  readonly sq: boolean;
  /** The loss space draws every data point as its line of exact fits, not only the next batch's. */
  readonly lines: boolean;
  /** What the comparison's loss curves run along: steps (the default) or points seen. */
  readonly per: CurvesAlong;
}

/** How the loss space is drawn. */
export type LossView = "contour" | "bowl";
/** What the comparison's loss curves run along: each step, or the points seen so far. */
export type CurvesAlong = "step" | "seen";

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

/** What a field holds, and how to read and replace it: a number in a range, one of a few names, or the reader's points as text. */
export type FieldKind =
  | {
      readonly kind: "number";
      readonly range: NumericField;
      readonly default: number;
      readonly read: (p: EssayParams) => number;
      /** write(p, value) is p with this field replaced (the value must already be valid). */
      readonly write: (p: EssayParams, value: number) => EssayParams;
    }
  | {
      readonly kind: "choice";
      readonly choices: readonly string[];
      readonly default: string;
      readonly read: (p: EssayParams) => string;
      readonly write: (p: EssayParams, value: string) => EssayParams;
    }
  | {
      readonly kind: "data";
      readonly read: (p: EssayParams) => string | null;
      readonly write: (p: EssayParams, value: string | null) => EssayParams;
    };

/**
 * One input of the essay, as the link, the state and the figures see it: its key in the link, how to
 * read and replace it in EssayParams, when it applies, and what changing it changes.
 */
export type Field = FieldKind & {
  /** Its name in a link. */
  readonly key: string;
  /** What the reader calls it ("starting slope m"). */
  readonly label: string;
  /** True when the field applies to this state (a model's start only while it is the model); else not linked. */
  readonly applies: (p: EssayParams) => boolean;
  /**
   * What changing it changes: the descent's path ("path"), the data ("data"), only how far along it is
   * ("step"), or only how the figures show it ("view").
   */
  readonly changes: "path" | "data" | "step" | "view";
};

/** The descent methods, in the order the essay introduces them. */
export const METHODS: readonly Method[] = ["batch", "sgd", "minibatch"];

/** The scalar numeric fields every state has, whatever the model and optimiser. */
const SCALARS = {
  lr: { min: 0.001, max: 1, quantum: 0.001, integer: false, label: "learning rate" },
  step: { min: 0, max: MAX_STEPS, quantum: 1, integer: true, label: "step" },
  batch: { min: 1, max: 4096, quantum: 1, integer: true, label: "batch size" },
  n: { min: 10, max: MAX_N, quantum: 1, integer: true, label: "number of points" },
  seed: { min: 0, max: MAX_SEED, quantum: 1, integer: true, label: "random seed" },
  turn: { min: -180, max: 180, quantum: 1, integer: true, label: "bowl's turn" },
  tilt: { min: 8, max: 85, quantum: 1, integer: true, label: "bowl's tilt" },
} as const satisfies Record<string, NumericField>;

/** The one table of the essay's inputs, in the order a canonical link lists them, and what it is made from. */
export interface FieldTable {
  readonly models: readonly Model[];
  readonly optimizers: readonly Optimizer[];
  readonly fields: readonly Field[];
  /** Every numeric field's range by key: the scalars, every model's parameters, every optimiser's settings. */
  readonly numeric: Readonly<Record<string, NumericField>>;
  /** The article's state: the first model at its start, plain descent, full batch. */
  readonly defaults: EssayParams;
}

/**
 * fieldTable(models, optimizers) is the table of every input for these models and optimisers: the link's
 * keys, their ranges and defaults, and which of them change the descent. Adding a model to the registry
 * adds its parameters here, and so to the link, the controls' ranges and the state, with nothing else.
 */
export function fieldTable(models: readonly Model[], optimizers: readonly Optimizer[]): FieldTable {
  const first = models[0]!;
  const defaults: EssayParams = {
    model: first.id,
    start: Object.fromEntries(models.flatMap((m) => m.params.map((p) => [p.key, p.start]))),
    lr: 0.05,
    opt: optimizers[0]!.id,
    settings: Object.fromEntries(optimizers.flatMap((o) => o.settings.map((s) => [s.key, s.default]))),
    step: 0,
    method: "batch",
    batch: 8,
    n: first.data.n,
    seed: 1,
    scale: SCALINGS[0]!,
    data: null,
    axes: planes(models)[0] ?? "",
    look: { view: "contour", turn: -30, tilt: 32, sq: false, lines: false, per: "step" },
  };
  const always = () => true;
  const scalar = (key: "lr" | "step" | "batch" | "n" | "seed", changes: Field["changes"]): Field => ({
    kind: "number", key, label: SCALARS[key].label, range: SCALARS[key], default: defaults[key], applies: always, changes,
    read: (p) => p[key], write: (p, v: number) => ({ ...p, [key]: v }),
  });
  const choice = (key: "model" | "opt" | "method" | "axes" | "scale", label: string, choices: readonly string[], changes: Field["changes"], applies: (p: EssayParams) => boolean = always): Field => ({
    kind: "choice", key, label, choices, default: defaults[key], applies, changes,
    read: (p) => p[key], write: (p, v: string) => ({ ...p, [key]: v }),
  });
  // Only a model with more than two parameters has a choice of planes to show.
  const sliced = (p: EssayParams) => (models.find((m) => m.id === p.model)?.params.length ?? 0) > 2;
  const canRescale = (p: EssayParams) => models.find((m) => m.id === p.model)?.rescaled !== undefined;
  const bowl = (p: EssayParams) => p.look.view === "bowl";
  // Only a model whose points are lines in the loss space has every point's line to show.
  const drawsLines = (p: EssayParams) => models.find((m) => m.id === p.model)?.pointConstraint !== undefined;
  /** One setting of the look: a name among choices, or a switch ("1" when on, left out when off). */
  const linked = (v: string | boolean) => (v === true ? "1" : v === false ? "0" : v);
  const look = (key: "view" | "sq" | "lines" | "per", label: string, choices: readonly string[] = ["0", "1"], applies: (p: EssayParams) => boolean = always): Field => ({
    kind: "choice", key, label, choices, default: linked(defaults.look[key]), applies, changes: "view",
    read: (p) => linked(p.look[key]),
    write: (p, v: string) => ({ ...p, look: { ...p.look, [key]: choices[0] === "0" ? v === "1" : v } }),
  });
  /** The bowl's angle, in the link only while the bowl is shown. */
  const angle = (key: "turn" | "tilt"): Field => ({
    kind: "number", key, label: SCALARS[key].label, range: SCALARS[key], default: defaults.look[key], applies: bowl, changes: "view",
    read: (p) => p.look[key], write: (p, v: number) => ({ ...p, look: { ...p.look, [key]: v } }),
  });
  const starts: Field[] = models.flatMap((m) =>
    m.params.map((spec): Field => {
      const range = { min: spec.min, max: spec.max, quantum: spec.quantum, integer: false, label: `starting ${spec.label} ${spec.key}` };
      return {
        kind: "number", key: spec.key, label: range.label, range, default: spec.start, changes: "path",
        applies: (p) => p.model === m.id,
        read: (p) => p.start[spec.key] ?? spec.start,
        write: (p, v: number) => ({ ...p, start: { ...p.start, [spec.key]: v } }),
      };
    }),
  );
  const settings: Field[] = optimizers.flatMap((o) =>
    o.settings.map((spec): Field => {
      const range = { min: spec.min, max: spec.max, quantum: spec.quantum, integer: false, label: spec.label };
      return {
        kind: "number", key: spec.key, label: spec.label, range, default: spec.default, changes: "path",
        applies: (p) => p.opt === o.id,
        read: (p) => p.settings[spec.key] ?? spec.default,
        write: (p, v: number) => ({ ...p, settings: { ...p.settings, [spec.key]: v } }),
      };
    }),
  );
  const fields: Field[] = [
    choice("model", "model", models.map((m) => m.id), "data"),
    ...starts,
    scalar("lr", "path"),
    choice("opt", "optimiser", optimizers.map((o) => o.id), "path"),
    ...settings,
    scalar("step", "step"),
    choice("method", "method", METHODS, "path"),
    scalar("batch", "path"),
    scalar("n", "data"),
    scalar("seed", "path"),
    ...(defaults.axes ? [choice("axes", "pair of axes the loss space shows", planes(models), "view", sliced)] : []),
    choice("scale", "scaling of x", SCALINGS, "data", canRescale),
    look("view", "view of the loss space", ["contour", "bowl"]),
    angle("turn"),
    angle("tilt"),
    look("sq", "squared residuals switch"),
    look("lines", "every point as a line switch", undefined, drawsLines),
    look("per", "loss curves' axis", ["step", "seen"]),
    {
      kind: "data", key: "data", label: "data", applies: always, changes: "data",
      read: (p) => p.data, write: (p, v: string | null) => ({ ...p, data: v }),
    },
  ];
  const numeric: Record<string, NumericField> = {};
  for (const f of fields) if (f.kind === "number") numeric[f.key] = f.range;
  return { models, optimizers, fields, numeric, defaults };
}

/**
 * withLook(target, from) is target with the look of from: the loss space's view, the bowl's angle and the
 * switches of LOOK_KEYS. A chapter's scene or a jump link sets the descent and leaves the reader's view be.
 */
export function withLook(target: EssayParams, from: EssayParams): EssayParams {
  return { ...target, look: from.look };
}

/**
 * cleanLook(look, was) is look with every setting made valid: a name not among its choices, a non-boolean
 * switch or a non-finite angle keeps was's; the turn is wrapped into −180…180 and the angles made whole and clamped.
 */
export function cleanLook(look: Look, was: Look): Look {
  const ok = <T>(v: T, choices: readonly T[], old: T) => (choices.includes(v) ? v : old);
  const degrees = (v: number, old: number, key: "turn" | "tilt", wrap: number) =>
    Number.isFinite(v) ? clampField(SCALARS[key], Math.round(v) - wrap * Math.floor((Math.round(v) + 180) / 360)) : old;
  return {
    view: ok(look.view, ["contour", "bowl"], was.view),
    turn: degrees(look.turn, was.turn, "turn", 360),
    tilt: degrees(look.tilt, was.tilt, "tilt", 0),
    sq: ok(look.sq, [true, false], was.sq),
    lines: ok(look.lines, [true, false], was.lines),
    per: ok(look.per, ["step", "seen"], was.per),
  };
}

/** planes(models) is every pair of parameters ("w1-c") that the loss space of a model with more than two can show. */
export function planes(models: readonly Model[]): string[] {
  return models.flatMap((m) => (m.params.length > 2 ? m.params.flatMap((a, i) => m.params.slice(i + 1).map((b) => `${a.key}-${b.key}`)) : []));
}

/**
 * planeOf(model, axes) is the indices [across, up] of the parameters the loss space shows: the pair `axes`
 * names when it names two of the model's, else its first two.
 */
export function planeOf(model: Model, axes: string): readonly [number, number] {
  const pair = axes.split("-").map((key) => model.params.findIndex((p) => p.key === key));
  const [a = -1, b = -1] = pair;
  return pair.length === 2 && a >= 0 && b >= 0 && a !== b ? [a, b] : [0, 1];
}

/** The essay's table: the registered models and optimisers. */
export const TABLE: FieldTable = fieldTable(MODELS, OPTIMIZERS);

/** The article's starting state: the line y = −0.3x + 2.5, one gentle learning rate, full batch. */
export const DEFAULTS: EssayParams = TABLE.defaults;

/** Every numeric field's range by key (lr, step, batch, n, seed, each model's start, each optimiser's settings). */
export const FIELDS: Readonly<Record<keyof typeof SCALARS, NumericField>> & Readonly<Record<string, NumericField | undefined>> = TABLE.numeric as never;

/**
 * inputsOf(params, changes) is the values of every field whose change is one of `changes` ("path": what
 * makes a different descent), in the table's order: the one list a figure that follows the descent reads.
 */
export function inputsOf(p: EssayParams, changes: readonly Field["changes"][], table: FieldTable = TABLE): (number | string | null)[] {
  return table.fields.filter((f) => changes.includes(f.changes)).map((f) => f.read(p));
}

/** field(key) is the range of a numeric field, for a key the code names (it throws on any other). */
export function field(key: string): NumericField {
  const f = FIELDS[key];
  if (!f) throw new RangeError(`field: invalid key; not a numeric field: ${key}`);
  return f;
}

/** startOf(starts, model) is the model's start among every model's (EssayParams.start), as the vector its parameters make. */
export function startOf(starts: EssayParams["start"], model: Model): Theta {
  return model.params.map((spec) => starts[spec.key] ?? spec.start);
}

/** settingsOf(settings, optimizer) is the optimiser's settings among every optimiser's, each at its default where missing. */
export function settingsOf(settings: EssayParams["settings"], optimizer: Optimizer): Settings {
  return Object.fromEntries(optimizer.settings.map((s) => [s.key, settings[s.key] ?? s.default]));
}

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
