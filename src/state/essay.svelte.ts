import {
  descend, effectiveBatch, gradientFromStats, leastSquares, lossFromStats,
  seededRandom, summarize, type Dataset, type Gradient, type Method, type Params, type Trajectory,
} from "../engine/index.ts";
import { DEFAULTS, FIELDS, METHODS, clampField, type EssayParams } from "./fields.ts";
import { DataSource } from "./data-source.svelte.ts";
import { decodeData, encodeData } from "./data-codec.ts";

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
 * Inputs (`m0`, `b0`, `lr`, `method`, `batch`, `n`, `seed`, `step`) are WRITTEN by controls (sliders,
 * scrubbable numbers, figure drags, the step player) and by the URL sync on load; their setters clamp.
 * Everything else is DERIVED and only READ (by charts, live numbers and the URL sync).
 * Nothing writes it during the server render: islands render the defaults there.
 */
export class EssayState {
  #m0 = $state(DEFAULTS.m);
  #b0 = $state(DEFAULTS.b);
  #lr = $state(DEFAULTS.lr);
  #method = $state<Method>(DEFAULTS.method);
  #batch = $state(DEFAULTS.batch);
  #n = $state(DEFAULTS.n);
  #seed = $state(DEFAULTS.seed);
  #step = $state(DEFAULTS.step);
  #dataText = $state<string | null>(DEFAULTS.data);
  /** Written by the URL sync (and later by input boundaries); read by the notice banner. */
  notices = $state<readonly string[]>([]);

  /** Starting slope m0. */
  get m0() { return this.#m0; }
  set m0(v: number) { this.#m0 = clampField(FIELDS.m, v); }
  /** Starting intercept b0. */
  get b0() { return this.#b0; }
  set b0(v: number) { this.#b0 = clampField(FIELDS.b, v); }
  /** Learning rate. */
  get lr() { return this.#lr; }
  set lr(v: number) { this.#lr = clampField(FIELDS.lr, v); }
  /** Descent method: batch, sgd or minibatch. */
  get method() { return this.#method; }
  set method(v: Method) { if (METHODS.includes(v)) this.#method = v; }
  /** Mini-batch size, never more than n. */
  get batch() { return this.#batch; }
  set batch(v: number) { this.#batch = Math.min(clampField(FIELDS.batch, v), this.#n); }
  /** Number of generated points (the reader's own data has its own count, `size`); shrinking it below
   * the batch size shrinks the batch too. */
  get n() { return this.#n; }
  set n(v: number) {
    this.#n = clampField(FIELDS.n, v);
    if (this.#batch > this.#n) this.#batch = this.#n;
    void this.source.request(this.#n);
  }
  /** Seed of the stochastic batch draws. */
  get seed() { return this.#seed; }
  set seed(v: number) { this.#seed = clampField(FIELDS.seed, v); }
  /** Steps taken so far. */
  get step() { return this.#step; }
  set step(v: number) { this.#step = clampField(FIELDS.step, v); }

  /** All inputs at once, as the URL carries them. */
  readonly params: EssayParams = $derived({
    m: this.#m0, b: this.#b0, lr: this.#lr, step: this.#step,
    method: this.#method, batch: this.#batch, n: this.#n, seed: this.#seed, data: this.#dataText,
  });

  /** Replaces every input (from a link); values are clamped like any other write. */
  setParams(p: EssayParams): void {
    this.n = p.n;
    this.m0 = p.m;
    this.b0 = p.b;
    this.lr = p.lr;
    this.method = p.method;
    this.batch = p.batch;
    this.seed = p.seed;
    this.step = p.step;
    const decoded = p.data === null ? null : decodeData(p.data);
    if (decoded?.ok) {
      this.source.custom = decoded.data;
      this.#dataText = p.data;
    } else {
      this.source.custom = null;
      this.#dataText = null;
    }
  }

  /**
   * Replaces the points with the reader's own (null: back to the generated data). Up to 200 points are
   * rounded to 0.001 and carried in the link, so what is on screen is exactly what a link reopens;
   * larger sets are kept as given and cannot be linked. Written by the data editor.
   */
  setData(data: Dataset | null): DataChange {
    if (data === null) {
      this.source.custom = null;
      this.#dataText = null;
      return { linkable: true, rounded: false, why: null };
    }
    const encoded = encodeData(data);
    const decoded = encoded.ok ? decodeData(encoded.text) : null;
    if (encoded.ok && decoded?.ok) {
      this.source.custom = decoded.data;
      this.#dataText = encoded.text;
      return { linkable: true, rounded: encoded.rounded, why: null };
    }
    this.source.custom = data;
    this.#dataText = null;
    return { linkable: false, rounded: false, why: encoded.ok ? null : encoded.error };
  }

  /** The reader's own points, or null while the generated data is shown. */
  get custom(): Dataset | null {
    return this.source.custom;
  }

  /** Sets the start and rewinds to step 0, as a drag in either figure does. */
  restartAt(m: number, b: number): void {
    this.m0 = m;
    this.b0 = b;
    this.step = 0;
  }

  /** Where the points come from: the default data's first n points (a fixed data seed, so the bowl
   * never moves when the descent's seed changes), or the reader's own. */
  readonly source = new DataSource(DEFAULTS.n);
  /** The data points. While a large n is still being generated this is the previous data. */
  readonly data: Dataset = $derived(this.source.data);
  /** How many points the data shown has. */
  readonly size = $derived(this.data.x.length);
  /** One pass over the data, after which any loss or gradient is O(1). */
  readonly stats = $derived(summarize(this.data));
  /** The bottom of the bowl, or null when the data has no spread in x. */
  readonly minimum: Params | null = $derived(leastSquares(this.stats));
  /** Points one step averages over. */
  readonly pointsPerStep = $derived(effectiveBatch(this.#method, this.#batch, this.stats.n));

  // Recomputed only when the step passes the lookahead, not on every step change.
  readonly #horizon = $derived(Math.ceil((this.#step + 1) / LOOKAHEAD) * LOOKAHEAD);

  /** The path from the start to the horizon (a little past the current step), or to divergence. */
  readonly trajectory: Trajectory = $derived(descend({
    data: this.data,
    stats: this.stats,
    start: { m: this.#m0, b: this.#b0 },
    learningRate: this.#lr,
    method: this.#method,
    batchSize: Math.min(this.#batch, this.stats.n),
    steps: Math.min(this.#horizon, FIELDS.step.max),
    random: seededRandom(this.#seed),
  }));

  /** Index of the current point in the trajectory: the step, or the last one kept before divergence. */
  readonly index = $derived(Math.min(this.#step, this.trajectory.length - 1));
  /** True once the step reaches the point where the descent diverged. */
  readonly diverged = $derived(this.trajectory.divergence !== null && this.#step >= this.trajectory.divergence.step);
  /** The current parameters. */
  readonly current: Params = $derived({ m: this.trajectory.m[this.index]!, b: this.trajectory.b[this.index]! });
  /** Full-data loss at the current parameters. */
  readonly loss = $derived(this.trajectory.loss[this.index]!);
  /** Exact full-data gradient at the current parameters. */
  readonly gradient: Gradient = $derived(gradientFromStats(this.stats, this.current));
  /** The loss at the start (step 0). */
  readonly startLoss = $derived(this.trajectory.loss[0]!);
  /** Loss at the bottom of the bowl, or null without one. */
  readonly minimumLoss = $derived(this.minimum ? lossFromStats(this.stats, this.minimum) : null);
}

/** The essay's one state, shared by every island on the page. */
export const essay = new EssayState();
