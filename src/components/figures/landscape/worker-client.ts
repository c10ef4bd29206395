import type { Dataset } from "../../../engine/index.ts";
import { nextTask } from "../../scheduling/next-task.ts";
import type { BasinsRequest, BasinsResult, LandscapeRequest, LandscapeResult, WorkerRequest, WorkerResult } from "./protocol.ts";

/** A request without its job number and data, which the client fills in. */
export type LandscapeAsk = Omit<LandscapeRequest, "job" | "data"> & { readonly points: Dataset };
/** A basins request without its job number and data, which the client fills in. */
export type BasinsAsk = Omit<BasinsRequest, "job" | "data" | "kind"> & { readonly points: Dataset };

let worker: Worker | null = null;
let job = 0;
let sent: Dataset | null = null;
/** Each channel's newest job and who hears its results. */
const listeners = new Map<string, { readonly job: number; readonly onResult: (result: WorkerResult) => void }>();

/**
 * askLandscape(ask, onResult) sends a landscape request to the page's one landscape worker (started on
 * first use, a module worker under the page's own origin, so the strict CSP allows it) and calls onResult
 * with each resolution as it arrives. A newer request on the same channel (the same figure) makes this one
 * stale: the worker drops it and no more of its results are delivered. Browser only.
 */
export function askLandscape(ask: LandscapeAsk, onResult: (result: LandscapeResult) => void): void {
  const { points, ...rest } = ask;
  send(points, (data, id) => ({ ...rest, kind: "landscape", job: id, data }), onResult as (result: WorkerResult) => void);
}

/** askBasins(ask, onResult) asks the same worker for a basins map, coarse first, on the same terms as askLandscape. */
export function askBasins(ask: BasinsAsk, onResult: (result: BasinsResult) => void): void {
  const { points, ...rest } = ask;
  send(points, (data, id) => ({ ...rest, kind: "basins", job: id, data }), onResult as (result: WorkerResult) => void);
}

function send(points: Dataset, make: (data: WorkerRequest["data"], job: number) => WorkerRequest, onResult: (result: WorkerResult) => void): void {
  job += 1;
  // The points travel only when they changed: a scrub of the start sends a few numbers, not the data.
  const data = points === sent ? null : { x: points.x.slice(), y: points.y.slice(), ...(points.label ? { label: points.label.slice() } : {}) };
  sent = points;
  const request = make(data, job);
  listeners.set(request.channel, { job, onResult });
  const transfer = data ? [data.x.buffer, data.y.buffer, ...(data.label ? [data.label.buffer] : [])] : [];
  if (worker) worker.postMessage(request, transfer);
  else {
    // Starting the worker costs the page a long moment (a module worker's thread and script): not in the
    // task that asks, which is usually a model switch redrawing much of the page already. Requests asked
    // meanwhile are sent in order once it has started.
    waiting.push([request, transfer]);
    if (waiting.length === 1) nextTask(() => {
      worker = startWorker();
      for (const [r, t] of waiting.splice(0)) worker.postMessage(r, t);
    });
  }
}

/** Requests asked before the worker has started, with what each transfers. */
const waiting: [WorkerRequest, Transferable[]][] = [];

function startWorker(): Worker {
  const w = new Worker(new URL("./landscape.worker.ts", import.meta.url), { type: "module", name: "landscape" });
  w.onmessage = (event: MessageEvent<WorkerResult>) => {
    const listener = listeners.get(event.data.channel);
    if (listener?.job === event.data.job) listener.onResult(event.data);
  };
  return w;
}
