/// <reference lib="webworker" />
// The landscape worker: computes losses over a slice of the loss space for models with no fast path,
// where each of the grid's cells is a pass over the data, so the page never waits for it.
import { modelFor, objective, type Dataset, type Objective } from "../../../engine/index.ts";
import { computeLandscape } from "./compute.ts";
import type { LandscapeRequest, LandscapeResult } from "./protocol.ts";

/** The newest job of each channel; any other is stale. */
const latest = new Map<string, number>();
let data: Dataset | null = null;
let bound: { model: string; data: Dataset; objective: Objective } | null = null;

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

self.onmessage = (event: MessageEvent<LandscapeRequest>) => {
  const request = event.data;
  latest.set(request.channel, request.job);
  if (request.data) data = request.data;
  const model = modelFor(request.model);
  if (!model || !data) return;
  if (!bound || bound.model !== model.id || bound.data !== data) bound = { model: model.id, data, objective: objective(model, data) };
  const emit = (result: LandscapeResult) => {
    const values = result.grid.values;
    (self as unknown as DedicatedWorkerGlobalScope).postMessage(result, [values.buffer]);
  };
  void computeLandscape(bound.objective, request, emit, yieldNow, () => latest.get(request.channel) !== request.job);
};
