import type { Model, Theta } from "../../../engine/index.ts";
import { formatNumber } from "../../../format/numbers.ts";

/**
 * offPlaneLabel(model, bottom, shown, plane) is what the minimum's mark says in a slice of a loss space of
 * more than two parameters: "minimum" when the parameters the plane holds are where the lowest point has
 * them (to the two decimals shown), else where it lies off the plane, "minimum, at c = 0.25": the slice's
 * own lowest point is not the model's.
 */
export function offPlaneLabel(model: Model, bottom: Theta, shown: Theta, plane: readonly [number, number]): string {
  const off = model.params.flatMap((p, k) =>
    k === plane[0] || k === plane[1] || formatNumber(bottom[k]!, 2) === formatNumber(shown[k]!, 2) ? [] : [`${p.key} = ${formatNumber(bottom[k]!, 2)}`],
  );
  return off.length ? `minimum, at ${off.join(", ")}` : "minimum";
}
