import { line, type DataSpec, type Dataset } from "../engine/index.ts";

/** Points generated in one go; larger requests are generated in slices between frames. */
export const SYNC_POINTS = 20_000;

/** Points per slice: about a millisecond of work, so no task comes near 50 ms even on a slow phone. */
export const SLICE_POINTS = 25_000;

/**
 * One model's points. The generated data (the model's own process, from its default seed) is one growing
 * buffer: shrinking n is instant (a prefix view), and growing it past SYNC_POINTS fills the buffer in
 * slices, reporting progress, without freezing the page. The reader's own points (`custom`), when set,
 * replace the generated ones.
 *
 * Written by: the essay state (request, custom). Read by: the essay state (data), progress indicators.
 */
export class DataSource {
  #x = new Float64Array(0);
  #y = new Float64Array(0);
  #label: Uint8Array | undefined;
  #generated = 0;
  readonly #spec: DataSpec;
  readonly #stream: ReturnType<DataSpec["stream"]>;
  #job = 0;
  /** How many generated points the current data shows. */
  #shown = $state(0);
  /** Bumped when the buffer is reallocated, so views of the old buffer are dropped. */
  #buffer = $state(0);
  /** Fraction of a slow generation done, or null when none is under way. Read by progress indicators. */
  progress = $state<number | null>(null);
  /** The reader's own points, or null for the generated data. Written by the data editor. */
  custom = $state.raw<Dataset | null>(null);
  /** The reader's points as link text, or null when there are none or they cannot travel in a link. Written by the essay state. */
  linkText = $state<string | null>(null);

  /** Starts with n points of the model's data (the line's unless told). */
  constructor(n: number, spec: DataSpec = line.data) {
    this.#spec = spec;
    this.#stream = spec.stream(spec.seed);
    if (spec.labelled) this.#label = new Uint8Array(0);
    this.#grow(n);
    this.#shown = n;
  }

  /** The current points: the reader's own, or a view of the first n generated ones. */
  readonly data: Dataset = $derived.by(() => {
    if (this.custom) return this.custom;
    void this.#buffer;
    const n = this.#shown;
    const points = { x: this.#x.subarray(0, n), y: this.#y.subarray(0, n) };
    return this.#label ? { ...points, label: this.#label.subarray(0, n) } : points;
  });

  /** Asks for n generated points; resolves once they are shown (at once when already generated). */
  request(n: number): Promise<void> {
    const job = ++this.#job;
    if (n <= this.#generated || n <= SYNC_POINTS) {
      this.#grow(n);
      this.#shown = n;
      this.progress = null;
      return Promise.resolve();
    }
    return this.#generateInSlices(n, job);
  }

  async #generateInSlices(n: number, job: number): Promise<void> {
    this.#reserve(n);
    const start = this.#generated;
    while (this.#generated < n) {
      if (job !== this.#job) return; // a newer request took over; what was generated is kept
      const to = Math.min(n, this.#generated + SLICE_POINTS);
      this.#stream(this.#buffers(), this.#generated, to);
      this.#generated = to;
      this.progress = (to - start) / (n - start);
      await nextTask();
    }
    if (job !== this.#job) return;
    this.#shown = n;
    this.progress = null;
  }

  /** Generates synchronously up to n points. */
  #grow(n: number): void {
    if (n <= this.#generated) return;
    this.#reserve(n);
    this.#stream(this.#buffers(), this.#generated, n);
    this.#generated = n;
  }

  /** Makes room for n points, doubling so repeated growth stays cheap; keeps what exists. */
  #reserve(n: number): void {
    if (n <= this.#x.length) return;
    const capacity = Math.min(this.#spec.maxN, Math.max(n, this.#x.length * 2));
    const x = new Float64Array(capacity);
    const y = new Float64Array(capacity);
    x.set(this.#x.subarray(0, this.#generated));
    y.set(this.#y.subarray(0, this.#generated));
    this.#x = x;
    this.#y = y;
    if (this.#label) {
      const label = new Uint8Array(capacity);
      label.set(this.#label.subarray(0, this.#generated));
      this.#label = label;
    }
    this.#buffer++;
  }

  /** The buffers the stream writes into. */
  #buffers() {
    return this.#label ? { x: this.#x, y: this.#y, label: this.#label } : { x: this.#x, y: this.#y };
  }
}

/** Yields to the event loop for one task (MessageChannel avoids setTimeout's 4 ms clamp). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
