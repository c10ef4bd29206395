import { describe, expect, test } from "vitest";
import {
  OPTIMIZERS, accuracy, classifier, descend, objective, seededRandom, sigmoid, softplus, type Dataset, type Theta,
} from "../../../../src/engine/index.ts";
import { classifierDefault, separable } from "../../../../src/engine/classifier-presets.ts";

/** labelled(points) is a dataset of [x1, x2, class] rows. */
function labelled(points: readonly (readonly [number, number, number])[]): Dataset {
  return {
    x: Float64Array.from(points, (p) => p[0]),
    y: Float64Array.from(points, (p) => p[1]),
    label: Uint8Array.from(points, (p) => p[2]),
  };
}

const data = classifierDefault();
const f = objective(classifier, data);
const start: Theta = classifier.params.map((p) => p.start);

/** The loss's gradient by central differences, one parameter at a time. */
function numericGradient(theta: Theta, h = 1e-6): number[] {
  return theta.map((_, k) => {
    const up = [...theta], down = [...theta];
    up[k]! += h;
    down[k]! -= h;
    return (f.loss(up) - f.loss(down)) / (2 * h);
  });
}

describe("softplus(z) and sigmoid(z)", () => {
  test("are ln(1 + eᶻ) and 1 / (1 + e⁻ᶻ), finite and exact in their tails", () => {
    expect(softplus(0)).toBe(Math.LN2);
    expect(softplus(1)).toBeCloseTo(Math.log(1 + Math.E), 15);
    expect(softplus(-800)).toBe(0);
    expect(softplus(800)).toBe(800);
    expect(softplus(-40)).toBeCloseTo(Math.exp(-40), 30);
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(-40)).toBeCloseTo(Math.exp(-40), 30);
    for (const z of [-1e308, -1e6, -3, 0.5, 1e6, 1e308]) {
      expect(Number.isFinite(softplus(z)), `softplus(${z})`).toBe(true);
      expect(Number.isFinite(sigmoid(z)), `sigmoid(${z})`).toBe(true);
    }
  });
});

describe("the classifier's loss and gradient", () => {
  test("a hand-computed case: (1, 0) in class 1 and (0, 1) in class 0 at w = (1, −1), c = 0", () => {
    // Both points sit at log-odds ±1 on their own side: each costs ln(1 + e⁻¹) = 0.3132616875…, and each
    // pulls with σ(1) − 1 = −0.2689414213… and σ(−1) − 0 = +0.2689414213… along its own feature.
    const two = labelled([[1, 0, 1], [0, 1, 0]]);
    const g = objective(classifier, two);
    expect(g.loss([1, -1, 0])).toBeCloseTo(0.31326168751822286, 15);
    const [g1, g2, g3] = g.gradient([1, -1, 0]);
    expect(g1).toBeCloseTo(-0.13447071068499755, 15);
    expect(g2).toBeCloseTo(0.13447071068499755, 15);
    expect(g3).toBeCloseTo(0, 15);
  });

  test("at θ = 0 every point has P = ½, so the loss is ln 2 whatever the data", () => {
    expect(f.loss([0, 0, 0])).toBeCloseTo(Math.LN2, 14);
  });

  test("the gradient matches central finite differences at the start, the bottom and scattered points", () => {
    const random = seededRandom(4);
    const places: Theta[] = [start, f.minimum!, [0, 0, 0]];
    for (let k = 0; k < 20; k++) places.push([random() * 8 - 4, random() * 8 - 4, random() * 8 - 4]);
    for (const theta of places) {
      const exact = f.gradient(theta);
      numericGradient(theta).forEach((v, k) => expect(exact[k]!, `∂L/∂${classifier.params[k]!.key} at ${theta.join(", ")}`).toBeCloseTo(v, 7));
    }
  });

  test("the full gradient is the mean of the points' own gradients, and a batch's is the mean of its points'", () => {
    const theta = [0.3, -0.7, 0.2];
    const sum = [0, 0, 0];
    for (let i = 0; i < f.n; i++) classifier.pointGradient(data, i, theta).forEach((v, k) => (sum[k]! += v / f.n));
    f.gradient(theta).forEach((v, k) => expect(sum[k]!).toBeCloseTo(v, 14));
    const batch = Int32Array.of(3, 17, 8);
    const mean = [0, 0, 0];
    for (const i of batch) classifier.pointGradient(data, i, theta).forEach((v, k) => (mean[k]! += v / 3));
    f.batchGradient(batch, 3, theta).forEach((v, k) => expect(mean[k]!).toBeCloseTo(v, 14));
  });

  test("stays finite far out, where every probability rounds to 0 or 1: a confident mistake costs its log-odds", () => {
    const two = labelled([[1, 0, 1], [0, 1, 0]]);
    const g = objective(classifier, two);
    // Point 1 at log-odds −1,000,000 in class 1 costs 1,000,000; point 2 at −1,000,000 in class 0 costs nothing.
    expect(g.loss([-1e6, -1e6, 0])).toBe(5e5);
    expect(g.gradient([-1e6, -1e6, 0])).toEqual([-0.5, 0, -0.5]);
    expect(g.loss([1e6, -1e6, 0])).toBe(0);
  });

  test("the residual is the class less P(class 1), and predict is P(class 1) at a point", () => {
    expect(classifier.predict([1, -1, 0], 1, 0)).toBeCloseTo(sigmoid(1), 15);
    expect(classifier.residual([1, -1, 0], labelled([[1, 0, 1]]), 0)).toBeCloseTo(1 - sigmoid(1), 15);
    expect(classifier.logOdds!([0.5, -2, 3])).toEqual([0.5, -2, 3]);
  });
});

describe("classifier.minimum(data)", () => {
  test("for overlapping classes, is where the gradient vanishes, and descent from the start arrives there", () => {
    const bottom = classifier.minimum!(data)!;
    expect(bottom).not.toBeNull();
    for (const g of f.gradient(bottom.theta)) expect(Math.abs(g)).toBeLessThan(1e-12);
    expect(bottom.loss).toBe(f.loss(bottom.theta));
    const t = descend({ objective: f, start, learningRate: 1, method: "batch", batchSize: 8, steps: 300, random: seededRandom(1) });
    t.params.forEach((c, k) => expect(c[t.length - 1]!).toBeCloseTo(bottom.theta[k]!, 6));
    expect(f.minimumLoss).toBe(bottom.loss);
  });

  test("is null when a straight line splits the classes: the loss falls towards 0 as the weights grow for ever", () => {
    const split = separable(data);
    expect(classifier.minimum!(split)).toBeNull();
    const g = objective(classifier, split);
    expect(g.minimum).toBeNull();
    const t = descend({ objective: g, start, learningRate: 1, method: "batch", batchSize: 8, steps: 1000, random: seededRandom(1) });
    const size = (k: number) => Math.hypot(t.params[0]![k]!, t.params[1]![k]!);
    expect(t.divergence).toBeNull();
    expect(t.settled).toBeNull();
    // The loss keeps falling towards zero and the weights keep growing, each step of the way.
    for (let k = 1; k < t.length; k++) expect(t.loss[k]!).toBeLessThan(t.loss[k - 1]!);
    for (const k of [100, 300, 1000]) expect(size(k)).toBeGreaterThan(size(k / 10 | 0) + 1);
    expect(t.loss[1000]!).toBeLessThan(0.01);
    expect(accuracy(classifier, split, t.params.map((c) => c[1000]!))).toBe(1);
  });

  test("is null when the classes touch only along a line that splits them (quasi-separation)", () => {
    const touching = labelled([[-2, 1, 0], [-1, -1, 0], [0, 0, 0], [0, 0, 1], [1, 1, 1], [2, -1, 1]]);
    expect(classifier.minimum!(touching)).toBeNull();
  });

  test("is null for data it cannot fit, and found from any class balance that overlaps", () => {
    expect(classifier.minimum!(labelled([[0, 0, 1], [1, 1, 1]]))).toBeNull();
    // All on one line: the weight across it is never told apart, so there is a floor of minima, not one.
    expect(classifier.minimum!(labelled([[0, 0, 0], [1, 0, 1], [2, 0, 0], [3, 0, 1]]))).toBeNull();
    // Two classes at (0, 0), and (1, 1) and (2, 2) on one ray from it in different classes: no line splits them.
    const lopsided = labelled([[0, 0, 0], [0, 0, 1], [1, 0, 1], [0, 1, 0], [1, 1, 0], [2, 2, 1], [3, 0, 1], [0, 3, 1]]);
    const bottom = classifier.minimum!(lopsided)!;
    for (const g of objective(classifier, lopsided).gradient(bottom.theta)) expect(Math.abs(g)).toBeLessThan(1e-10);
  });
});

describe("the classifier's data", () => {
  test("alternates the classes, and the first n of a larger set are the set of n", () => {
    const big = classifierDefault(400);
    expect(Array.from(big.label!.subarray(0, 6))).toEqual([0, 1, 0, 1, 0, 1]);
    expect(big.x.subarray(0, 40)).toEqual(data.x);
    expect(big.y.subarray(0, 40)).toEqual(data.y);
    expect(big.label!.subarray(0, 40)).toEqual(data.label);
  });

  test("dataProblem says what it cannot fit: too few points, no classes, one class", () => {
    expect(classifier.dataProblem(labelled([[0, 0, 1]]))).toBe("A classifier needs at least 2 points.");
    expect(classifier.dataProblem({ x: Float64Array.of(0, 1), y: Float64Array.of(0, 1) })).toBe("A classifier needs each point's class, 0 or 1.");
    expect(classifier.dataProblem(labelled([[0, 0, 1], [1, 1, 1]]))).toBe("Every point is in class 1; a classifier needs points of both classes.");
    expect(classifier.dataProblem(data)).toBeNull();
  });

  test("at the start, a boundary across both clouds gets half the points right; at the bottom, most", () => {
    expect(accuracy(classifier, data, start)).toBe(0.5);
    expect(accuracy(classifier, data, f.minimum!)).toBe(0.9);
    expect(accuracy(classifier, { x: data.x, y: data.y }, start)).toBeNull();
  });

  test("descends with every optimiser and every batching, never to NaN", () => {
    for (const optimizer of OPTIMIZERS) {
      for (const method of ["batch", "sgd", "minibatch"] as const) {
        const t = descend({ objective: f, start, learningRate: optimizer.id === "adam" ? 0.05 : 0.2, optimizer, method, batchSize: 5, steps: 500, random: seededRandom(3) });
        expect(t.divergence, `${optimizer.id} ${method}`).toBeNull();
        expect(t.loss[t.length - 1]!, `${optimizer.id} ${method}`).toBeLessThan(0.5 * t.loss[0]!);
      }
    }
  });
});
