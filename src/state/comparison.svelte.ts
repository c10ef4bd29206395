import { descend, seededRandom, stepCost, type Method, type StepCost, type Trajectory } from "../engine/index.ts";
import type { EssayState } from "./essay.svelte.ts";
import { METHODS } from "./fields.ts";

/** One method's run in the comparison. */
export interface MethodRun {
  readonly method: Method;
  readonly trajectory: Trajectory;
  readonly cost: StepCost;
}

/**
 * The three methods run side by side from the essay's start, learning rate, batch size and seed, up to
 * the current step (at least `minSteps`), for the full-batch vs stochastic comparison. Reads the essay
 * state only.
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
    const n = e.stats.n;
    const steps = Math.min(this.#steps, 1000);
    return {
      method,
      trajectory: descend({
        data: e.data,
        stats: e.stats,
        start: { m: e.m0, b: e.b0 },
        learningRate: e.lr,
        method,
        batchSize: Math.min(e.batch, n),
        steps,
        random: seededRandom(e.seed),
      }),
      cost: stepCost(method, Math.min(e.batch, n), n, Math.min(e.step, steps)),
    };
  }
}
