/// <reference lib="webworker" />
// The machine-speed worker: times the engine's loss and gradient on a thread of their own. On the page's
// thread the compiler had the page's own code to finish first, and a timing caught the quick compile
// (about twice as slow) on one load and the optimised code on the next; here the optimised code's time
// arrives within a second on every load, and the page does none of the work.
import { timeLossAndGradient, timingSample } from "./speed-looks.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
/** A pause between looks that lets the thread's other tasks (the compiler's results among them) in. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

void timeLossAndGradient(timingSample(), () => performance.now(), pause, (report) => scope.postMessage(report)).finally(() => scope.close());
