import { essay, FIELDS, snapField } from "../../state/index.ts";

/** restartAt(m, b) makes (m, b), snapped to the controls' quantum, the new start at step 0: what every figure drag writes. */
export function restartAt(m: number, b: number): void {
  essay.restartAt(snapField(FIELDS.m, m), snapField(FIELDS.b, b));
}
