import { essay, field, snapField } from "../../state/index.ts";

/**
 * restartAt(θ) makes θ (a figure's, in the units the fit uses) the new start at step 0, in the data's own
 * units with each parameter snapped to its control's quantum: what every figure drag writes.
 */
export function restartAt(theta: readonly number[]): void {
  essay.restartAt(essay.toOwnUnits(theta).map((v, k) => snapField(field(essay.model.params[k]!.key), v)));
}
