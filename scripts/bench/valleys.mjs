/**
 * valleysBenchmarks(): what the wave of chapter 7 (model=valleys, no fast path) costs. In Node: its loss
 * and gradient (a pass over its 40 points), listing its valleys, and a whole 128 × 128 basins map computed
 * at once through its surrogate. In headless Chromium, on the built page, at full speed and at 4× CPU
 * slowdown (CDP throttling, about a mid-range phone):
 * - the landscape worker's timings for the wave: from the loss space's request (the reader scrolls from the
 *   top into chapter 7, so the figures switch to the wave) to its first coarse landscape (32²) and to the
 *   full 256² one;
 * - the longest main-thread task while that landscape is computed: every task that starts after the
 *   switch's own work (the task that sent the request, and the frame that lays out what it changed) and
 *   before the full landscape is drawn. That is the work the landscape itself puts on the page;
 * - the scroll itself, beside its floor: the longest task from the scroll until the full landscape, on the
 *   essay and on the same page as plain HTML with no island (floor-page.mjs), scrolled the same way. The
 *   floor is what laying out chapter 7 for the first time costs any page on this machine;
 * - the work floor (floor-page.mjs): 40 tasks of 5 ms of work at full speed, on a bare page beside a worker
 *   busy on the other core, at the same slowdown: their longest, and how many reach 50 ms. At 4× CPU on a
 *   two-core machine the slowed page is stalled at random while the worker computes, so even pieces of
 *   work this small sometimes cross 50 ms; the essay's own smallest pieces (an island hydrating, a
 *   landscape drawn) are about this size;
 * - the basins map: from the request (the reader picks another optimiser: plain descent → momentum → Adam →
 *   plain descent) to the last row of the 128 × 128 map; the longest task while it is computed (after the
 *   pick's own task); and the pick's own task (the page redoing the descent, the race and the figures).
 * Times are read from the worker's own messages: a script added before the page's own wraps Worker so that
 * each request and result is stamped with performance.now(); long tasks are PerformanceObserver "longtask"
 * entries (50 ms or more; 0 means none). The build is the interaction bench's (dist-bench/, or $BENCH_DIST).
 */
// The wave's maths loads on demand in the page; here every model's, for its effect, before the engine is used.
import "../../src/engine/models/all.ts";
import { basinMap, objective, optimizerFor, valleys } from "../../src/engine/index.ts";
import { FLOOR_PATH, WORK_FLOOR_PATH, writeFloorPage, writeWorkFloorPage } from "./floor-page.mjs";
import { BENCH_DIST, median, withBuiltSite } from "./interaction.mjs";
import { measure } from "./measure.mjs";

const SLOWDOWNS = [1, 4];
const RUNS = 3;
const SIZE = 128;
const OPTIMIZER_ORDER = ["momentum", "adam", "plain gradient descent"];

/** valleysBenchmarks() returns the engine rows, then the browser rows for each CPU slowdown. */
export async function valleysBenchmarks() {
  return [...(await engineRows()), ...(await browserRows())];
}

async function engineRows() {
  const n = valleys.data.n;
  const data = { x: new Float64Array(n), y: new Float64Array(n) };
  valleys.data.stream(valleys.data.seed)(data, 0, n);
  const f = objective(valleys, data);
  const window = { u0: -0.5, u1: 7, v0: -1.6, v1: 1.6 };
  const surrogate = valleys.surrogate(data, window);
  const gd = optimizerFor("gd");
  const rule = { model: valleys, learningRate: 0.2, optimizer: gd, settings: {}, valleys: f.valleys };
  const slice = { i: 0, j: 1, at: [3.8, 0.2] };
  let i = 0;
  return [
    await measure(`wave: loss and gradient (a pass over its ${n} points)`, () => f.loss([1 + 1e-3 * (i++ & 1023), 0.5]) + f.gradient([2, 0.3])[0]),
    await measure(`wave: list its valleys (on every edit of its points)`, () => valleys.valleys(data).length, { minRuns: 10 }),
    await measure(`wave: build its surrogate for the window`, () => (valleys.surrogate(data, window) ? 1 : 0), { minRuns: 10 }),
    await measure(`wave: a whole ${SIZE} × ${SIZE} basins map (plain descent, lr 0.2) in Node`, () => basinMap(surrogate, rule, slice, window, SIZE, SIZE).codes[0], {
      warmup: 1, warmupMs: 0, minRuns: 3, minMs: 0,
    }),
  ];
}

async function browserRows() {
  return withBuiltSite(async (browser, origin) => {
    writeFloorPage(BENCH_DIST);
    writeWorkFloorPage(BENCH_DIST);
    const rows = [];
    for (const slowdown of SLOWDOWNS) {
      const runs = [];
      // Interleaved, so that a change in the machine's load falls on the essay and its floor alike.
      for (let r = 0; r < RUNS; r++) {
        runs.push({
          ...(await oneLoad(browser, origin, slowdown)),
          floor: await floorScroll(browser, origin, slowdown),
          ...(await largestN(browser, origin, slowdown)),
          ...(await workFloor(browser, origin, slowdown)),
        });
      }
      const pick = (key) => median(runs.map((x) => x[key]));
      const tag = `${slowdown}× CPU`;
      const ratio = pick("floor") > 0 ? ` (${(pick("scrollLongest") / pick("floor")).toFixed(1)}× the floor's)` : "";
      rows.push(
        { name: `landscape worker, the wave: first coarse picture (32²) after the request, ${tag}`, median: pick("coarse"), runs: RUNS },
        { name: `landscape worker, the wave: full 256² landscape after the request, ${tag}`, median: pick("full"), runs: RUNS },
        { name: `longest main-thread task while the wave's landscape is computed, ${tag} (${pick("landscapeCount")} tasks ≥ 50 ms; 0 means none)`, median: pick("landscapeLongest"), runs: RUNS },
        { name: `at the wave's largest n (${valleys.data.maxN}, opened from a link): full 256² landscape after the request, ${tag}`, median: pick("largestFull"), runs: RUNS },
        { name: `at the wave's largest n: longest main-thread task while its landscape is computed, ${tag} (${pick("largestCount")} tasks ≥ 50 ms; 0 means none)`, median: pick("largestLongest"), runs: RUNS },
        { name: `  its floor: 40 tasks of 5 ms of work (at 1×) on a bare page beside a busy worker, the longest, ${tag} (${pick("workFloorCount")} of 40 ≥ 50 ms)`, median: pick("workFloorLongest"), runs: RUNS },
        { name: `at the wave's largest n: longest main-thread task from opening the link (hydration included) until its landscape is full, ${tag}`, median: pick("largestOpening"), runs: RUNS },
        { name: `longest main-thread task, scrolling into chapter 7 until its landscape is full, ${tag}${ratio}`, median: pick("scrollLongest"), runs: RUNS },
        { name: `  its floor: the same scroll on the page as plain HTML, ${tag}`, median: pick("floor"), runs: RUNS },
        { name: `basins map ${SIZE} × ${SIZE} complete after the optimiser changes (median of 3 changes), ${tag}`, median: pick("basins"), runs: RUNS },
        { name: `longest main-thread task while basins maps are computed, ${tag} (${pick("basinsCount")} tasks ≥ 50 ms; 0 means none)`, median: pick("basinsLongest"), runs: RUNS },
        { name: `the optimiser pick's own task (descent, race and figures redone), ${tag}`, median: pick("pickLongest"), runs: RUNS },
      );
    }
    return rows;
  });
}

/**
 * The wave at its largest n, opened from a link at chapter 7 with the CPU already slowed: the landscape
 * worker's full 256² landscape, the longest task from the frame after the loss space's request (the
 * page hydrating, drawing and measuring meanwhile, as a reader's page does) until it is drawn, and the
 * longest task from the page's first (its hydration included) until then.
 */
async function largestN(browser, origin, slowdown) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript(instrument);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
    await page.goto(`${origin}/?model=valleys&n=${valleys.data.maxN}#many-valleys`);
    const done = await page.waitForFunction(() => {
      const b = window.__bench;
      const ask = b.sent.find((s) => s.kind === "landscape" && s.model === "valleys");
      if (!ask || ask.settled === null) return null;
      const last = b.sent.filter((s) => s.channel === ask.channel).at(-1);
      const full = b.got.find((g) => g.channel === last.channel && g.job === last.job && g.final);
      return full ? { ask: ask.at, settled: ask.settled, full: full.at } : null;
    }, null, { timeout: 120_000, polling: 50 }).then((h) => h.jsonValue());
    const tasks = await page.evaluate(([a, z]) => window.__bench.tasks.filter((t) => t.start >= a && t.start <= z).map((t) => t.duration), [done.settled, done.full]);
    // From the page's first task (its hydration, the model's first figures) to the full landscape.
    const opening = await page.evaluate((z) => window.__bench.tasks.filter((t) => t.start <= z).map((t) => t.duration), done.full);
    return { largestFull: done.full - done.ask, largestLongest: Math.max(0, ...tasks), largestCount: tasks.length, largestOpening: Math.max(0, ...opening) };
  } finally {
    await page.close();
  }
}

/**
 * The floor of "no task of 50 ms while the worker computes": 40 tasks of the same 5 ms of work (sized at full
 * speed), one every 60 ms, on a bare page beside a worker busy on the other core, at the same CPU slowdown.
 * The essay's smallest pieces of work (an island hydrating, a landscape drawn) are about this size.
 */
async function workFloor(browser, origin, slowdown) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/${WORK_FLOOR_PATH}`);
    await page.waitForFunction(() => window.__workMs !== undefined);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
    const durations = await page.evaluate(() => window.__spin(40));
    return { workFloorLongest: Math.round(Math.max(...durations)), workFloorCount: durations.filter((d) => d >= 50).length };
  } finally {
    await page.close();
  }
}

/** The floor of the scroll: chapter 7 scrolled into view on the page as plain HTML; its longest task. */
async function floorScroll(browser, origin, slowdown) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript(instrument);
    await page.goto(`${origin}/${FLOOR_PATH}`);
    await page.evaluate(() => document.fonts.ready);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
    const at = await page.evaluate(() => {
      const t = performance.now();
      document.getElementById("many-valleys").scrollIntoView();
      return t;
    });
    await page.waitForTimeout(2000);
    const tasks = await page.evaluate((a) => window.__bench.tasks.filter((t) => t.start + t.duration >= a).map((t) => t.duration), at);
    return Math.max(0, ...tasks);
  } finally {
    await page.close();
  }
}

/** Stamps every message to and from the page's workers, and every long task, in window.__bench. */
function instrument() {
  const bench = { sent: [], got: [], tasks: [] };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) => {
        const d = event.data ?? {};
        bench.got.push({ at: performance.now(), kind: d.kind ?? "landscape", channel: d.channel, job: d.job, size: d.grid?.cols ?? d.map?.cols, final: d.final, rows: d.rowsDone });
      });
    }
    postMessage(message, transfer) {
      const sent = { at: performance.now(), kind: message?.kind ?? "landscape", channel: message?.channel, job: message?.job, model: message?.model, settled: null };
      bench.sent.push(sent);
      // When the frame that draws what sent this request is over: a timer queued from the next frame's
      // animation callback runs after that frame's layout and paint.
      requestAnimationFrame(() => setTimeout(() => (sent.settled = performance.now())));
      super.postMessage(message, transfer);
    }
  };
}

/** One page load: the landscape on entering chapter 7, then three basins maps, at one CPU slowdown. */
async function oneLoad(browser, origin, slowdown) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript(instrument);
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => document.querySelectorAll("astro-island[ssr]").length === 0);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
    const scrolledAt = await page.evaluate(() => {
      const at = performance.now();
      document.getElementById("many-valleys").scrollIntoView();
      return at;
    });
    // The loss space's landscape of the wave: its first request on a channel that is not the basins map's rings.
    const landscape = await page.waitForFunction(() => {
      const b = window.__bench;
      const ask = b.sent.find((s) => s.kind === "landscape" && s.model === "valleys");
      if (!ask) return null;
      const last = b.sent.filter((s) => s.channel === ask.channel).at(-1);
      const mine = b.got.filter((g) => g.channel === last.channel && g.job === last.job);
      const full = mine.find((g) => g.final);
      return full ? { ask: last.at, settled: ask.settled ?? last.at, coarse: mine[0].at, full: full.at } : null;
    }, null, { timeout: 120_000, polling: 50 }).then((h) => h.jsonValue());
    // Tasks overlapping [a, z]; `after` keeps only those that start after the end of the task holding a.
    const tasksIn = (a, z) => page.evaluate(([from, to]) => window.__bench.tasks.filter((t) => t.start + t.duration >= from && t.start <= to), [a, z]);
    const longest = (tasks) => Math.max(0, ...tasks.map((t) => t.duration));
    const scrollTasks = await tasksIn(scrolledAt, landscape.full);
    // The switch's own work is the task that sent the first request and the frame that draws what it
    // changed; what starts after that frame is the page's work while the worker computes.
    const landscapeTasks = scrollTasks.filter((t) => t.start >= landscape.settled);

    const map = page.locator('[data-figure="basins"]');
    await map.scrollIntoViewIfNeeded();
    const status = map.locator("[data-basins-status]");
    await status.filter({ hasText: `${SIZE} × ${SIZE} starts` }).waitFor({ timeout: 120_000 });
    const basins = [];
    let basinsTasks = [];
    const pickTasks = [];
    for (const name of OPTIMIZER_ORDER) {
      const before = await page.evaluate(() => window.__bench.sent.length);
      await page.locator("section#many-valleys").getByRole("radio", { name: new RegExp(name, "i") }).check();
      const done = await page.waitForFunction((count) => {
        const b = window.__bench;
        const ask = b.sent.slice(count).filter((s) => s.kind === "basins").at(-1);
        if (!ask) return null;
        const last = b.got.find((g) => g.kind === "basins" && g.channel === ask.channel && g.job === ask.job && g.final);
        const first = b.sent.slice(count).find((s) => s.kind === "basins");
        return last ? { first: first.at, settled: first.settled ?? ask.at, done: last.at } : null;
      }, before, { timeout: 120_000, polling: 50 }).then((h) => h.jsonValue());
      basins.push(done.done - done.first);
      const during = await tasksIn(done.first, done.done);
      pickTasks.push(longest(during.filter((t) => t.start < done.settled)));
      basinsTasks = basinsTasks.concat(during.filter((t) => t.start >= done.settled));
    }
    return {
      coarse: landscape.coarse - landscape.ask,
      full: landscape.full - landscape.ask,
      landscapeLongest: longest(landscapeTasks),
      landscapeCount: landscapeTasks.length,
      scrollLongest: longest(scrollTasks),
      basins: median(basins),
      basinsLongest: longest(basinsTasks),
      basinsCount: basinsTasks.length,
      pickLongest: Math.max(0, ...pickTasks),
    };
  } finally {
    await page.close();
  }
}
