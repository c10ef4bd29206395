/**
 * What the essay must show for a link, computed straight from the engine, independently of the page's
 * state class: the tests compare every live number on the page with these.
 */
import {
  DIVERGED, MAX_STEPS, DEFAULT_SEED,
  OPTIMIZERS, SETTLE_TOLERANCE, aimAngle, datasetFromPoints, stepsDown, descend, generateDataset, gradientFromStats, leastSquares, line,
  lossFromStats, mse, objective, scaleData, seededRandom, summarize, effectiveBatch, xTransform, optimizerFor, settle, valleys, accuracy, classifier,
} from "../../src/engine/index.ts";
import { classifierDefault } from "../../src/engine/classifier-presets.ts";
import { decodeData } from "../../src/state/data-codec.ts";
import { parseQuery } from "../../src/state/url-codec.ts";
import { formatLoss, formatNumber, formatQuantity, formatRateLimit, formatRatio, grouped, scientific } from "../../src/format/numbers.ts";
import { settingsOf, startOf, type EssayParams } from "../../src/state/fields.ts";
import "../with-data-codec.ts";

/** The decoded inputs of a link and the text of every live number the essay may show for it. */
export interface Expected {
  readonly params: EssayParams;
  readonly texts: Readonly<Record<string, string>>;
}

/** expectedFor(query) decodes a link as the page does and computes every live number's text with the engine. */
export function expectedFor(query: string): Expected {
  const { params: p } = parseQuery(query);
  if (p.data !== null) throw new Error("expectedFor: custom data is not covered here");
  const own = generateDataset(p.n, DEFAULT_SEED);
  const ownStats = summarize(own);
  // x rescaled as the link asks; a line y = m·x + b is then y = (m·s)·x′ + (b + m·c) for x′ = (x − c) / s.
  const t = xTransform(p.scale, ownStats);
  const data = scaleData(own, t);
  const stats = summarize(data);
  const start = { m: p.start["m"]! * t.scale, b: p.start["b"]! + p.start["m"]! * t.shift };
  const f = objective(line, data);
  // One step further than shown, for the step the loss space aims next (none past the player's last).
  const run = descend({
    objective: f, start: [start.m, start.b], learningRate: p.lr, method: p.method,
    batchSize: Math.min(p.batch, p.n), steps: Math.min(p.step + 1, MAX_STEPS), random: seededRandom(p.seed),
  });
  const i = Math.min(p.step, run.length - 1);
  const current = { m: run.params[0]![i]!, b: run.params[1]![i]! };
  const gradient = gradientFromStats(stats, current);
  const g0 = gradientFromStats(stats, start);
  const m1 = start.m - p.lr * g0.dm;
  const b1 = start.b - p.lr * g0.db;
  const bottom = leastSquares(stats)!;
  const x1 = data.x[0]!;
  const y1 = data.y[0]!;
  const pred1 = start.m * x1 + start.b;
  const two = (v: number) => formatNumber(v, 2);
  // The worked example is printed to the fewest decimals (2 to 4) at which its printed numbers add up.
  const adds = (d: number) => {
    const r = (v: number) => Number(v.toFixed(d));
    return formatNumber(start.m * r(x1) + start.b, d) === formatNumber(pred1, d) && formatNumber(r(y1) - r(pred1), d) === formatNumber(y1 - pred1, d) &&
      formatLoss(r(y1 - pred1) ** 2) === formatLoss((y1 - pred1) ** 2);
  };
  const worked = [2, 3].find(adds) ?? 4;
  const aside = classifierExpected(`?model=classifier&lr=${p.lr}&${CLASSIFIER_KEYS.map((k) => `${k}=${p.start[k]}`).join("&")}`);
  // The Hessian's larger eigenvalue from its trace and determinant: 2·[[mean x², mean x], [mean x, 1]].
  const meanSq = data.x.reduce((t, x) => t + x * x, 0) / p.n;
  const mean = data.x.reduce((t, x) => t + x, 0) / p.n;
  const trace = 2 * meanSq + 2;
  const steepest = (trace + Math.sqrt(trace * trace - 4 * (4 * meanSq - 4 * mean * mean))) / 2;
  const flattest = (4 * meanSq - 4 * mean * mean) / steepest;
  // Plain full-batch steps at the best fixed rate, counted one by one until the loss is within the tolerance.
  const best = 2 / (steepest + flattest);
  const least = lossFromStats(stats, bottom);
  let settled = 0;
  for (let at = start; lossFromStats(stats, at) > least * (1 + SETTLE_TOLERANCE) && settled < 100_000; settled++) {
    const g = gradientFromStats(stats, at);
    at = { m: at.m - best * g.dm, b: at.b - best * g.db };
  }
  const ownBottom = leastSquares(ownStats)!;
  const sums = (v: number) => (Math.abs(v) >= 1e9 ? scientific(v, 3) : two(v));
  const degrees = (v: number | null) => grouped(Math.round(v ?? 0));
  const next = i + 1 < run.length ? [run.moves[0]![i]!, run.moves[1]![i]!] : null;
  const aim = next ? aimAngle(next, [current.m, current.b], [bottom.m, bottom.b]) : null;
  return {
    params: p,
    texts: {
      m: formatQuantity("m", current.m),
      b: formatQuantity("b", current.b),
      loss: formatQuantity("loss", run.loss[i]!),
      "grad-m": formatQuantity("grad-m", gradient.dm),
      "grad-b": formatQuantity("grad-b", gradient.db),
      lr: formatQuantity("lr", p.lr),
      step: formatQuantity("step", p.step),
      n: formatQuantity("n", p.n),
      batch: formatQuantity("batch", effectiveBatch(p.method, p.batch, p.n)),
      "start-m": two(start.m),
      "start-b": two(start.b),
      loss0: formatLoss(lossFromStats(stats, start)),
      "grad-m0": formatQuantity("grad-m", g0.dm),
      "grad-b0": formatQuantity("grad-b", g0.db),
      m1: two(m1),
      b1: two(b1),
      loss1: formatLoss(lossFromStats(stats, { m: m1, b: b1 })),
      "min-m": two(bottom.m),
      "min-b": two(bottom.b),
      "min-loss": formatLoss(lossFromStats(stats, bottom)),
      curvature: two(steepest),
      "lr-zigzag": formatRateLimit(1 / steepest),
      "lr-limit": formatRateLimit(2 / steepest),
      x1: formatNumber(x1, worked),
      y1: formatNumber(y1, worked),
      pred1: formatNumber(pred1, worked),
      resid1: formatNumber(y1 - pred1, worked),
      sq1: formatLoss(mse(datasetFromPoints([[x1, y1]]), start)),
      seed: formatQuantity("n", p.seed),
      aim0: degrees(aimAngle([-g0.dm, -g0.db], [start.m, start.b], [bottom.m, bottom.b])),
      ...(aim === null ? {} : { aim: degrees(aim) }),
      "mean-x": two(stats.meanX),
      "mean-y": two(stats.meanY),
      sxx: sums(stats.sxx),
      sxy: sums(stats.sxy),
      "lambda-min": two(flattest),
      condition: formatRatio(steepest / flattest),
      "lr-best": formatQuantity("lr", best),
      "steps-needed": grouped(settled),
      "x-shift": two(t.shift),
      "x-scale": two(t.scale),
      "own-min-m": two(ownBottom.m),
      "own-min-b": two(ownBottom.b),
      gap1: formatNumber(y1 - (current.m * x1 + current.b), worked),
      ...Object.fromEntries(OPTIMIZERS.map((o) => [`steps-${o.id}`, formatRace(stepsDown(f, [start.m, start.b], p.lr, o, settingsOf(p.settings, o)))])),
      ...waveTexts(p),
      // While the line is shown, the classifier's own numbers are of the classifier at its start, on its own points.
      ...Object.fromEntries(CLASSIFIER_ONLY.map((name) => [name, aside.texts[name]!])),
    },
  };
}

/** The value a slider for each essay input must report (aria-valuenow, or a range input's value). */
export function sliderValue(p: EssayParams, quantity: string): string | undefined {
  const values: Record<string, number> = { m0: p.start["m"]!, b0: p.start["b"]!, lr: p.lr, step: p.step, n: p.n, batch: p.batch, seed: p.seed };
  return quantity in values ? String(values[quantity]) : undefined;
}

/** The race's steps as the prose prints them: a whole number, or "more than 1,000" when the optimiser does not get there. */
function formatRace(steps: number | null): string {
  return steps === null ? `more than ${grouped(MAX_STEPS)}` : grouped(steps);
}

/**
 * The numbers of the chapter on many valleys, always of the wave on its own default points (as many as the
 * link asks for when it names the wave, else its default count): its valleys in the first view, the lowest,
 * and where full-batch descent from the wave's start comes to rest at the link's rate and optimiser.
 */
function waveTexts(p: EssayParams): Record<string, string> {
  const n = p.model === valleys.id ? Math.min(p.n, valleys.data.maxN) : valleys.data.n;
  const data = { x: new Float64Array(n), y: new Float64Array(n) };
  valleys.data.stream(valleys.data.seed)(data, 0, n);
  const f = objective(valleys, data);
  const optimizer = optimizerFor(p.opt)!;
  const start = [p.start["w"]!, p.start["a"]!];
  const end = settle(f, start, { model: valleys, learningRate: p.lr, optimizer, settings: settingsOf(p.settings, optimizer), valleys: f.valleys });
  const reached = f.valleys[end.code];
  const place = reached ? reached.theta : [Math.abs(end.theta[0]!), end.theta[1]!];
  const inView = f.valleys.filter((v) => valleys.params.every((q, k) => v.theta[k]! >= q.spans[0]![0] && v.theta[k]! <= q.spans[0]![1]));
  const lowest = f.valleys[0]!;
  const two = (v: number) => formatNumber(v, 2);
  return {
    valleys: grouped(inView.length),
    "lowest-w": two(lowest.theta[0]!),
    "lowest-a": two(lowest.theta[1]!),
    "lowest-loss": formatLoss(lowest.loss),
    "end-w": two(place[0]!),
    "end-a": two(place[1]!),
    "end-loss": formatLoss(reached ? reached.loss : end.loss),
    "end-fate": reached
      ? "settles at"
      : end.code === DIVERGED
        ? "diverges: its steps grow without bound. The last place where its numbers were still finite is"
        : `has not come to rest after ${grouped(MAX_STEPS)} steps; it is at`,
  };
}

/** The live numbers only a classifier has: its parameters, its accuracy and the length of its weights. */
const CLASSIFIER_ONLY = ["w1", "w2", "c", "accuracy", "accuracy0", "accuracy1", "min-accuracy", "w-norm"] as const;
/** The classifier's parameters' link keys. */
const CLASSIFIER_KEYS = classifier.params.map((q) => q.key);

/**
 * classifierExpected(query) is the text of every live number the decision-boundary chapter shows for a link
 * on the classifier (its own points, or the link's), computed with the engine: full-batch descent from the
 * start at the link's learning rate.
 */
export function classifierExpected(query: string): Expected {
  const { params: p } = parseQuery(query);
  if (p.model !== classifier.id) throw new Error("classifierExpected: the link is not on the classifier");
  const decoded = p.data === null ? null : decodeData(p.data);
  const data = decoded?.ok ? decoded.data : classifierDefault();
  const f = objective(classifier, data);
  const start = [...startOf(p.start, classifier)];
  const run = descend({ objective: f, start, learningRate: p.lr, method: "batch", batchSize: f.n, steps: p.step, random: seededRandom(p.seed) });
  const i = Math.min(p.step, run.length - 1);
  const now = run.params.map((c) => c[i]!);
  const first = descend({ objective: f, start, learningRate: p.lr, method: "batch", batchSize: f.n, steps: 1, random: seededRandom(0) });
  const one = first.params.map((c) => c[first.length - 1]!);
  const bottom = f.minimum;
  const share = (theta: readonly number[]) => percentOf(accuracy(classifier, data, theta));
  return {
    params: p,
    texts: {
      n: formatQuantity("n", data.x.length),
      lr: formatQuantity("lr", p.lr),
      step: formatQuantity("step", p.step),
      loss: formatQuantity("loss", run.loss[i]!),
      accuracy: share(now),
      w1: formatQuantity("w1", now[0]!),
      w2: formatQuantity("w2", now[1]!),
      c: formatQuantity("c", now[2]!),
      "w-norm": formatNumber(Math.hypot(now[0]!, now[1]!), 2),
      loss0: formatLoss(f.loss(start)),
      accuracy0: share(start),
      loss1: formatLoss(first.loss[first.length - 1]!),
      accuracy1: share(one),
      "min-loss": bottom ? formatLoss(f.loss(bottom)) : "—",
      "min-accuracy": bottom ? share(bottom) : "—",
    },
  };
}

function percentOf(share: number | null): string {
  return share === null ? "—" : formatQuantity("accuracy", share);
}
