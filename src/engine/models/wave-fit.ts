import type { Dataset } from "../types.ts";
import type { Surrogate, Valley } from "./types.ts";

/**
 * The maths of fitting a wave ŷ = a·cos(ωx) by mean squared error, θ = [ω, a]. The loss is a quadratic in
 * the amplitude, L = Σy²/n − 2a·C(ω) + a²·K(ω) with C(ω) = mean(y·cos ωx) and K(ω) = mean(cos² ωx), so
 * for every frequency the best amplitude is C/K and the frequency alone makes the valleys: the valleys of
 * the loss are exactly the valleys of the profile P(ω) = Σy²/n − C²/K, at a = C/K.
 */

/** The profile's sampling step, in units of 1 / max|x|: about thirty samples to a swing of cos(ωx) at the farthest x. */
const SAMPLE = 0.2;
/** Golden-section steps refining each valley: its bracket shrinks to 10⁻¹⁰ of itself. */
const REFINE = 48;
/** The surrogate's lattice step, in units of 1 / max|x|: cubic Hermite between nodes is then within about 10⁻¹⁰. */
const NODE = 0.006;
/** The most lattice nodes a surrogate builds; past this it declines and the exact loss is used. */
const MOST_NODES = 60_000;

/** reach(data) is the largest |x|, at least 1/2 (so the steps above stay finite for points near 0). */
export function reach(data: Dataset): number {
  let most = 0.5;
  for (const x of data.x) most = Math.max(most, Math.abs(x));
  return most;
}

/** fitAt(data, ω) is the best amplitude at frequency ω (C/K, or 0 where cos ωx vanishes at every point) and the profile's depth −C²/K. */
function fitAt(data: Dataset, omega: number): { amplitude: number; depth: number } {
  const { x, y } = data;
  let c = 0, k = 0;
  for (let i = 0; i < x.length; i++) {
    const cos = Math.cos(omega * x[i]!);
    c += y[i]! * cos;
    k += cos * cos;
  }
  return k > 1e-300 ? { amplitude: c / k, depth: (-c * c) / k / x.length } : { amplitude: 0, depth: 0 };
}

/**
 * waveValleys(data, most, loss) is every valley of the wave's loss with frequency in [0, most], lowest
 * first: the profile sampled densely, each sampled dip refined by golden section, its amplitude C/K, its
 * loss exact (loss(θ), a pass over the data). ω = 0, the flat line at ȳ, is a valley when the profile rises
 * on both sides of it (it is symmetric there); the end `most` never is, since the profile may fall past it.
 */
export function waveValleys(data: Dataset, most: number, loss: (theta: readonly number[]) => number): Valley[] {
  const h = Math.min(0.02, SAMPLE / reach(data));
  const count = Math.ceil(most / h);
  const depth = new Float64Array(count + 1);
  for (let k = 0; k <= count; k++) depth[k] = fitAt(data, (k * most) / count).depth;
  const found: Valley[] = [];
  const step = most / count;
  for (let k = 0; k < count; k++) {
    const left = k === 0 ? depth[1]! : depth[k - 1]!;
    if (!(depth[k]! < left && depth[k]! <= depth[k + 1]!)) continue;
    const omega = k === 0 ? 0 : goldenMinimum((w) => fitAt(data, w).depth, (k - 1) * step, (k + 1) * step);
    const theta = [omega, fitAt(data, omega).amplitude];
    found.push({ theta, loss: loss(theta) });
  }
  return found.sort((p, q) => p.loss - q.loss);
}

/** goldenMinimum(f, lo, hi) is where f is least in [lo, hi], by golden-section search (f unimodal there). */
function goldenMinimum(f: (w: number) => number, lo: number, hi: number): number {
  const g = (Math.sqrt(5) - 1) / 2;
  let a = lo, b = hi;
  let c = b - g * (b - a), d = a + g * (b - a);
  let fc = f(c), fd = f(d);
  for (let i = 0; i < REFINE; i++) {
    if (fc <= fd) {
      b = d; d = c; fd = fc; c = b - g * (b - a); fc = f(c);
    } else {
      a = c; c = d; fc = fd; d = a + g * (b - a); fd = f(d);
    }
  }
  return (a + b) / 2;
}

/**
 * waveSurrogate(data, most) is the wave's loss and gradient for |ω| ≤ most from a lattice of C, K and their
 * first two derivatives in ω, interpolated by cubic Hermite (C and K from their values and slopes, C′ and K′
 * from theirs): O(1) whatever n, within about 10⁻¹⁰ of the exact values relative to the data's scale.
 * Null when the lattice would be too large; beyond `most` it hands over to `exact`.
 */
export function waveSurrogate(data: Dataset, most: number, exact: Surrogate): Surrogate | null {
  const h = NODE / reach(data);
  const nodes = Math.ceil(most / h) + 2;
  if (nodes > MOST_NODES) return null;
  const { x, y } = data;
  const n = x.length;
  const table = Array.from({ length: 6 }, () => new Float64Array(nodes));
  const [c0, c1, c2, k0, k1, k2] = table as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
  let syy = 0;
  for (let i = 0; i < n; i++) syy += y[i]! * y[i]!;
  syy /= n;
  for (let j = 0; j < nodes; j++) {
    const w = j * h;
    let a = 0, b = 0, c = 0, d = 0, e = 0, f = 0;
    for (let i = 0; i < n; i++) {
      const xi = x[i]!, yi = y[i]!;
      const cos = Math.cos(w * xi), sin = Math.sin(w * xi);
      const cos2 = cos * cos - sin * sin, sin2 = 2 * sin * cos;
      a += yi * cos;
      b -= xi * yi * sin;
      c -= xi * xi * yi * cos;
      d += cos * cos;
      e -= xi * sin2;
      f -= 2 * xi * xi * cos2;
    }
    c0[j] = a / n; c1[j] = b / n; c2[j] = c / n; k0[j] = d / n; k1[j] = e / n; k2[j] = f / n;
  }
  const limit = (nodes - 1) * h;
  /** The lattice's values at |ω|: C, C′, K, K′. */
  const at = (w: number): [number, number, number, number] => {
    const j = Math.min(nodes - 2, Math.floor(w / h));
    const t = w / h - j;
    const t2 = t * t, t3 = t2 * t;
    const p0 = 2 * t3 - 3 * t2 + 1, m0 = (t3 - 2 * t2 + t) * h, p1 = -2 * t3 + 3 * t2, m1 = (t3 - t2) * h;
    const mix = (v: Float64Array, dv: Float64Array) => p0 * v[j]! + m0 * dv[j]! + p1 * v[j + 1]! + m1 * dv[j + 1]!;
    return [mix(c0, c1), mix(c1, c2), mix(k0, k1), mix(k1, k2)];
  };
  return {
    loss(theta) {
      const w = Math.abs(theta[0]!), amp = theta[1]!;
      if (!(w <= limit)) return exact.loss(theta);
      const [cv, , kv] = at(w);
      return syy - 2 * amp * cv + amp * amp * kv;
    },
    gradient(theta) {
      const omega = theta[0]!, amp = theta[1]!;
      const w = Math.abs(omega);
      if (!(w <= limit)) return exact.gradient(theta);
      const [cv, dc, kv, dk] = at(w);
      // C and K are even in ω, so their slopes change sign with it.
      const dw = -2 * amp * dc + amp * amp * dk;
      return [omega < 0 ? -dw : dw, -2 * cv + 2 * amp * kv];
    },
  };
}
