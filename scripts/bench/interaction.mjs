/**
 * interactionBenchmarks(): how the page answers a reader scrubbing with the keyboard, and whether the
 * figures follow. Each scrub focuses a control and presses a key 60 times, one press every 50 ms (about a
 * held key's repeat rate), in headless Chromium at full speed or slowed to a quarter (CDP CPU throttling
 * ×4, roughly a mid-range phone). Per page load it reads:
 * - the figures' redraws during the presses: for how many presses both the loss space and the data space
 *   (the first of each, the figures beside the prose) changed before the next press (a MutationObserver;
 *   a change after the last press counts only within one press's gap), of the presses that moved the
 *   control's value (a press at the end of its range moves nothing, and nothing can follow it);
 * - the key events' durations (Event Timing, keydown and keyup; entries of 16 ms or more, which Event
 *   Timing rounds to 8 ms): the p95 over all 120 (8, its resolution, when fewer than 6 reach 16 ms),
 *   and how many took over 16 ms, more than one frame.
 * The scrubs: the starting slope (a number in the prose, chapter 4), cold (the first scrub after load,
 * at full speed) and at 4×; the step (the player's track), the learning rate (chapter 5's number), the
 * start handle in the loss space and the data line's slope handle, at 4×; the starting slope at
 * n = 500,000, at 4×. Each is measured on five page loads, interleaved with five of its floor: the same
 * page as plain HTML with a few-line key handler (floor-page.mjs), what the browser alone costs for this
 * document, which no code of the essay can go below. Rows give the medians over the loads and the ratios
 * to the floor's (goal: p95 at most 1.2× the floor's, over 16 ms at most the floor's + 3, while the
 * figures follow on every press that moved the value at full speed and at least every other one at 4×).
 * A third page in each round, the follow floor, is the floor page whose handler also makes on every press
 * the changes a redraw makes to the figures (the same elements, attributes and texts, with no essay code):
 * the browser's own cost of showing the figures follow, which any page whose figures follow every press
 * pays; rows give the essay's ratios to it too. A fourth makes the same changes a frame after the key's own
 * (as the essay does, to keep that frame to the number alone): a page may show the figures' change either way,
 * and pays at least the lesser of the two.
 * $BENCH_SCRUBS and $BENCH_RUNS measure fewer scrubs or page loads (see SCRUBS). A last row scrubs
 * the bare page (one sentence with the same number and handler), the floor of the measurement itself.
 * The keys start once the focus's scroll and first layout are drawn and the page is quiet.
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
import { BARE_PATH, FLOOR_PATH, FOLLOW_FLOOR_PATH, FOLLOW_LATER_PATH, writeBarePage, writeFloorPage, writeFollowFloorPage } from "./floor-page.mjs";

/** Where the bench's build is (dist-bench/, or $BENCH_DIST). */
export const BENCH_DIST = process.env.BENCH_DIST ?? "dist-bench";
const DIST = BENCH_DIST;
const PRESSES = 60;
const PRESS_GAP_MS = 50;
const RUNS = Number(process.env.BENCH_RUNS) || 5;
const SLOPE = "starting slope m";
/** The scrubs: which slider (by accessible name, the first on the page), which key, at what CPU slowdown, at which link. */
const ALL_SCRUBS = [
  { label: "starting slope m, cold, full speed", slider: SLOPE, key: "ArrowRight", cpu: 1, query: "" },
  { label: "starting slope m, 4× CPU", slider: SLOPE, key: "ArrowRight", cpu: 4, query: "" },
  { label: "step, 4× CPU", slider: "step", key: "ArrowRight", cpu: 4, query: "" },
  { label: "learning rate, 4× CPU", slider: "learning rate", key: "ArrowRight", cpu: 4, query: "" },
  { label: "start handle, 4× CPU", slider: "start of the descent (arrow keys move it)", key: "ArrowRight", cpu: 4, query: "" },
  { label: "data line's slope, 4× CPU", slider: "slope of the line (drag the round handle)", key: "ArrowRight", cpu: 4, query: "" },
  { label: "starting slope m at n = 500,000, 4× CPU", slider: SLOPE, key: "ArrowRight", cpu: 4, query: "?n=500000", ready: "500,000" },
];
/** $BENCH_SCRUBS (labels' beginnings, separated by |: "start handle|step") measures only those scrubs; $BENCH_RUNS sets the page loads. */
const SCRUBS = process.env.BENCH_SCRUBS ? ALL_SCRUBS.filter((s) => process.env.BENCH_SCRUBS?.split("|").some((p) => s.label.startsWith(p.trim()))) : ALL_SCRUBS;

/**
 * interactionBenchmarks() returns one row per scrub (the essay's p95 key event, with its redraws, its count
 * over 16 ms, the floor's and the follow floor's beside them), one for the floor page of each and one for
 * its follow floor, and the bare page's.
 */
export async function interactionBenchmarks() {
  return withBuiltSite(async (browser, origin) => {
    writeFloorPage(DIST);
    writeBarePage(DIST);
    writeFollowFloorPage(DIST);
    const essay = SCRUBS.map(() => []);
    const floor = SCRUBS.map(() => []);
    const follow = SCRUBS.map(() => []);
    const followLater = SCRUBS.map(() => []);
    const bare = [];
    for (let r = 0; r < RUNS; r++) {
      for (const [k, s] of SCRUBS.entries()) {
        essay[k].push(await scrub(browser, `${origin}/${s.query}`, s));
        floor[k].push(await scrub(browser, `${origin}/${FLOOR_PATH}`, { ...s, floor: true }));
        follow[k].push(await scrub(browser, `${origin}/${FOLLOW_FLOOR_PATH}`, { ...s, floor: true }));
        followLater[k].push(await scrub(browser, `${origin}/${FOLLOW_LATER_PATH}`, { ...s, floor: true }));
      }
      bare.push(await scrub(browser, `${origin}/${BARE_PATH}`, { ...ALL_SCRUBS[1], floor: true }));
    }
    const rows = [];
    for (const [k, s] of SCRUBS.entries()) {
      const e = summary(essay[k]);
      const f = summary(floor[k]);
      const ff = summary(follow[k]);
      const ratio = f.p95 > 0 ? (e.p95 / f.p95).toFixed(2) : "—";
      const followRatio = ff.p95 > 0 ? (e.p95 / ff.p95).toFixed(2) : "—";
      const goal = e.p95 <= 1.2 * f.p95 && e.over <= f.over + 3 && e.followed >= (s.cpu === 1 ? e.moved : e.moved / 2);
      rows.push({
        name: `${s.label}: p95 key event (figures followed ${e.followed} of the ${e.moved} presses that moved the value, of ${PRESSES}, by load ${e.followedBy}; ${e.over} of ${PRESSES * 2} key events over 16 ms, by load ${e.overBy}; the floor ${f.over} over 16 ms, p95 ${f.p95} ms; ratio ${ratio}, over 16 ms floor + ${e.over - f.over}; ${goal ? "meets the goal" : "misses the goal"}; the follow floor ${ff.over} over 16 ms, p95 ${ff.p95} ms; ratio ${followRatio}, over 16 ms follow floor ${e.over >= ff.over ? "+" : "−"} ${Math.abs(e.over - ff.over)})`,
        median: e.p95,
        runs: RUNS,
      });
      rows.push({ name: `${s.label}, the floor (the same page as plain HTML; see floor-page.mjs): p95 key event (${f.over} over 16 ms, by load ${f.overBy})`, median: f.p95, runs: RUNS });
      rows.push({
        name: `${s.label}, the follow floor (the floor page, its handler also making a redraw's changes to the figures; see floor-page.mjs): p95 key event (figures followed ${ff.followed} of the ${ff.moved} presses that moved the value, by load ${ff.followedBy}; ${ff.over} over 16 ms, by load ${ff.overBy})`,
        median: ff.p95,
        runs: RUNS,
      });
      const fl = summary(followLater[k]);
      rows.push({
        name: `${s.label}, the follow floor a frame later (the same, the figures' changes in a task after the key's own frame): p95 key event (figures followed ${fl.followed} of the ${fl.moved} presses that moved the value, by load ${fl.followedBy}; ${fl.over} over 16 ms, by load ${fl.overBy}; the essay's ratio ${fl.p95 > 0 ? (e.p95 / fl.p95).toFixed(2) : "—"}, over 16 ms ${e.over >= fl.over ? "+" : "−"} ${Math.abs(e.over - fl.over)})`,
        median: fl.p95,
        runs: RUNS,
      });
    }
    const b = summary(bare);
    rows.push({ name: `${ALL_SCRUBS[1].label}, the bare page (one sentence with the same number and handler): p95 key event (${b.over} over 16 ms, by load ${b.overBy})`, median: b.p95, runs: RUNS });
    return rows;
  });
}

/** summary(loads) is the medians over page loads, and the per-load counts as text. */
function summary(loads) {
  return {
    p95: median(loads.map((l) => l.p95)),
    over: median(loads.map((l) => l.over)),
    overBy: loads.map((l) => l.over).join(", "),
    followed: median(loads.map((l) => l.followed)),
    followedBy: loads.map((l) => l.followed).join(", "),
    moved: median(loads.map((l) => l.moved ?? PRESSES)),
  };
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

/** One page load: throttle, scrub, and read what the Event Timing API and the figures' observer saw. */
async function scrub(browser, url, { slider, key, cpu, ready, floor }) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    if (!floor) await page.waitForFunction(() => document.querySelectorAll("astro-island[ssr]").length === 0);
    if (ready && !floor) await page.locator('[data-figure="data-space"]').getByText(ready).first().waitFor({ timeout: 60_000 });
    const cdp = await page.context().newCDPSession(page);
    if (cpu !== 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
    await page.getByRole("slider", { name: slider, exact: true }).first().focus();
    // Focus scrolls the control into view, and the chapters it passes are laid out for the first time (they
    // wait with content-visibility until they come near): one long frame, and then the work of what came
    // near (numbers written, figures caught up). A reader who tabs to the number reads it before pressing
    // a key, so the scrub starts once the page is quiet: an idle period of 40 ms or more, which Chromium
    // grants only when no frame or task is waiting (or after 5 s regardless).
    await page.evaluate(
      () =>
        new Promise((settled) => {
          const latest = performance.now() + 5000;
          const quiet = () => requestIdleCallback((idle) => (idle.timeRemaining() >= 40 || performance.now() > latest ? settled() : quiet()));
          requestAnimationFrame(() => requestAnimationFrame(quiet));
        }),
    );
    await page.evaluate(() => {
      const seen = { events: [], presses: [], values: [], changes: { "loss-space": [], "data-space": [] } };
      window.__scrub = seen;
      // The control's value as each key comes, before its handler: what the press before it left.
      const valueOf = (el) => el.getAttribute("aria-valuetext") ?? el.getAttribute("aria-valuenow") ?? el.value;
      window.__scrubValue = () => valueOf(document.activeElement);
      addEventListener(
        "keydown",
        (event) => {
          seen.presses.push(performance.now());
          seen.values.push(valueOf(event.target));
        },
        true,
      );
      for (const name of Object.keys(seen.changes)) {
        const figure = document.querySelector(`[data-figure="${name}"]`);
        if (figure) new MutationObserver(() => seen.changes[name].push(performance.now())).observe(figure, { subtree: true, attributes: true, childList: true, characterData: true });
      }
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name.startsWith("key")) seen.events.push(e.duration);
      }).observe({ type: "event", durationThreshold: 16 });
    });
    for (let i = 0; i < PRESSES; i++) {
      await page.keyboard.press(key);
      await page.waitForTimeout(PRESS_GAP_MS);
    }
    // Entries arrive after the frame that shows the last change; give them time at the slowed pace.
    await page.waitForTimeout(1000);
    const { events, presses, values, changes, last } = await page.evaluate(() => ({ ...window.__scrub, last: window.__scrubValue() }));
    const gap = presses.length > 1 ? (presses.at(-1) - presses[0]) / (presses.length - 1) : PRESS_GAP_MS;
    const changedIn = (times, from, to) => times.some((t) => t >= from && t < to);
    // A press at the end of the control's range moves nothing, and nothing can follow it: only the presses
    // that moved the value count (the starting slope reaches its largest, 4, after 43 presses of 0.1).
    const moved = presses.map((_, i) => (values[i + 1] ?? last) !== values[i]);
    const followed = presses.filter((at, i) => {
      const next = presses[i + 1] ?? at + gap;
      return moved[i] && changedIn(changes["loss-space"], at, next) && changedIn(changes["data-space"], at, next);
    }).length;
    const slowest = [...events].sort((a, b) => b - a);
    const keys = PRESSES * 2;
    const p95 = slowest[Math.ceil(keys * 0.05) - 1] ?? 8;
    return { followed, moved: moved.filter(Boolean).length, p95, over: events.filter((d) => d > 16).length };
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
