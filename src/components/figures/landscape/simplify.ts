/**
 * simplify(points, tolerance) keeps the fewest points of a polyline such that none dropped lies farther
 * than tolerance from the line drawn through those kept (Douglas–Peucker, without recursion). The first
 * and last points are always kept, so a closed ring stays closed.
 */
export function simplify(points: readonly (readonly number[])[], tolerance: number): (readonly number[])[] {
  const n = points.length;
  if (n <= 2) return points.slice();
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const limit = tolerance * tolerance;
  const spans: [number, number][] = [[0, n - 1]];
  while (spans.length > 0) {
    const [a, z] = spans.pop()!;
    let farthest = -1;
    let most = limit;
    for (let k = a + 1; k < z; k++) {
      const d = squaredDistance(points[k]!, points[a]!, points[z]!);
      if (d > most) {
        most = d;
        farthest = k;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    spans.push([a, farthest], [farthest, z]);
  }
  return points.filter((_, k) => keep[k] === 1);
}

/** The squared distance from p to the segment a–z (to a itself when a and z coincide, as a closed ring's ends do). */
function squaredDistance(p: readonly number[], a: readonly number[], z: readonly number[]): number {
  const [px, py] = [p[0]!, p[1]!];
  const [ax, ay] = [a[0]!, a[1]!];
  const dx = z[0]! - ax;
  const dy = z[1]! - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  const ex = px - (ax + t * dx);
  const ey = py - (ay + t * dy);
  return ex * ex + ey * ey;
}
