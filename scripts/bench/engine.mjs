import {
  DEFAULT_N, DEFAULT_SEED, MAX_N, batchGradient, batchSampler, descend, firstTwo, generateDataset, gradientOver, line, lossGrid,
  objective, optimizerFor, seededRandom, summarize, classifier,
} from "../../src/engine/index.ts";
import { classifierDefault } from "../../src/engine/classifier-presets.ts";
import { measure } from "./measure.mjs";

const start = { m: -0.3, b: 2.5 };
const theta = [start.m, start.b];
const window = { u0: -3, u1: 4, v0: -4, v1: 6 };
const classifierStart = classifier.params.map((q) => q.start);
const classifierWindow = { u0: -3, u1: 4, v0: -3, v1: 4 };
const grouped = (n) => n.toLocaleString("en");

/** softplusLoop(count) is count terms log1p(exp(z)) over a varying z: the arithmetic a classifier's loss cannot avoid. */
function softplusLoop(count) {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += Math.log1p(Math.exp(-((i & 1023) / 256)));
  return sum;
}

/** engineBenchmarks() times the descent engine's costly paths and returns one row per case. */
export async function engineBenchmarks() {
  const small = generateDataset(DEFAULT_N, DEFAULT_SEED);
  const smallFit = objective(line, small);
  const big = generateDataset(MAX_N, DEFAULT_SEED);
  const widest = objective(classifier, classifierDefault(classifier.data.maxN));

  // Shuffle once outside the timing; afterwards a reshuffle comes only every n / k steps, as on the page.
  const k = 32;
  const sampler = batchSampler(MAX_N, k, seededRandom(1));
  sampler.next();
  let p = start;
  const miniBatchStep = () => {
    const g = batchGradient(big, sampler.next(), k, p);
    p = { m: p.m - 1e-3 * g.dm, b: p.b - 1e-3 * g.db };
    return p.m;
  };

  const run = (method, optimizer, learningRate) => () => {
    const t = descend({ objective: smallFit, start: theta, learningRate, optimizer: optimizerFor(optimizer), method, batchSize: 1, steps: 1000, random: seededRandom(7) });
    if (t.divergence) throw new Error(`bench: the ${method} ${optimizer} case diverged, so it would time too few steps: ${t.divergence.reason}`);
    return t.length;
  };

  return [
    await measure("lossGrid 256 × 256", () => lossGrid(smallFit, firstTwo(theta), window, 256, 256).min),
    // The classifier has no fast path: each of a slice's 65,536 losses is a pass over its largest data, the
    // landscape worker's whole work; the floor is the same count of exp and log1p in a bare loop.
    await measure(`lossGrid 256 × 256, classifier, n = ${grouped(classifier.data.maxN)}`, () => lossGrid(widest, firstTwo(classifierStart), classifierWindow, 256, 256).min, { minRuns: 3 }),
    await measure(`floor: ${grouped(256 * 256 * classifier.data.maxN)} exp and log1p`, () => softplusLoop(256 * 256 * classifier.data.maxN), { minRuns: 3 }),
    await measure("gradientOver, full pass, n = 500,000", () => gradientOver(big, start).dm),
    await measure("summarize, n = 500,000", () => summarize(big).sxy),
    await measure("generateDataset, n = 500,000", () => generateDataset(MAX_N, 3).y[0], { minRuns: 10 }),
    await measure("generateDataset, n = 50,000", () => generateDataset(50_000, 3).y[0]),
    await measure("mini-batch step (k = 32), n = 500,000", miniBatchStep, { repeat: 1000 }),
    await measure("sgd trajectory, 1000 steps, n = 40", run("sgd", "gd", 0.01)),
    await measure("full-batch trajectory, 1000 steps, momentum", run("batch", "momentum", 0.01)),
    await measure("full-batch trajectory, 1000 steps, Adam", run("batch", "adam", 0.01)),
    await measure("objective(line, data), n = 500,000", () => objective(line, big).minimumLoss),
  ];
}
