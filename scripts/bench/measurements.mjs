/**
 * measurementBenchmarks(): how steady the times the page measures on the reader's machine are from one load
 * to the next. In headless Chromium, on the built page, LOADS page loads: the grid search's cost (chapter 3,
 * from the machine's measured loss per point) and one full pass over 500,000 points (chapter 6, from its
 * gradient per point), as the page prints them once its timing worker has finished (it prints a first time
 * after one look, then the fastest of sixteen; see speed-looks.ts), with how long after scrolling to them the first
 * time appeared. Beside them, the machine's own steadiness: a
 * bare loop of the same arithmetic (a squared residual a point over 20,000 points) timed on the same page
 * after each load, its fastest of 20 runs of about 2 ms. Each row gives the median over the loads and the
 * spread (largest over smallest); the page's spread should be no more than the floor's.
 */
import { median, withBuiltSite } from "./interaction.mjs";

const LOADS = 6;

/** How long the page's timing worker may take after its first report: its sixteen looks of some 0.1 s, and a margin. */
const SETTLE_MS = 6_000;

/** measurementBenchmarks() returns three rows: the grid cost, the pass and the floor, each with its spread. */
export async function measurementBenchmarks() {
  return withBuiltSite(async (browser, origin) => {
    const loads = [];
    for (let r = 0; r < LOADS; r++) loads.push(await oneLoad(browser, origin));
    const row = (key, label) => {
      const values = loads.map((l) => l[key]);
      const spread = Math.max(...values) / Math.min(...values);
      return { name: `${label}: median of ${LOADS} loads, spread ${spread.toFixed(2)}× (largest over smallest)`, median: median(values), runs: LOADS };
    };
    return [
      row("grid", "the grid search's cost as chapter 3 prints it"),
      row("pass", "one full pass over 500,000 points as chapter 6 prints it"),
      row("appeared", "ms from scrolling to chapter 3's time to both times first printed"),
      row("floor", "floor: a bare loop of 20,000 squared residuals on the same page, fastest of 20 runs"),
    ];
  });
}

/** One load: wait for both measured times to be printed, read them, then time the bare loop. */
async function oneLoad(browser, origin) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(`${origin}/`);
    await page.waitForLoadState("networkidle");
    // The page times the machine once the reader comes near a measured number, not before.
    const opened = Date.now();
    await page.locator('[data-grid="time"]').first().scrollIntoViewIfNeeded();
    const read = () => ['[data-grid="time"]', "[data-pass-points]"].map((s) => document.querySelector(s)?.textContent?.trim() ?? "");
    await page.waitForFunction(
      () => ['[data-grid="time"]', "[data-pass-points]"].every((s) => {
        const t = document.querySelector(s)?.textContent ?? "";
        return /\d/.test(t) && !/measured once/.test(t);
      }),
      null,
      { timeout: 60_000, polling: 100 },
    );
    const appeared = Date.now() - opened;
    await page.waitForTimeout(SETTLE_MS);
    const printed = await page.evaluate(read);
    const floor = await page.evaluate(() => {
      const x = Float64Array.from({ length: 20_000 }, (_, i) => Math.sin(i));
      let sink = 0;
      let fastest = Infinity;
      for (let run = 0; run < 20; run++) {
        const t0 = performance.now();
        for (let rep = 0; rep < 100; rep++) {
          let s = 0;
          for (let i = 0; i < x.length; i++) {
            const e = 0.3 * x[i] - 1;
            s += e * e;
          }
          sink += s;
        }
        fastest = Math.min(fastest, (performance.now() - t0) / 100);
      }
      return sink > 0 ? fastest : NaN;
    });
    return { grid: toMs(printed[0]), pass: toMs(printed[1]), appeared, floor };
  } finally {
    await page.close();
  }
}

/** toMs("234 µs") is 0.234: a duration as the page prints it, in milliseconds. */
function toMs(text) {
  const match = /([\d,.]+)\s*(ns|µs|ms|s)\b/.exec(text);
  if (!match) throw new Error(`not a duration: ${text}`);
  const value = Number(match[1].replaceAll(",", ""));
  return value * { ns: 1e-6, "µs": 1e-3, ms: 1, s: 1e3 }[match[2]];
}
