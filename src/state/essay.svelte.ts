import {
  IDENTITY, SCALINGS, descend, effectiveBatch, inverse, isIdentity, objective, scaleData, scaleStats, seededRandom, stepsDown, summarize, xTransform,
  type Dataset, type Model, type Objective, type Optimizer, type Scaling, type Settings, type SufficientStats, type Theta, type Trajectory,
  type XTransform,
} from "../engine/index.ts";
import { DEFAULTS, TABLE, clampField, cleanLook, planeOf, settingsOf, startOf, type EssayParams, type Look } from "./fields.ts";
import { DataSource } from "./data-source.svelte.ts";
import { dataCodec } from "./data-codec-on-demand.ts";

/** What setData did with the reader's points. */
export interface DataChange {
  /** True when a link can carry the points (at most 200, rounded to 0.001). */
  readonly linkable: boolean;
  /** True when rounding to 0.001 for the link moved some value. */
  readonly rounded: boolean;
  /** Why the points cannot travel in a link, when they cannot. */
  readonly why: string | null;
}

/** Steps computed ahead of the current one, so scrubbing the step within them costs nothing. */
const LOOKAHEAD = 60;

/**
 * The one shared state of the essay. Every island imports the same instance (`essay`), so a change
 * made in one shows in all of them in the same frame.
 *
 * Inputs (the model and its start, `lr`, the optimiser and its settings, `method`, `batch`, `n`, `seed`,
 * `step`, the scaling of x, the data, and how the figures show them: the loss space's view and the bowl's
 * angle, the squares, every point's line, the curves' axis) are WRITTEN by controls (sliders, scrubbable numbers, figure drags, the step player)
 * and by the URL sync on load; their setters clamp to the field table's ranges and ignore non-finite
 * values, keeping the previous one. Everything else is DERIVED and only READ (by charts, live numbers
 * and the URL sync). Nothing writes it during the server render: islands render the defaults there.
 */
export class EssayState {
  #model = $state(DEFAULTS.model);
  #start = $state.raw<Readonly<Record<string, number>>>(DEFAULTS.start);
  #lr = $state(DEFAULTS.lr);
  #opt = $state(DEFAULTS.opt);
  #settings = $state.raw<Readonly<Record<string, number>>>(DEFAULTS.settings);
  #method = $state<EssayParams["method"]>(DEFAULTS.method);
  #batch = $state(DEFAULTS.batch);
  #n = $state(DEFAULTS.n);
  #seed = $state(DEFAULTS.seed);
  #step = $state(DEFAULTS.step);
  #axes = $state(DEFAULTS.axes);
  #scale = $state<Scaling>(DEFAULTS.scale);
  #look = $state.raw<Look>(DEFAULTS.look);
  /** The change of x held still while a point is dragged (see holdScaling), or null. */
  #held = $state.raw<XTransform | null>(null);
  /** Each model's data, kept (with the reader's edits) while another model is shown. */
  readonly #sources: ReadonlyMap<string, DataSource> = new Map(
    TABLE.models.map((m) => [m.id, new DataSource(m.id === DEFAULTS.model ? DEFAULTS.n : m.data.n, m.data)]),
  );
  /** Written by the URL sync (and later by input boundaries); read by the notice banner. */
  notices = $state<readonly string[]>([]);

  /** The model fitted. */
  readonly model: Model = $derived(TABLE.models.find((m) => m.id === this.#model)!);
  /** The optimiser that makes each step. */
  readonly optimizer: Optimizer = $derived(TABLE.optimizers.find((o) => o.id === this.#opt)!);

  /** Switches to a registered model (anything else is ignored); its start, data and n come with it. */
  setModel(id: string): void {
    const model = TABLE.models.find((m) => m.id === id);
    if (!model) return;
    this.#model = id;
    this.n = this.#n;
  }
  /** Switches to a registered optimiser (anything else is ignored). */
  setOptimizer(id: string): void {
    if (TABLE.optimizers.some((o) => o.id === id)) this.#opt = id;
  }

  /**
   * The current model's start as the descent takes it: a parameter vector in the units it fits in (the
   * link's start, in the data's own units, turned into the same model for rescaled x).
   */
  readonly start: Theta = $derived(this.toFitUnits(startOf(this.#start, this.model)));
  /** startValue(key) is the start of one parameter of any model, by its key ("m"), in the data's own units as a link carries it. */
  startValue(key: string): number {
    return this.#start[key] ?? NaN;
  }
  /** Sets the start of one parameter by key, clamped to its range; unknown keys and non-finite values are ignored. */
  setStart(key: string, value: number): void {
    this.#setStarts({ [key]: value });
  }
  /**
   * Sets several starts at once, each as setStart would: one write for them all, since every write makes
   * Svelte mark all that follows the start (a model switch sets every model's start).
   */
  #setStarts(values: Readonly<Record<string, number>>): void {
    const next = changed(this.#start, values);
    if (next !== this.#start) this.#start = next;
  }
  /**
   * Sets the current model's whole start, in the data's own units (a figure drag converts its θ with
   * toOwnUnits first), and rewinds to step 0.
   */
  restartAt(theta: Theta): void {
    if (theta.length !== this.model.params.length || !theta.every(Number.isFinite)) return;
    const next = { ...this.#start };
    this.model.params.forEach((p, k) => (next[p.key] = clampField(TABLE.numeric[p.key]!, theta[k]!)));
    this.#start = next;
    this.step = 0;
  }

  /** The line's starting slope m0 (its start's "m"). */
  get m0() { return this.startValue("m"); }
  set m0(v: number) { this.setStart("m", v); }
  /** The line's starting intercept b0 (its start's "b"). */
  get b0() { return this.startValue("b"); }
  set b0(v: number) { this.setStart("b", v); }

  /** The current optimiser's settings. */
  readonly settings: Settings = $derived(settingsOf(this.#settings, this.optimizer));
  /** Sets one optimiser setting by key, clamped; unknown keys and non-finite values are ignored. */
  setSetting(key: string, value: number): void {
    this.#setSettings({ [key]: value });
  }
  /** Sets several settings at once, in one write; unchanged, the settings stay the same object, so nothing that reads them is redone (a link or a scene sets every one). */
  #setSettings(values: Readonly<Record<string, number>>): void {
    const next = changed(this.#settings, values);
    if (next !== this.#settings) this.#settings = next;
  }

  /** Learning rate. */
  get lr() { return this.#lr; }
  set lr(v: number) { if (Number.isFinite(v)) this.#lr = clampField(TABLE.numeric["lr"]!, v); }
  /** Descent method: batch, sgd or minibatch. */
  get method() { return this.#method; }
  set method(v: EssayParams["method"]) { if (v === "batch" || v === "sgd" || v === "minibatch") this.#method = v; }
  /** Mini-batch size, never more than n. */
  get batch() { return this.#batch; }
  set batch(v: number) { if (Number.isFinite(v)) this.#batch = Math.min(clampField(TABLE.numeric["batch"]!, v), this.#n); }
  /**
   * Number of generated points (the reader's own data has its own count, `size`), at most the model's
   * limit; shrinking it below the batch size shrinks the batch too.
   */
  get n() { return this.#n; }
  set n(v: number) {
    if (!Number.isFinite(v)) return;
    this.#n = Math.min(clampField(TABLE.numeric["n"]!, v), this.model.data.maxN);
    if (this.#batch > this.#n) this.#batch = this.#n;
    void this.source.request(this.#n);
  }
  /** Seed of the stochastic batch draws. */
  get seed() { return this.#seed; }
  set seed(v: number) { if (Number.isFinite(v)) this.#seed = clampField(TABLE.numeric["seed"]!, v); }
  /** Steps taken so far. */
  get step() { return this.#step; }
  set step(v: number) { if (Number.isFinite(v)) this.#step = clampField(TABLE.numeric["step"]!, v); }
  /** The pair of parameters the loss space shows for a model with more than two ("w1-c"); any other text is ignored. */
  get axes() { return this.#axes; }
  set axes(v: string) { if (TABLE.fields.some((f) => f.key === "axes" && f.kind === "choice" && f.choices.includes(v))) this.#axes = v; }
  /** The indices [across, up] of the parameters the loss space shows; the others are held where the descent is. */
  readonly plane: readonly [number, number] = $derived(planeOf(this.model, this.#axes));

  /** True when the model can be fitted to rescaled x (it says how its parameters follow). */
  readonly canRescale = $derived(this.model.rescaled !== undefined);
  /** How x is rescaled before the fit: the reader's choice, or `none` for a model that cannot rescale. */
  get scaling(): Scaling { return this.canRescale ? this.#scale : "none"; }
  /** Chooses the scaling (anything but none, center or standardize is ignored); kept while another model is shown. */
  set scaling(v: Scaling) { if (SCALINGS.includes(v)) this.#scale = v; }

  /** How the figures show the descent: the loss space's view, the bowl's angle, the switches, the curves' axis. */
  get look(): Look { return this.#look; }
  /** Changes some of the look; an invalid value keeps the one before (see cleanLook). */
  setLook(change: Partial<Look>): void {
    const next = cleanLook({ ...this.#look, ...change }, this.#look);
    // Unchanged, the look stays the same object: a link or a scene sets it whole, and each write makes Svelte
    // mark everything that reads it.
    if ((Object.keys(next) as (keyof Look)[]).some((k) => next[k] !== this.#look[k])) this.#look = next;
  }

  /** All inputs at once, as the URL carries them. */
  readonly params: EssayParams = $derived({
    model: this.#model, start: this.#start, lr: this.#lr, opt: this.#opt, settings: this.#settings, step: this.#step,
    method: this.#method, batch: this.#batch, n: this.#n, seed: this.#seed, scale: this.#scale, data: this.source.linkText, axes: this.#axes,
    look: this.#look,
  });

  /**
   * Replaces every input (from a link or a chapter's scene); values are clamped like any other write.
   * With keepData, the model's points stay as they are (the reader's own, even ones too many for a link),
   * as when the figures come back to a model the reader left.
   */
  setParams(p: EssayParams, { keepData = false }: { readonly keepData?: boolean } = {}): void {
    this.setModel(p.model);
    this.setOptimizer(p.opt);
    this.#setStarts(p.start);
    this.#setSettings(p.settings);
    this.n = p.n;
    this.lr = p.lr;
    this.method = p.method;
    this.batch = p.batch;
    this.seed = p.seed;
    this.scaling = p.scale;
    this.step = p.step;
    this.axes = p.axes;
    this.setLook(p.look);
    if (keepData) return;
    const decoded = p.data === null ? null : dataCodec().decodeData(p.data);
    this.source.custom = decoded?.ok ? decoded.data : null;
    this.source.linkText = decoded?.ok ? p.data : null;
  }

  /**
   * Replaces the current model's points with the reader's own (null: back to the generated data). Up to
   * 200 points are rounded to 0.001 and carried in the link, so what is on screen is exactly what a link
   * reopens; larger sets are kept as given and cannot be linked. Written by the data editor.
   */
  setData(data: Dataset | null): DataChange {
    return this.setDataOf(this.model.id, data);
  }
  /**
   * setDataOf(id, data) is setData for a registered model's points, shown or not (an unknown id changes nothing).
   * Points need their codec (data-codec-on-demand.ts), which whatever lets a reader make them brings first.
   */
  setDataOf(id: string, data: Dataset | null): DataChange {
    const source = this.#sources.get(id);
    if (!source) return { linkable: false, rounded: false, why: `there is no model ${id}` };
    if (data === null) {
      source.custom = null;
      source.linkText = null;
      return { linkable: true, rounded: false, why: null };
    }
    const encoded = dataCodec().encodeData(data);
    source.custom = encoded.ok ? encoded.data : data;
    source.linkText = encoded.ok ? encoded.text : null;
    return encoded.ok ? { linkable: true, rounded: encoded.rounded, why: null } : { linkable: false, rounded: false, why: encoded.error };
  }

  /** The reader's own points, or null while the generated data is shown. */
  get custom(): Dataset | null {
    return this.source.custom;
  }
  /** customOf(id) is a registered model's own points as the reader left them (null: its generated data). */
  customOf(id: string): Dataset | null {
    return this.#sources.get(id)?.custom ?? null;
  }
  /** Every registered model's own points as the reader left them, by model id (null: its generated data). */
  ownPoints(): ReadonlyMap<string, Dataset | null> {
    return new Map([...this.#sources].map(([id, source]) => [id, source.custom]));
  }

  /** Where the current model's points come from: its default data's first n points, or the reader's own. */
  get source(): DataSource {
    return this.#sources.get(this.model.id)!;
  }

  /** The points in the data's own units (a CSV's, a link's). While a large n is still being generated this is the previous data. */
  readonly rawData: Dataset = $derived(this.source.data);
  /** The points' means and centred sums in their own units: one pass, made only when something asks. */
  readonly rawStats: SufficientStats = $derived(summarize(this.rawData));
  /**
   * The change of x the fit uses: none, or x centred (and standardised) on the data's own mean (and
   * spread); held still while a point is dragged, so the other points stay put under the pointer.
   */
  readonly xTransform: XTransform = $derived(
    this.#held ?? (this.scaling === "none" ? IDENTITY : xTransform(this.scaling, this.rawStats)),
  );
  /** The data points as the model is fitted to them and the figures draw them: x rescaled as chosen. */
  readonly data: Dataset = $derived(scaleData(this.rawData, this.xTransform));
  /** Their means and centred sums, x rescaled as chosen (from rawStats, with no second pass). */
  readonly stats: SufficientStats = $derived(scaleStats(this.rawStats, this.xTransform));
  /** How many points the data shown has. */
  readonly size = $derived(this.data.x.length);
  /** The model bound to the data: one pass for its statistics, after which losses and gradients are quick. */
  readonly objective: Objective = $derived(this.objectiveFor(this.data));
  // The last few bindings by data: an edit checked before it is shown is summarised once, not twice.
  #bound = new WeakMap<Dataset, Objective>();
  /** objectiveFor(data, model) is a model (the current one unless told) bound to these points, remembered: asking twice costs one pass. */
  objectiveFor(data: Dataset, model: Model = this.model): Objective {
    const known = this.#bound.get(data);
    if (known?.model === model) return known;
    const f = objective(model, data);
    this.#bound.set(data, f);
    return f;
  }
  /**
   * objectiveOf(id) is a registered model bound to its own points, the ones it shows when it is the model
   * (reactive, like `objective`): how a figure or a number about one chapter's model reads it from anywhere.
   */
  objectiveOf(id: string): Objective {
    const model = TABLE.models.find((m) => m.id === id) ?? this.model;
    return this.objectiveFor(this.#sources.get(model.id)!.data, model);
  }
  /** The lowest point, or null when the model cannot say (no spread in x, no closed form). */
  readonly minimum: Theta | null = $derived(this.objective.minimum);
  /** Loss at the lowest point, or null without one. */
  readonly minimumLoss = $derived(this.objective.minimumLoss);
  /** Points one step averages over. */
  readonly pointsPerStep = $derived(effectiveBatch(this.#method, this.#batch, this.size));

  // Recomputed only when the step passes the lookahead, not on every step change.
  readonly #horizon = $derived(Math.ceil((this.#step + 1) / LOOKAHEAD) * LOOKAHEAD);

  /** The path from the start to the horizon (a little past the current step), or to divergence. */
  readonly trajectory: Trajectory = $derived(descend({
    objective: this.objective,
    start: this.start,
    learningRate: this.#lr,
    optimizer: this.optimizer,
    settings: this.settings,
    method: this.#method,
    batchSize: Math.min(this.#batch, this.size),
    steps: Math.min(this.#horizon, TABLE.numeric["step"]!.max),
    random: seededRandom(this.#seed),
  }));

  /** toFitUnits(θ) is a model given in the data's own units (a link's start) as the same model for the rescaled x the fit uses. */
  toFitUnits(theta: Theta): Theta {
    const t = this.xTransform;
    return this.model.rescaled && !isIdentity(t) ? this.model.rescaled(theta, t) : theta;
  }
  /** toOwnUnits(θ) is a model of the fit (a figure's, in rescaled units) as the same model in the data's own units. */
  toOwnUnits(theta: Theta): Theta {
    const t = this.xTransform;
    return this.model.rescaled && !isIdentity(t) ? this.model.rescaled(theta, inverse(t)) : theta;
  }
  /** Holds the change of x still (a point is being dragged) until releaseScaling; written by the data editor. */
  holdScaling(): void {
    this.#held = this.xTransform;
  }
  /** Lets the change of x follow the data again, once a drag ends. */
  releaseScaling(): void {
    this.#held = null;
  }

  /** Index of the current point in the trajectory: the step, or the last one kept before divergence. */
  readonly index = $derived(Math.min(this.#step, this.trajectory.length - 1));
  /** True once the step reaches the point where the descent diverged. */
  readonly diverged = $derived(this.trajectory.divergence !== null && this.#step >= this.trajectory.divergence.step);
  /** The current parameters. */
  readonly current: Theta = $derived(this.trajectory.params.map((c) => c[this.index]!));
  /** Full-data loss at the current parameters. */
  readonly loss = $derived(this.trajectory.loss[this.index]!);
  /** Exact full-data gradient at the current parameters. */
  readonly gradient: readonly number[] = $derived(this.objective.gradient(this.current));
  /**
   * The step the descent takes next from the current point (θ after it minus θ now), which stochastic
   * batches and an optimiser's memory make differ from −η·gradient; null at the end or once diverged.
   */
  readonly nextMove: readonly number[] | null = $derived(
    this.index < this.trajectory.length - 1 ? this.trajectory.moves.map((c) => c[this.index]!) : null,
  );
  /** The loss at the start (step 0). */
  readonly startLoss = $derived(this.trajectory.loss[0]!);
  /**
   * The race the essay runs between the optimisers from the start at the reader's learning rate: full-batch
   * steps each takes to come 99 % of the way down (null: not within the last step), momentum and Adam at
   * their current settings. It does not follow the step, so stepping recomputes nothing.
   */
  readonly race: Readonly<Record<string, number | null>> = $derived(
    // The race is the line's (chapter 5). A model without a fast path would pay three descents of a pass over
    // its data a step, 1,000 steps each, at every change of the start: 2 s a scrub for the classifier's 2,000 points.
    this.model.statistics
      ? Object.fromEntries(TABLE.optimizers.map((o) => [o.id, stepsDown(this.objective, this.start, this.#lr, o, settingsOf(this.#settings, o))]))
      : {},
  );
}

/**
 * changed(record, values) is record with each of values' keys it has set to the value clamped to that
 * key's field (unknown keys and non-finite values are ignored), or record itself when nothing changes.
 */
function changed(record: Readonly<Record<string, number>>, values: Readonly<Record<string, number>>): Readonly<Record<string, number>> {
  let next: Record<string, number> | null = null;
  for (const [key, value] of Object.entries(values)) {
    const range = TABLE.numeric[key];
    if (!range || !(key in record) || !Number.isFinite(value)) continue;
    const v = clampField(range, value);
    if ((next ?? record)[key] !== v) (next ??= { ...record })[key] = v;
  }
  return next ?? record;
}

/** The essay's one state, shared by every island on the page. */
export const essay = new EssayState();
