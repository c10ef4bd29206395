/**
 * approachBenchmarks(): how long a reader waits for a chapter's islands (its scrubbable numbers, pickers,
 * the comparison, the basins map, the data panel) once the chapter is on screen. The first view hydrates its
 * own islands; those further down come in a chunk of their own once the page is idle or they come near (client:near), so
 * reaching one early is the case to time. In headless Chromium on the built page, at full speed and at 4× CPU
 * slowdown (CDP throttling from before the page loads), for each chapter with islands, a page of its own:
 * - opened at the chapter by its link (/#anchor): from the first paint, when the chapter is on screen, to the
 *   last of its islands answering;
 * - opened at the top and scrolled to the chapter as soon as the page has loaded (its load event, the quickest
 *   a reader can get there): from the chapter entering the viewport (an IntersectionObserver's record) to the
 *   last of its islands answering; 0 when they answered before it came into view.
 * An island answers once Astro has hydrated it (its `ssr` mark is gone, stamped by a MutationObserver): its
 * handlers are attached and it draws from the shared state. Each row is the chapter that waits longest, as the
 * median of RUNS loads; the table names it, and the next row lists every chapter's median. Beside the link's
 * case, its floor from the same loads: the first view's own islands (client:load) answering after the first
 * paint, which no island further down can beat.
 * The build is the interaction bench's (dist-bench/, or $BENCH_DIST).
 */
import { median, withBuiltSite } from "./interaction.mjs";

const SLOWDOWNS = [1, 4];
const RUNS = 3;

/** approachBenchmarks() returns, per CPU slowdown, the longest wait for a chapter's islands in each way of getting there. */
export async function approachBenchmarks() {
  return withBuiltSite(async (browser, origin) => {
    const anchors = await chaptersWithIslands(browser, origin);
    const rows = [];
    for (const slowdown of SLOWDOWNS) {
      const tag = `${slowdown}× CPU`;
      for (const way of ["link", "scroll"]) {
        const waits = {};
        const floors = [];
        for (const anchor of anchors) waits[anchor] = [];
        // Interleaved, so that a change in the machine's load falls on every chapter alike.
        for (let r = 0; r < RUNS; r++) {
          for (const anchor of anchors) {
            const { wait, firstView } = await oneWait(browser, origin, slowdown, anchor, way);
            waits[anchor].push(wait);
            floors.push(firstView);
          }
        }
        const medians = anchors.map((a) => [a, median(waits[a])]);
        const [worst, ms] = medians.reduce((a, b) => (b[1] > a[1] ? b : a));
        const how = way === "link" ? "opened at the chapter by its link, from the first paint" : "scrolled to as soon as the page has loaded, from entering the viewport";
        rows.push({ name: `a chapter's islands answer, ${how}: longest (#${worst}), ${tag}`, median: ms, runs: RUNS });
        rows.push({ name: `  each chapter: ${medians.map(([a, m]) => `${a} ${Math.round(m)}`).join(", ")} ms`, median: ms, runs: RUNS });
        if (way === "link") rows.push({ name: `  its floor: the first view's own islands (client:load) answer, from the first paint, ${tag}`, median: median(floors), runs: floors.length });
      }
    }
    return rows;
  });
}

/** The anchors of the chapters (and the appendix) that hold islands the first view does not hydrate. */
async function chaptersWithIslands(browser, origin) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/`);
    return await page.evaluate(() =>
      [...document.querySelectorAll(".prose > section[id]")]
        .filter((s) => s.querySelector('astro-island:not([client="load"])'))
        .map((s) => s.id),
    );
  } finally {
    await page.close();
  }
}

/**
 * One page load: the milliseconds the chapter's islands answer after it is on screen (0 if before), and those
 * the first view's islands answer after the first paint, the floor of the first.
 */
async function oneWait(browser, origin, slowdown, anchor, way) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript(instrument);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
    await page.goto(way === "link" ? `${origin}/#${anchor}` : `${origin}/`);
    if (way === "scroll") await page.evaluate((id) => document.getElementById(id).scrollIntoView(), anchor);
    const times = await page.waitForFunction((id) => {
      const section = document.getElementById(id);
      const islands = [...section.querySelectorAll("astro-island")];
      if (islands.some((i) => i.hasAttribute("ssr"))) return null;
      const b = window.__approach;
      const seen = b.entered.get(id);
      const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime;
      if (seen === undefined && paint === undefined) return null;
      const first = [...document.querySelectorAll('astro-island[client="load"]')];
      if (first.some((i) => i.hasAttribute("ssr"))) return null;
      return {
        entered: Math.min(seen ?? Infinity, paint !== undefined && location.hash ? paint : Infinity),
        answered: Math.max(0, ...islands.map((i) => b.hydrated.get(i) ?? 0)),
        firstView: Math.max(0, ...first.map((i) => b.hydrated.get(i) ?? 0)) - (paint ?? 0),
      };
    }, anchor, { timeout: 120_000, polling: 50 }).then((h) => h.jsonValue());
    return { wait: Math.max(0, times.answered - times.entered), firstView: times.firstView };
  } finally {
    await page.close();
  }
}

/** Stamps when each chapter first enters the viewport and when each island loses its `ssr` mark, in window.__approach. */
function instrument() {
  const b = { entered: new Map(), hydrated: new Map() };
  window.__approach = b;
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) if (r.attributeName === "ssr" && !r.target.hasAttribute("ssr") && !b.hydrated.has(r.target)) b.hydrated.set(r.target, now);
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["ssr"] });
  document.addEventListener("DOMContentLoaded", () => {
    const seen = new IntersectionObserver((entries) => {
      for (const e of entries) if (e.isIntersecting && !b.entered.has(e.target.id)) b.entered.set(e.target.id, e.time);
    });
    for (const s of document.querySelectorAll("section[id]")) seen.observe(s);
  });
}
