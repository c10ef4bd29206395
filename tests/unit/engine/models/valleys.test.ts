import { describe, expect, test } from "vitest";
import { randomNormal, randomUniform } from "d3-random";
import { WAVE_REACH, objective, seededRandom, valleys, type Dataset, type Theta } from "../../../../src/engine/index.ts";

/** The wave's default points, n of them. */
function waveData(n = valleys.data.n, seed = valleys.data.seed): Dataset {
  const x = new Float64Array(n), y = new Float64Array(n);
  valleys.data.stream(seed)({ x, y }, 0, n);
  return { x, y };
}

/** Points of some other wave-like process: random frequencies, amplitudes, noise and spread, from a seed. */
function otherData(seed: number): Dataset {
  const random = seededRandom(seed);
  const u = randomUniform.source(random);
  const n = Math.floor(u(8, 120)());
  const spread = u(0.5, 6)();
  const [w1, w2, a1, a2] = [u(0.2, 5)(), u(0.2, 8)(), u(-2, 2)(), u(-1, 1)()];
  const noise = randomNormal.source(random)(0, u(0, 0.5)());
  const x = Float64Array.from({ length: n }, u(-spread, spread));
  const y = x.map((xi) => a1 * Math.cos(w1 * xi) + a2 * Math.cos(w2 * xi) + noise());
  return { x, y };
}

const data = waveData();
const f = objective(valleys, data);
const loss = (d: Dataset, theta: Theta) => valleys.batchLoss(d, null, d.x.length, theta);

/** The gradient by central differences of the model's own full-pass loss. */
function numericGradient(d: Dataset, theta: Theta, h = 1e-6): number[] {
  return theta.map((_, k) => {
    const up = [...theta], down = [...theta];
    up[k]! += h;
    down[k]! -= h;
    return (loss(d, up) - loss(d, down)) / (2 * h);
  });
}

/** Every interior cell of a dense grid of the loss lower than its eight neighbours, as (ω, a, loss). */
function denseMinima(d: Dataset, omegas: [number, number], amps: [number, number], cols: number, rows: number): { theta: Theta; loss: number }[] {
  const at = (c: number, r: number): Theta => [omegas[0] + (c / (cols - 1)) * (omegas[1] - omegas[0]), amps[0] + (r / (rows - 1)) * (amps[1] - amps[0])];
  const grid = new Float64Array(cols * rows);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) grid[r * cols + c] = loss(d, at(c, r));
  const found = [];
  for (let r = 1; r < rows - 1; r++) {
    for (let c = 1; c < cols - 1; c++) {
      const v = grid[r * cols + c]!;
      let lowest = true;
      for (let dr = -1; dr <= 1 && lowest; dr++) for (let dc = -1; dc <= 1; dc++) if ((dr || dc) && grid[(r + dr) * cols + c + dc]! <= v) lowest = false;
      if (lowest) found.push({ theta: at(c, r), loss: v });
    }
  }
  return found;
}

describe("valleys (a wave a·cos(ωx))", () => {
  test("joins the link as model=valleys with its frequency w and amplitude a, and predicts a·cos(ωx)", () => {
    expect(valleys.id).toBe("valleys");
    expect(valleys.params.map((p) => p.key)).toEqual(["w", "a"]);
    expect(valleys.predict([2, 0.5], 1.5, 0)).toBeCloseTo(0.5 * Math.cos(3), 15);
    expect(valleys.residual([2, 0.5], { x: Float64Array.of(1.5), y: Float64Array.of(1) }, 0)).toBeCloseTo(1 - 0.5 * Math.cos(3), 15);
  });

  test("its gradient agrees with the finite differences of its loss, on its own points and on others'", () => {
    const random = randomUniform.source(seededRandom(11));
    for (const [k, d] of [data, ...Array.from({ length: 6 }, (_, s) => otherData(s + 1))].entries()) {
      for (let trial = 0; trial < 25; trial++) {
        const theta = [random(-1, 9)(), random(-3, 3)()];
        const exact = valleys.batchGradient(d, null, d.x.length, theta);
        const numeric = numericGradient(d, theta);
        for (let j = 0; j < 2; j++) expect(Math.abs(exact[j]! - numeric[j]!), `data ${k}, θ = ${theta}`).toBeLessThan(1e-6 * (1 + Math.abs(exact[j]!)));
      }
    }
  });

  test("its points' gradients average to the gradient, and a batch's gradient is its points' mean", () => {
    const theta = [2.3, -0.7];
    const sum = [0, 0];
    for (let i = 0; i < data.x.length; i++) {
      const p = valleys.pointGradient(data, i, theta);
      sum[0]! += p[0]! / data.x.length;
      sum[1]! += p[1]! / data.x.length;
    }
    const g = f.gradient(theta);
    expect(sum[0]).toBeCloseTo(g[0]!, 12);
    expect(sum[1]).toBeCloseTo(g[1]!, 12);
    const batch = Int32Array.of(3, 17, 29);
    const part = valleys.batchGradient(data, batch, 3, theta);
    const mean = [0, 1].map((j) => [...batch].reduce((s, i) => s + valleys.pointGradient(data, i, theta)[j]! / 3, 0));
    expect(part[0]).toBeCloseTo(mean[0]!, 12);
    expect(part[1]).toBeCloseTo(mean[1]!, 12);
  });

  test("has no fast path: every loss is a pass over the data, so the worker draws its landscape", () => {
    expect(valleys.statistics).toBeUndefined();
    expect(f.cheap).toBe(false);
    expect(f.bowl).toBeNull();
  });

  test("the default points have five valleys in view with clearly different losses, the tone's the lowest", () => {
    const view = f.valleys.filter((v) => v.theta[0]! <= 7);
    expect(view.map((v) => [v.theta[0]!.toFixed(2), v.theta[1]!.toFixed(2), v.loss.toFixed(3)])).toEqual([
      ["1.62", "1.12", "0.186"],
      ["2.99", "-0.94", "0.520"],
      ["4.39", "0.73", "0.633"],
      ["0.00", "-0.46", "0.681"],
      ["6.14", "-0.30", "0.831"],
    ]);
    expect(f.minimum).toEqual(f.valleys[0]!.theta);
    expect(f.minimumLoss).toBe(f.valleys[0]!.loss);
  });

  test("its valleys are the local minima a dense search of the loss finds, each at least as low, and the global one the lowest", () => {
    for (const d of [data, otherData(4), otherData(9), otherData(21)]) {
      const listed = valleys.valleys!(d);
      const lowest = Math.max(...listed.map((v) => Math.abs(v.theta[1]!))) + 0.5;
      // The grid's steps (0.011 in ω, at most 0.02 in a) are far finer than any valley of these points.
      const dense = denseMinima(d, [0.05, 10.5], [-lowest, lowest], 951, Math.ceil((2 * lowest) / 0.02));
      for (const m of dense) {
        const match = listed.find((v) => Math.abs(v.theta[0]! - m.theta[0]!) < 0.03 && Math.abs(v.theta[1]! - m.theta[1]!) < 0.05);
        expect(match, `a valley near the dense grid's dip at ${m.theta}`).toBeDefined();
        expect(match!.loss).toBeLessThanOrEqual(m.loss + 1e-12);
      }
      // Every listed valley with ω inside the dense grid shows up in it.
      for (const v of listed.filter((v) => v.theta[0]! > 0.1 && v.theta[0]! < 10.4)) {
        expect(dense.some((m) => Math.abs(v.theta[0]! - m.theta[0]!) < 0.03), `valley ${v.theta} in the dense grid`).toBe(true);
      }
      const gridLowest = Math.min(...dense.map((m) => m.loss));
      expect(listed[0]!.loss).toBeLessThanOrEqual(gridLowest + 1e-12);
    }
  });

  test("each valley's bottom is flat (gradient 0) and curves up both ways (a positive-definite Hessian)", () => {
    for (const v of f.valleys) {
      const g = f.gradient(v.theta);
      expect(Math.hypot(g[0]!, g[1]!), `gradient at ${v.theta}`).toBeLessThan(1e-6);
      const h = 1e-4;
      const second = (k: number) => {
        const up = [...v.theta], down = [...v.theta];
        up[k]! += h;
        down[k]! -= h;
        return (f.loss(up) - 2 * v.loss + f.loss(down)) / (h * h);
      };
      const cross = (f.loss([v.theta[0]! + h, v.theta[1]! + h]) - f.loss([v.theta[0]! + h, v.theta[1]! - h]) - f.loss([v.theta[0]! - h, v.theta[1]! + h]) + f.loss([v.theta[0]! - h, v.theta[1]! - h])) / (4 * h * h);
      const [a, c] = [second(0), second(1)];
      expect(a, `∂²L/∂ω² at ${v.theta}`).toBeGreaterThan(0);
      expect(a * c - cross * cross, `det H at ${v.theta}`).toBeGreaterThan(0);
    }
  });

  test("canonical(θ) makes the frequency non-negative, and the mirror image has the same loss", () => {
    expect(valleys.canonical!([-2.5, 0.7])).toEqual([2.5, 0.7]);
    expect(loss(data, [-2.5, 0.7])).toBeCloseTo(loss(data, [2.5, 0.7]), 14);
  });

  test("its surrogate is within 10⁻⁹ of the exact loss and gradient across the window and beyond it", () => {
    const window = { u0: -0.5, u1: 7, v0: -1.6, v1: 1.6 };
    for (const d of [data, otherData(2), otherData(5)]) {
      const s = valleys.surrogate!(d, window)!;
      const random = randomUniform.source(seededRandom(3));
      for (let trial = 0; trial < 400; trial++) {
        const theta = [random(-16, 16)(), random(-3, 3)()];
        const g = valleys.batchGradient(d, null, d.x.length, theta);
        const sg = s.gradient(theta);
        for (let j = 0; j < 2; j++) expect(Math.abs(sg[j]! - g[j]!), `θ = ${theta}`).toBeLessThan(1e-9 * (1 + Math.abs(g[j]!)));
        expect(Math.abs(s.loss(theta) - loss(d, theta))).toBeLessThan(1e-9);
      }
    }
  });

  test("data it cannot fit is refused with a sentence: too few points, x too far out, one distance from 0", () => {
    const of = (xs: number[]) => ({ x: Float64Array.from(xs), y: Float64Array.from(xs, () => 1) });
    expect(valleys.dataProblem(of([1]))).toBe("A wave needs at least 2 points.");
    expect(valleys.dataProblem(of([1, WAVE_REACH + 1]))).toMatch(/^A wave needs every x between −20 and 20/);
    expect(valleys.dataProblem(of([-2, 2, 2]))).toBe("A wave needs points at two or more distances from x = 0.");
    expect(valleys.dataProblem(data)).toBeNull();
    expect(valleys.valleys!(of([-2, 2, 2]))).toEqual([]);
  });

  test("its default points come in slices equal to all at once, and stay in the data frame", () => {
    const whole = waveData(400);
    const x = new Float64Array(400), y = new Float64Array(400);
    const next = valleys.data.stream(valleys.data.seed);
    next({ x, y }, 0, 150);
    next({ x, y }, 150, 400);
    expect(x).toEqual(whole.x);
    expect(y).toEqual(whole.y);
    const frame = valleys.data.frame!;
    expect(whole.x.every((v) => v > frame.x0 && v < frame.x1)).toBe(true);
    expect(whole.y.every((v) => v > frame.y0 && v < frame.y1)).toBe(true);
  });
});
