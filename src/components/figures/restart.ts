import { essay, field, snapField } from "../../state/index.ts";

/** restartAt(θ) makes θ, each parameter snapped to its control's quantum, the new start at step 0: what every figure drag writes. */
export function restartAt(theta: readonly number[]): void {
  essay.restartAt(theta.map((v, k) => snapField(field(essay.model.params[k]!.key), v)));
}
