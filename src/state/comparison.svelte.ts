import { descend, effectiveBatch, seededRandom, type Method, type Trajectory } from "../engine/index.ts";
import type { EssayState } from "./essay.svelte.ts";
import { METHODS } from "./fields.ts";

/** One method's run in the comparison. */
export interface MethodRun {
  readonly method: Method;
  readonly trajectory: Trajectory;
  /** Points one step of this method touches. */
  readonly pointsPerStep: number;
}

/**
 * The three methods run side by side from the essay's start, learning rate, optimiser, batch size and seed, up to
 * the current step (at least `minSteps`), for the full-batch vs stochastic comparison. Reads the essay
 * state only; the runs depend on the step only through its block of 50, so stepping within a block
 * recomputes nothing (what the steps so far cost is counted from the step by the reader of the runs).
 */
export class Comparison {
  #essay: EssayState;
  // Steps are computed in blocks, so scrubbing the step inside a block recomputes nothing.
  #steps: number;
  /** The runs, in the order batch, sgd, minibatch. */
  readonly runs: readonly MethodRun[];

  constructor(essay: EssayState, minSteps = 100) {
    this.#essay = essay;
    this.#steps = $derived(Math.max(minSteps, Math.ceil((essay.step + 1) / 50) * 50));
    this.runs = $derived(METHODS.map((method) => this.#run(method)));
  }

  #run(method: Method): MethodRun {
    const e = this.#essay;
    const n = e.size;
    const steps = Math.min(this.#steps, 1000);
    const batchSize = Math.min(e.batch, n);
    return {
      method,
      trajectory: descend({
        objective: e.objective,
        start: e.start,
        learningRate: e.lr,
        optimizer: e.optimizer,
        settings: e.settings,
        method,
        batchSize,
        steps,
        random: seededRandom(e.seed),
      }),
      pointsPerStep: effectiveBatch(method, batchSize, n),
    };
  }
}
