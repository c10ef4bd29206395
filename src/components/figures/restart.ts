import type { Theta } from "../../engine/index.ts";
import { essay, field, snapField } from "../../state/index.ts";

/**
 * startFor(θ) is the start restartAt(θ) makes of θ (a figure's, in the units the fit uses): in the data's
 * own units, each parameter snapped to its control's quantum (and so within its range).
 */
export function startFor(theta: readonly number[]): Theta {
  return essay.toOwnUnits(theta).map((v, k) => snapField(field(essay.model.params[k]!.key), v));
}

/** restartAt(θ) makes θ (a figure's, in the units the fit uses) the new start at step 0, as startFor(θ): what every figure drag writes. */
export function restartAt(theta: readonly number[]): void {
  essay.restartAt(startFor(theta));
}
