/**
 * The dataset sizes the comparison's slider stops at: about three a decade (1, 2, 5), with the essay's
 * default 40 in place of 50, from the fewest points a link allows to the most the essay generates.
 * A keyboard crosses from 10 to 500,000 in fourteen presses.
 */
export const N_LADDER: readonly number[] = [10, 20, 40, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000];

/** nearestRung(n) is the index of the ladder size closest to n on a log scale (ties go to the smaller). */
export function nearestRung(n: number): number {
  let best = 0;
  let bestDistance = Infinity;
  N_LADDER.forEach((size, i) => {
    const distance = Math.abs(Math.log(size) - Math.log(Math.max(n, 1)));
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}
