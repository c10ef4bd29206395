/** Runs work in a task of its own. */
export type Post = (work: () => void) => void;

interface Scheduler {
  postTask(work: () => void, options: { priority: "user-blocking" | "user-visible" | "background" }): Promise<unknown>;
}

let post: Post | null = null;

/**
 * nextTask(work) runs work in a new task, after whatever the browser has queued (a frame, an input):
 * scheduler.postTask where there is one, else a MessageChannel message, which no timer clamping delays.
 */
export function nextTask(work: () => void): void {
  post ??= poster();
  post(work);
}

// Made on first use: a channel with a listener would keep a server-side render's process alive.
function poster(): Post {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.postTask === "function") {
    const postTask = scheduler.postTask.bind(scheduler);
    return (work) => void postTask(work, { priority: "user-visible" });
  }
  if (typeof MessageChannel === "function") {
    const queue: (() => void)[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => queue.shift()?.();
    return (work) => {
      queue.push(work);
      channel.port2.postMessage(null);
    };
  }
  return (work) => void setTimeout(work, 0);
}
