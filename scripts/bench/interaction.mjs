/**
 * interactionBenchmarks(): how the page answers a reader scrubbing the starting slope with the keyboard,
 * in headless Chromium slowed to a quarter of this machine's speed (CDP CPU throttling ×4, roughly a
 * mid-range phone). For each case it focuses the "starting slope m" slider, presses ArrowRight 60 times
 * (one press every 50 ms, about a held key's repeat rate) and reads the Event Timing entries of 16 ms or
 * more (PerformanceObserver, type "event", durationThreshold 16): the longest key event, and how many
 * key events (keydown and keyup) took over 16 ms. The goal is none over 16 ms, every key answered within
 * one frame; Event Timing rounds durations to 8 ms, so an event of 16 ms is within it. The count at
 * 16 ms or more is printed too. The keys start once the focus's scroll and first layout are drawn and
 * the page is quiet.
 * So that work a key puts off past its own frame is not hidden, each case also reports the longest
 * animation frame during the scrub (Long Animation Frames: 50 ms or more). Two last cases (floor-page.mjs)
 * scrub the same page as plain HTML, what the browser alone costs for this document, the count no code
 * of the essay can go below, and a bare page of one sentence, what the browser costs for next to no
 * document: the count that no document at all goes below on this machine.
 *
 * It measures a production build in dist-bench/ (or in $BENCH_DIST), served by scripts/serve-static.mjs
 * on a free port. dist-bench/ is built with `npx astro build --outDir dist-bench` when it is missing or
 * older than any file under src/ or content/, so the figures always describe the code as it is.
 */
import { spawnSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { freePort } from "../free-port.mjs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../chromium.mjs";
import { BARE_PATH, FLOOR_PATH, writeBarePage, writeFloorPage } from "./floor-page.mjs";

/** Where the bench's build is (dist-bench/, or $BENCH_DIST). */
export const BENCH_DIST = process.env.BENCH_DIST ?? "dist-bench";
const DIST = BENCH_DIST;
const PRESSES = 60;
const PRESS_GAP_MS = 50;
const CPU_SLOWDOWN = 4;
const RUNS = 5;
const CASES = [
  { label: "n = 40", path: "" },
  { label: "n = 500,000", path: "?n=500000", ready: "500,000" },
  { label: "n = 40, the floor (the same page as plain HTML with a few-line key handler; see floor-page.mjs)", path: FLOOR_PATH, floor: true },
  { label: "the bare page (one sentence with the same number and handler: the measurement's own floor)", path: BARE_PATH, floor: true },
];

/** interactionBenchmarks() returns two rows per case, each the median over RUNS page loads: the longest key event, and the longest animation frame. */
export async function interactionBenchmarks() {
  return withBuiltSite(async (browser, origin) => {
    writeFloorPage(DIST);
    writeBarePage(DIST);
    const rows = [];
    for (const c of CASES) {
      const runs = [];
      for (let r = 0; r < RUNS; r++) runs.push(await scrub(browser, `${origin}/${c.path}`, c));
      const m = (key) => median(runs.map((x) => x[key]));
      const scenario = `ArrowRight ×${PRESSES} on "starting slope m", ${CPU_SLOWDOWN}× CPU, ${c.label}`;
      rows.push({
        name: `${scenario}: longest key event (${m("over")} of ${m("keys")} key events over 16 ms, by page load ${runs.map((x) => x.over).join(", ")}; ${m("atLeast")} at 16 ms or more)`,
        median: m("longest"),
        runs: RUNS,
      });
      rows.push({
        name: `${scenario}: longest animation frame during the scrub (${m("longFrames")} frames of 50 ms or more)`,
        median: m("longestFrame"),
        runs: RUNS,
      });
    }
    return rows;
  });
}

/** withBuiltSite(work) builds the site if needed, serves it on a free port, and runs work(browser, origin) in Chromium. */
export async function withBuiltSite(work) {
  ensureBuild();
  const port = await freePort();
  const server = spawn(process.execPath, ["scripts/serve-static.mjs", DIST, String(port), "/"], { stdio: "ignore" });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    await waitForServer(port);
    return await work(browser, `http://127.0.0.1:${port}`);
  } finally {
    await browser.close();
    server.kill();
  }
}

/** One page load: throttle, scrub, and read what the Event Timing API saw. */
async function scrub(browser, url, { ready, floor }) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    if (!floor) await page.waitForFunction(() => document.querySelectorAll("astro-island[ssr]").length === 0);
    if (ready) await page.locator('[data-figure="data-space"]').getByText(ready).first().waitFor({ timeout: 60_000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await page.getByRole("slider", { name: "starting slope m" }).first().focus();
    // Focus scrolls chapter 4 into view, and the chapters it passes are laid out for the first time (they
    // wait with content-visibility until they come near): one frame of about 200 ms at 4×, and then the
    // work of what came near (numbers written, figures caught up). A reader who tabs to the number reads
    // it before pressing a key, so the scrub starts once the page is quiet: an idle period of 40 ms or
    // more, which Chromium grants only when no frame or task is waiting (or after 5 s regardless).
    await page.evaluate(
      () =>
        new Promise((settled) => {
          const latest = performance.now() + 5000;
          const quiet = () => requestIdleCallback((idle) => (idle.timeRemaining() >= 40 || performance.now() > latest ? settled() : quiet()));
          requestAnimationFrame(() => requestAnimationFrame(quiet));
        }),
    );
    await page.evaluate(() => {
      const seen = [];
      const frames = [];
      window.__slowEvents = seen;
      window.__longFrames = frames;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) seen.push({ name: e.name, duration: e.duration });
      }).observe({ type: "event", durationThreshold: 16 });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) frames.push(e.duration);
      }).observe({ type: "long-animation-frame" });
    });
    for (let i = 0; i < PRESSES; i++) {
      await page.keyboard.press("ArrowRight");
      await page.waitForTimeout(PRESS_GAP_MS);
    }
    // Entries arrive after the frame that shows the last change; give them time at the slowed pace.
    await page.waitForTimeout(1000);
    const slow = await page.evaluate(() => window.__slowEvents.filter((e) => e.name.startsWith("key")));
    const frames = await page.evaluate(() => window.__longFrames);
    return {
      keys: PRESSES * 2,
      longest: Math.max(0, ...slow.map((e) => e.duration)),
      over: slow.filter((e) => e.duration > 16).length,
      atLeast: slow.length,
      longestFrame: Math.max(0, ...frames),
      longFrames: frames.length,
    };
  } finally {
    await page.close();
  }
}

/** Builds dist-bench/ when it is missing or older than the sources; a $BENCH_DIST build is used as is. */
function ensureBuild() {
  if (process.env.BENCH_DIST) {
    if (!existsSync(join(DIST, "index.html"))) throw new Error(`BENCH_DIST=${DIST} has no index.html; build it first.`);
    return;
  }
  const built = existsSync(join(DIST, "index.html")) ? statSync(join(DIST, "index.html")).mtimeMs : 0;
  if (built > newest(["src", "content", "astro.config.mjs"])) return;
  console.log(`building ${DIST}/ for the interaction bench…`);
  const result = spawnSync("npx", ["astro", "build", "--outDir", DIST], { stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`npx astro build --outDir ${DIST} failed`);
}

/** The latest modification time of any file under the given paths. */
function newest(paths) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const info = statSync(path);
    if (info.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else latest = Math.max(latest, info.mtimeMs);
  };
  paths.forEach(visit);
  return latest;
}

async function waitForServer(port) {
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the static server on port ${port} did not start`);
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
