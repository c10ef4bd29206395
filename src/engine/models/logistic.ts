/** softplus(z) is ln(1 + eᶻ), computed so that no z overflows or loses its digits: z + ln(1 + e⁻ᶻ) above 0. */
export function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/** sigmoid(z) is 1 / (1 + e⁻ᶻ), the probability of class 1 at log-odds z; exp never overflows. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}
