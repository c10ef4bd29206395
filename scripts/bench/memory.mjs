/**
 * memoryBenchmarks(): the page's memory after load, in headless Chromium, from CDP's heap usage of each
 * target (Runtime.getHeapUsage after a full garbage collection: the JavaScript heap plus the array
 * buffers' backing stores; performance.measureUserAgentSpecificMemory would need the page to be
 * cross-origin isolated, which a static host cannot promise). Three readings, each the median of three
 * page loads: the page at n = 40 (goal under 12 MB) and at n = 500,000 (under 40 MB), and the landscape
 * worker once chapter 7's wave has its full landscape and its 128 × 128 basins map (under 64 MB). Rows
 * are in MB, in the "median ms" column.
 */
import { median, withBuiltSite } from "./interaction.mjs";

const RUNS = 3;
const MB = 1024 * 1024;

/** memoryBenchmarks() returns the three rows, each the median over RUNS page loads. */
export async function memoryBenchmarks() {
  return withBuiltSite(async (browser, origin) => {
    const small = [], large = [], worker = [];
    for (let r = 0; r < RUNS; r++) {
      small.push(await pageHeap(browser, `${origin}/`));
      large.push(await pageHeap(browser, `${origin}/?n=500000`, "500,000"));
      worker.push(await workerHeap(browser, origin));
    }
    const row = (name, values, goal) => ({ name: `${name}, MB, goal under ${goal} (by load ${values.map((v) => v.toFixed(1)).join(", ")})`, median: median(values), runs: RUNS });
    return [
      row("page heap with array buffers after load, n = 40", small, 12),
      row("page heap with array buffers after load, n = 500,000", large, 40),
      row("landscape worker's heap with array buffers, chapter 7's wave with its basins map", worker, 64),
    ];
  });
}

/** heapOf(send) is a target's heap after a full collection, in MB: what is in use plus the array buffers' backing stores. */
async function heapOf(send) {
  await send("HeapProfiler.collectGarbage");
  const { usedSize, backingStorageSize = 0 } = await send("Runtime.getHeapUsage");
  return (usedSize + backingStorageSize) / MB;
}

/** One page load: the page's own heap once it has hydrated (and drawn `ready` in the data space) and is idle. */
async function pageHeap(browser, url, ready) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelectorAll("astro-island[ssr]").length === 0);
    if (ready) await page.locator('[data-figure="data-space"]').getByText(ready).first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(2000);
    const cdp = await page.context().newCDPSession(page);
    return await heapOf((method, params) => cdp.send(method, params));
  } finally {
    await page.close();
  }
}

/** One page load: the landscape worker's heap once chapter 7's landscape and basins map are complete. */
async function workerHeap(browser, origin) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await browser.newBrowserCDPSession();
  try {
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => document.querySelectorAll("astro-island[ssr]").length === 0);
    await page.evaluate(() => document.getElementById("many-valleys").scrollIntoView());
    await page.waitForTimeout(3000);
    const map = page.locator('[data-figure="basins"]');
    await map.scrollIntoViewIfNeeded();
    await map.locator("[data-basins-status]").filter({ hasText: "128 × 128 starts" }).waitFor({ timeout: 120_000 });
    const { targetInfos } = await cdp.send("Target.getTargets");
    const workers = targetInfos.filter((t) => t.type === "worker");
    if (workers.length === 0) throw new Error("memory bench: chapter 7 started no worker");
    const sizes = [];
    for (const target of workers) sizes.push(await heapOf(await attached(cdp, target.targetId)));
    return Math.max(...sizes);
  } finally {
    await cdp.detach();
    await page.close();
  }
}

/** attached(cdp, targetId) attaches the browser's CDP session to a target and returns a send(method, params) for it. */
async function attached(cdp, targetId) {
  const { sessionId } = await cdp.send("Target.attachToTarget", { targetId, flatten: false });
  let id = 0;
  const waiting = new Map();
  cdp.on("Target.receivedMessageFromTarget", (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    const done = waiting.get(message.id);
    if (!done) return;
    waiting.delete(message.id);
    if (message.error) done.reject(new Error(message.error.message));
    else done.resolve(message.result);
  });
  return (method, params = {}) =>
    new Promise((resolve, reject) => {
      waiting.set(++id, { resolve, reject });
      void cdp.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method, params }) });
    });
}
