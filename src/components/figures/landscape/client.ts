import type { Dataset } from "../../../engine/index.ts";
import type { LandscapeRequest, LandscapeResult } from "./protocol.ts";

/** A request without its job number and data, which the client fills in. */
export type LandscapeAsk = Omit<LandscapeRequest, "job" | "data"> & { readonly points: Dataset };

let worker: Worker | null = null;
let job = 0;
let sent: Dataset | null = null;
/** Each channel's newest job and who hears its results. */
const listeners = new Map<string, { readonly job: number; readonly onResult: (result: LandscapeResult) => void }>();

/**
 * askLandscape(ask, onResult) sends a landscape request to the page's one landscape worker (started on
 * first use, a module worker under the page's own origin, so the strict CSP allows it) and calls onResult
 * with each resolution as it arrives. A newer request on the same channel (the same figure) makes this one
 * stale: the worker drops it and no more of its results are delivered. Browser only.
 */
export function askLandscape(ask: LandscapeAsk, onResult: (result: LandscapeResult) => void): void {
  worker ??= startWorker();
  job += 1;
  listeners.set(ask.channel, { job, onResult });
  const { points, ...rest } = ask;
  // The points travel only when they changed: a scrub of the start sends a few numbers, not the data.
  const data = points === sent ? null : { x: points.x.slice(), y: points.y.slice(), ...(points.label ? { label: points.label.slice() } : {}) };
  sent = points;
  const request: LandscapeRequest = { ...rest, job, data };
  worker.postMessage(request, data ? [data.x.buffer, data.y.buffer, ...(data.label ? [data.label.buffer] : [])] : []);
}

function startWorker(): Worker {
  const w = new Worker(new URL("./landscape.worker.ts", import.meta.url), { type: "module", name: "landscape" });
  w.onmessage = (event: MessageEvent<LandscapeResult>) => {
    const listener = listeners.get(event.data.channel);
    if (listener?.job === event.data.job) listener.onResult(event.data);
  };
  return w;
}
