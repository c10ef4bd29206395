import { OPTIMIZERS, fillBasinRows, optimizerFor, type BasinRule, type Field, type Objective } from "../../../engine/index.ts";
import type { BasinsRequest, BasinsResult } from "./protocol.ts";

/** Work between two looks at the worker's messages, so a newer request is noticed within a few milliseconds. */
const SLICE_MS = 8;
/** The finest map is handed on every this many rows as it fills, over the coarse one. */
const PROGRESS_ROWS = 16;

/**
 * computeBasins(objective, field, request, emit, yieldNow, stale, now) computes each resolution of a basins
 * map the request asks for, coarse first, each descent through `field` (the model's surrogate where it has
 * one, else the objective). Each coarse map is emitted when complete, the finest also every PROGRESS_ROWS
 * rows; between slices of about SLICE_MS it awaits yieldNow() and stops, emitting nothing more, once stale().
 */
export async function computeBasins(
  f: Objective,
  field: Field,
  request: BasinsRequest,
  emit: (result: BasinsResult) => void,
  yieldNow: () => Promise<void>,
  stale: () => boolean,
  now: () => number = () => performance.now(),
): Promise<void> {
  const { slice, window, sizes, channel, job } = request;
  const rule: BasinRule = {
    model: f.model,
    learningRate: request.learningRate,
    optimizer: optimizerFor(request.optimizer) ?? OPTIMIZERS[0]!,
    settings: request.settings,
    valleys: f.valleys.slice(0, 250),
  };
  let sliceStart = now();
  for (const [k, size] of sizes.entries()) {
    const last = k === sizes.length - 1;
    const codes = new Uint8Array(size * size);
    const send = (rowsDone: number) =>
      emit({ kind: "basins", channel, job, map: { cols: size, rows: size, window, codes: codes.slice() }, rowsDone, valleys: rule.valleys, final: last && rowsDone === size });
    for (let row = 0; row < size; row++) {
      fillBasinRows(field, rule, slice, window, size, size, codes, row, row + 1);
      if (last && row + 1 < size && (row + 1) % PROGRESS_ROWS === 0) send(row + 1);
      if (now() - sliceStart >= SLICE_MS) {
        await yieldNow();
        if (stale()) return;
        sliceStart = now();
      }
    }
    send(size);
  }
}
