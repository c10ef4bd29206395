/// <reference lib="webworker" />
// The landscape worker: computes losses over a slice of the loss space for models with no fast path,
// where each of the grid's cells is a pass over the data, and basins maps (a descent from every cell), so
// the page never waits for either.
import "../../../engine/models/all.ts";
import { modelFor, objective, type Dataset, type Field, type LossWindow, type Objective } from "../../../engine/index.ts";
import { computeLandscape } from "./compute.ts";
import { computeBasins } from "./basins-job.ts";
import type { BasinsRequest, LandscapeResult, WorkerRequest, WorkerResult } from "./protocol.ts";

/** The newest job of each channel; any other is stale. */
const latest = new Map<string, number>();
let data: Dataset | null = null;
let bound: { model: string; data: Dataset; objective: Objective } | null = null;
/** The field basins maps descend through, kept while the model, points and window stay the same. */
let field: { objective: Objective; window: LossWindow; field: Field } | null = null;

/** Yields one task, so a newer request's message is handled before the next slice of rows. */
function yieldNow(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function post(result: WorkerResult): void {
  const buffer = result.kind === "basins" ? result.map.codes.buffer : (result as LandscapeResult).grid.values.buffer;
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(result, [buffer]);
}

/** The model's quick stand-in for this window where it has one (built once), else the objective itself. */
function fieldFor(f: Objective, window: LossWindow): Field {
  const same = field && field.objective === f && JSON.stringify(field.window) === JSON.stringify(window);
  if (!same) field = { objective: f, window, field: f.model.surrogate?.(f.data, window) ?? f };
  return field!.field;
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  latest.set(request.channel, request.job);
  if (request.data) data = request.data;
  const model = modelFor(request.model);
  if (!model || !data) return;
  if (!bound || bound.model !== model.id || bound.data !== data) bound = { model: model.id, data, objective: objective(model, data) };
  const stale = () => latest.get(request.channel) !== request.job;
  if (request.kind === "basins") {
    const f = bound.objective;
    void computeBasins(f, fieldFor(f, (request as BasinsRequest).window), request as BasinsRequest, post, yieldNow, stale);
  } else {
    void computeLandscape(bound.objective, request, post, yieldNow, stale);
  }
};
