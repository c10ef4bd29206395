import { DIVERGED, MAX_STEPS, NO_VALLEY, descend, outlook, seededRandom, settle, type Ending, type Objective, type Optimizer, type Settings, type Theta } from "../../engine/index.ts";
import type { EssayState } from "../../state/essay.svelte.ts";
import {
  formatCount, formatLoss, formatNumber, formatQuantity, formatRate, formatRateLimit, formatRatio, grouped, percent, rounded, scientific,
} from "../../format/numbers.ts";
import { readQuantity } from "../../state/quantities.ts";
import { classifierNumbers } from "./classifier-numbers.ts";
import { LIVE_NAMES, WAVE, type LiveName } from "./live-names.ts";

// The names, which the page's first view needs without the numbers' maths, live apart (live-names.ts); the server and
// the tests still find them here.
export { type LiveName, type ProseQuantity, LIVE_NAMES, LIVE_WORDS, WAVE, aboutModel, isLiveName } from "./live-names.ts";

/**
 * liveValues(state) is every live number for the state, each computed when first read (each in O(1), but
 * some, such as the optimisers' race, cost a few descents): a scrub pays only for the numbers it shows.
 */
export function liveValues(s: EssayState): Record<LiveName, number> {
  const f = s.objective;
  const model = s.model;
  const start = s.start;
  const g0 = once(() => f.gradient(start));
  // The first step is the worked example of the update rule: plain descent on the full batch, whatever
  // method and optimiser the playground is set to.
  const first = once(() => descend({ objective: f, start, learningRate: s.lr, method: "batch", batchSize: f.n, steps: 1, random: seededRandom(0) }));
  const x1 = s.data.x[0]!;
  const y1 = s.data.y[0]!;
  const bottom = s.minimum;
  const own = once(() => (bottom ? s.toOwnUnits(bottom) : null));
  // The line's bowl for the chapters about it, even while another chapter's model is in the figures: those
  // sentences stay on the page, so their numbers stay the line's (on its own points, from its own start).
  const bowl = once(() => (f.curvature ? f : s.objectiveOf("line")));
  const steepest = () => bowl().curvature?.max ?? NaN;
  const ahead = once(() => outlook(bowl(), f.curvature ? start : [s.startValue("m"), s.startValue("b")]));
  const sums = () => s.stats;
  const wave = once(() => s.objectiveOf(WAVE));
  const lowest = () => wave().valleys[0];
  const end = once(() => endingOf(wave(), wave().model.params.map((p) => s.startValue(p.key)), s.lr, s.optimizer, s.settings));
  // A descent at rest in a valley is quoted at the valley's bottom, which it is within a hair of (and not at
  // its mirror image, where a negative frequency draws the same wave).
  const endsIn = () => (end().code < wave().valleys.length ? wave().valleys[end().code] : undefined);
  const endPlace = once(() => endsIn()?.theta ?? wave().model.canonical?.(end().theta) ?? end().theta);
  const classifier = once(() => classifierNumbers(s));
  const step1 = (k: number) => () => (first().length > 1 ? first().params[k]![1]! : NaN);
  return lazyRecord<LiveName>({
    m: () => readQuantity(s, "m"),
    b: () => readQuantity(s, "b"),
    loss: () => readQuantity(s, "loss"),
    "grad-m": () => readQuantity(s, "grad-m"),
    "grad-b": () => readQuantity(s, "grad-b"),
    lr: () => readQuantity(s, "lr"),
    step: () => readQuantity(s, "step"),
    n: () => readQuantity(s, "n"),
    batch: () => readQuantity(s, "batch"),
    "start-m": () => start[0]!,
    "start-b": () => start[1]!,
    loss0: () => s.startLoss,
    "grad-m0": () => g0()[0]!,
    "grad-b0": () => g0()[1]!,
    m1: step1(0),
    b1: step1(1),
    loss1: () => (first().length > 1 ? first().loss[1]! : NaN),
    // From the bottom itself there is no way to turn away from: 0.
    aim0: () => (ahead() ? (ahead()!.aim ?? 0) : NaN),
    "min-m": () => (bottom ? bottom[0]! : NaN),
    "min-b": () => (bottom ? bottom[1]! : NaN),
    "min-loss": () => s.minimumLoss ?? NaN,
    "mean-x": () => sums().meanX,
    "mean-y": () => sums().meanY,
    sxx: () => sums().sxx,
    sxy: () => sums().sxy,
    curvature: steepest,
    "lr-zigzag": () => 1 / steepest(),
    "lr-limit": () => 2 / steepest(),
    "lambda-min": () => bowl().curvature?.min ?? NaN,
    condition: () => ahead()?.condition ?? NaN,
    "lr-best": () => ahead()?.best ?? NaN,
    "steps-needed": () => ahead()?.steps ?? NaN,
    "x-shift": () => s.xTransform.shift,
    "x-scale": () => s.xTransform.scale,
    "own-min-m": () => own()?.[0] ?? NaN,
    "own-min-b": () => own()?.[1] ?? NaN,
    x1: () => x1,
    y1: () => y1,
    pred1: () => model.predict(start, x1, y1),
    resid1: () => model.residual(start, s.data, 0),
    // The first point's own loss term: the loss of a batch of one.
    sq1: () => model.batchLoss(s.data, FIRST_POINT, 1, start),
    // The first point's miss by the line drawn now: the vertical gap to its line in the loss space.
    gap1: () => model.residual(s.current, s.data, 0),
    seed: () => s.seed,
    "steps-gd": () => s.race["gd"] ?? NaN,
    "steps-momentum": () => s.race["momentum"] ?? NaN,
    "steps-adam": () => s.race["adam"] ?? NaN,
    valleys: () => wave().valleys.filter((v) => inFirstView(wave(), v.theta)).length,
    "lowest-w": () => lowest()?.theta[0] ?? NaN,
    "lowest-a": () => lowest()?.theta[1] ?? NaN,
    "lowest-loss": () => lowest()?.loss ?? NaN,
    "end-w": () => endPlace()[0]!,
    "end-a": () => endPlace()[1]!,
    "end-loss": () => endsIn()?.loss ?? end().loss,
    "end-fate": () => (endsIn() ? ENDS_IN_VALLEY : end().code === DIVERGED ? DIVERGED : NO_VALLEY),
    w1: () => classifier().w1,
    w2: () => classifier().w2,
    c: () => classifier().c,
    accuracy: () => classifier().accuracy,
    accuracy0: () => classifier().accuracy0,
    accuracy1: () => classifier().accuracy1,
    "min-accuracy": () => classifier()["min-accuracy"],
    "w-norm": () => classifier()["w-norm"],
  });
}

/** once(compute) is compute's value, computed on the first call and remembered. */
function once<T>(compute: () => T): () => T {
  let memo: { value: T } | undefined;
  return () => (memo ??= { value: compute() }).value;
}

/** lazyRecord(thunks) is a record whose every field is its thunk's value, computed when first read. */
function lazyRecord<K extends string>(thunks: Record<K, () => number>): Record<K, number> {
  const record = {} as Record<K, number>;
  for (const key of Object.keys(thunks) as K[]) {
    Object.defineProperty(record, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = thunks[key]();
        Object.defineProperty(record, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return record;
}


/** The code "end-fate" has when the descent comes to rest in one of the listed valleys. */
const ENDS_IN_VALLEY = 0;

/**
 * endFate(code) is the words before where the wave's descent ends: it settles in a valley, is still on its
 * way after the player's last step, or diverges (then the place quoted is its last with finite numbers).
 */
export function endFate(code: number): string {
  if (code === ENDS_IN_VALLEY) return "settles at";
  if (code === DIVERGED) return "diverges: its steps grow without bound. The last place where its numbers were still finite is";
  return `has not come to rest after ${grouped(MAX_STEPS)} steps; it is at`;
}

/** inFirstView(objective, θ) is true when θ lies in the loss space's first window for its model. */
function inFirstView(f: Objective, theta: Theta): boolean {
  return f.model.params.every((p, k) => theta[k]! >= p.spans[0]![0] && theta[k]! <= p.spans[0]![1]);
}

let lastEnding: { key: readonly unknown[]; ending: Ending } | null = null;

/**
 * endingOf(objective, start, lr, optimizer, settings) is where full-batch descent from start comes to rest
 * (settle: the valley it reaches, and how many steps it took), remembered for the last inputs, so a change
 * to anything else (the line's start, the step) costs nothing here.
 */
function endingOf(f: Objective, start: Theta, lr: number, optimizer: Optimizer, settings: Settings): Ending {
  const key = [f, ...start, lr, optimizer, ...Object.values(settings)];
  if (lastEnding && lastEnding.key.length === key.length && lastEnding.key.every((v, k) => v === key[k])) return lastEnding.ending;
  const ending = settle(f, start, { model: f.model, learningRate: lr, optimizer, settings, valleys: f.valleys });
  lastEnding = { key, ending };
  return ending;
}

const FIRST_POINT = Int32Array.of(0);

/** formatLive(name, value) is the text a reader sees for a live number (typographic minus, never NaN). */
export function formatLive(name: LiveName, value: number): string {
  switch (name) {
    case "loss0":
    case "loss1":
    case "min-loss":
    case "sq1":
      return formatLoss(value);
    case "grad-m0":
      return formatQuantity("grad-m", value);
    case "grad-b0":
      return formatQuantity("grad-b", value);
    case "lr-zigzag":
    case "lr-limit":
      return formatRateLimit(value);
    case "lr-best":
      return formatRate(value);
    case "condition":
      return formatRatio(value);
    case "steps-needed":
      return formatCount(value);
    case "aim0":
      // Never within the player's steps is a bound, said as one (a dash would read as a missing number).
      return Number.isFinite(value) ? grouped(Math.round(value)) : `more than ${grouped(MAX_STEPS)}`;
    case "sxx":
    case "sxy":
      return Math.abs(value) >= 1e9 ? scientific(value, 3) : formatNumber(value, 2);
    case "start-m":
    case "start-b":
    case "m1":
    case "b1":
    case "min-m":
    case "min-b":
    case "curvature":
    case "lambda-min":
    case "mean-x":
    case "mean-y":
    case "x-shift":
    case "x-scale":
    case "own-min-m":
    case "own-min-b":
    case "gap1":
    case "x1":
    case "y1":
    case "pred1":
    case "resid1":
      return formatNumber(value, 2);
    case "seed":
    case "steps-gd":
    case "steps-momentum":
    case "steps-adam":
      // Never within the player's steps is a bound, said as one (a dash would read as a missing number).
      return Number.isFinite(value) ? grouped(Math.round(value)) : `more than ${grouped(MAX_STEPS)}`;
    case "valleys":
      return Number.isFinite(value) ? grouped(Math.round(value)) : "—";
    case "end-fate":
      return endFate(value);
    case "lowest-loss":
    case "end-loss":
      return formatLoss(value);
    case "lowest-w":
    case "lowest-a":
    case "end-w":
    case "end-a":
      return formatNumber(value, 2);
    case "accuracy0":
    case "accuracy1":
    case "min-accuracy":
      return percent(value);
    case "w-norm":
      return formatNumber(value, 2);
    default:
      return formatQuantity(name, value);
  }
}

/** liveTexts(state) is every live number's text for the state. */
export function liveTexts(s: EssayState): Record<LiveName, string> {
  const text = liveTextOf(s);
  const texts = {} as Record<LiveName, string>;
  for (const name of LIVE_NAMES) texts[name] = text(name);
  return texts;
}

/** liveTextOf(state) is a live number's text by its name, each computed when first asked for (see liveValues). */
export function liveTextOf(s: EssayState): (name: LiveName) => string {
  const values = liveValues(s);
  const digits = once(() => workedDigits(values));
  const texts = new Map<LiveName, string>();
  return (name) => {
    let text = texts.get(name);
    if (text === undefined) {
      // The first point's gap in chapter 1 is its residual, printed as the worked example prints it.
      text = name === "gap1" || (WORKED as readonly string[]).includes(name) ? formatNumber(values[name], digits()) : formatLive(name, values[name]);
      texts.set(name, text);
    }
    return text;
  };
}

/** The first point's worked example: x₁, y₁, the prediction and the residual, printed to one precision. */
const WORKED = ["x1", "y1", "pred1", "resid1"] as const;

/**
 * workedDigits(values) is how many decimals (2 to 4) the first point's worked example needs for its
 * printed numbers to add up as printed: ŷ₁ = m·x₁ + b, r₁ = y₁ − ŷ₁, and r₁ squared rounds to r₁²
 * (0.78 beside 0.604 does not; 0.777 does).
 */
export function workedDigits(v: Readonly<Record<LiveName, number>>): number {
  for (let d = 2; d < 4; d++) {
    const shown = (x: number) => rounded(x, d);
    const agrees = (a: number, b: number) => formatNumber(a, d) === formatNumber(b, d);
    if (
      agrees(v["start-m"] * shown(v.x1) + v["start-b"], v.pred1) &&
      agrees(shown(v.y1) - shown(v.pred1), v.resid1) &&
      formatLoss(shown(v.resid1) ** 2) === formatLoss(v.sq1)
    ) {
      return d;
    }
  }
  return 4;
}
