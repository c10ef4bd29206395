/**
 * scaleBenchmarks(): what 50,000 and 500,000 points cost. In Node: generating them (generateDataset), one
 * full-batch step (gradientOver, a real pass over every point) and one mini-batch step of 32 (the sampler's
 * next batch and batchGradient). In headless Chromium, on the built page: the longest main-thread task
 * (PerformanceObserver "longtask", which reports tasks of 50 ms or more) while the reader takes the number of
 * points 40 → 500,000 → 40 → 500,000 with the comparison's slider, waiting each time until the points are
 * generated and every step is timed; at full speed and at 4× CPU slowdown (CDP throttling, about a
 * mid-range phone). The build is the interaction bench's (dist-bench/, or $BENCH_DIST).
 */
import { DEFAULT_SEED, batchGradient, batchSampler, generateDataset, gradientOver, seededRandom } from "../../src/engine/index.ts";
import { median, withBuiltSite } from "./interaction.mjs";
import { measure } from "./measure.mjs";

const SIZES = [50_000, 500_000];
const K = 32;
const RUNS = 3;
const SLOWDOWNS = [1, 4];

/** scaleBenchmarks() returns the engine rows for each size, then one browser row per CPU slowdown. */
export async function scaleBenchmarks() {
  const rows = [];
  for (const n of SIZES) rows.push(...(await engineRows(n)));
  rows.push(...(await browserRows()));
  return rows;
}

async function engineRows(n) {
  const label = `n = ${n.toLocaleString("en-US")}`;
  const data = generateDataset(n, DEFAULT_SEED);
  // The first shuffle is paid once, before any step, as on the page.
  const sampler = batchSampler(n, K, seededRandom(1));
  sampler.next();
  let p = { m: -0.3, b: 2.5 };
  const miniBatchStep = () => {
    const g = batchGradient(data, sampler.next(), K, p);
    p = { m: p.m - 1e-3 * g.dm, b: p.b - 1e-3 * g.db };
    return p.m;
  };
  let i = 0;
  return [
    await measure(`generate the points, ${label}`, () => generateDataset(n, 3).y[0], { minRuns: 10 }),
    await measure(`full-batch step (gradientOver, a pass over every point), ${label}`, () => gradientOver(data, { m: 1e-3 * (i++ & 1023), b: 1 }).dm),
    await measure(`mini-batch step (k = ${K}), ${label}`, miniBatchStep, { repeat: 1000 }),
  ];
}

async function browserRows() {
  return withBuiltSite(async (browser, origin) => {
    const rows = [];
    for (const slowdown of SLOWDOWNS) {
      const runs = [];
      for (let r = 0; r < RUNS; r++) runs.push(await changeN(browser, `${origin}/`, slowdown));
      rows.push({
        name: `longest main-thread task, n 40 → 500,000 → 40 → 500,000 by the slider, ${slowdown}× CPU (${median(runs.map((x) => x.count))} tasks ≥ 50 ms; 0 means none)`,
        median: median(runs.map((x) => x.longest)),
        runs: RUNS,
      });
    }
    return rows;
  });
}

/** One page load: throttle, walk n up and down with the keyboard, and read the long tasks seen meanwhile. */
async function changeN(browser, url, slowdown) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelectorAll("astro-island[ssr]").length === 0);
    const figure = page.locator('[data-figure="comparison"]');
    const pointsPerStep = figure.locator('tr[data-cost="points-per-step"] td[data-method="batch"]');
    const size = figure.getByRole("slider", { name: "number of points" });
    await size.scrollIntoViewIfNeeded();
    const allTimed = () => page.waitForFunction(() => !document.querySelector('[data-figure="comparison"] tr[data-cost="step-time"] td.pending'), null, { timeout: 120_000 });
    await allTimed();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
    await page.evaluate(() => {
      const seen = [];
      window.__longTasks = seen;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) seen.push(e.duration);
      }).observe({ type: "longtask" });
    });
    const settle = async (text) => {
      await pointsPerStep.filter({ hasText: new RegExp(`^${text}$`) }).waitFor({ timeout: 120_000 });
      await allTimed();
    };
    await size.focus();
    await page.keyboard.press("End");
    await settle("500,000");
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await settle("40");
    await page.keyboard.press("End");
    await settle("500,000");
    // Long-task entries arrive a little after the task; give them a moment at the slowed pace.
    await page.waitForTimeout(500 * slowdown);
    const tasks = await page.evaluate(() => window.__longTasks);
    return { longest: Math.max(0, ...tasks), count: tasks.length };
  } finally {
    await page.close();
  }
}
