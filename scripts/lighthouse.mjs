/**
 * npm run lighthouse: Lighthouse (mobile defaults) against the built essay, served like any static host.
 * Builds first when the build directory is missing (DIST_DIR, default dist/), serves it with
 * scripts/serve-static.mjs on a free port, runs Lighthouse in a headless Chromium from scripts/chromium.mjs,
 * and prints the four category scores, the key metrics and every audit that cost points. It runs five
 * times (RUNS=n to change) and reports the median run (Lighthouse's own pick: the run nearest the median
 * first contentful paint and time to interactive), with each run's performance score beside it. The
 * issue's budgets are checked and a miss is printed, but the exit code is 0 either way: this is a report.
 * The median run's full result is written to test-results/lighthouse.json.
 *
 * `npm run lighthouse -- DIR DIR...` compares builds: it serves each, runs them in turn (ABAB, then BABA, so
 * neither always goes first) and reports each one's median run (test-results/lighthouse-1.json, -2, ...). On a
 * shared two-core machine two batches of five runs of the same build, minutes apart, gave medians of 95 and 85;
 * runs interleaved see the same machine, so a difference between builds is theirs.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { freePort } from "./free-port.mjs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { CHROMIUM_ARGS, findChromium } from "./chromium.mjs";

const DIST = process.env.DIST_DIR ?? "dist";
const BUDGETS = { performance: 0.95, accessibility: 1, "best-practices": 1, seo: 1 };
const CLS_BUDGET = 0.02;
const CATEGORIES = Object.keys(BUDGETS);
const RUNS = Math.max(1, Number(process.env.RUNS ?? 5));

/** Waits for a child process to print a line matching pattern, and returns the match. */
function waitForOutput(child, stream, pattern, what) {
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`${what} did not start in 30 s:\n${seen}`)), 30_000);
    child[stream].on("data", (chunk) => {
      seen += chunk;
      const match = pattern.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
    child.once("exit", (code) => reject(new Error(`${what} exited (${code}) before it was ready:\n${seen}`)));
  });
}

function build() {
  console.log(`No build in ${DIST}/; building it first.`);
  const result = spawnSync("npx", ["astro", "build", "--outDir", DIST], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("The build failed.");
}

const score = (s) => (s === null || s === undefined ? " n/a" : (s * 100).toFixed(0).padStart(4));

function report(lhr) {
  const misses = [];
  console.log(`\nLighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, ${lhr.finalDisplayedUrl}`);
  for (const id of CATEGORIES) {
    const s = lhr.categories[id]?.score ?? null;
    console.log(`  ${lhr.categories[id]?.title.padEnd(16)} ${score(s)}`);
    if (s === null || s < BUDGETS[id]) misses.push(`${id} ${score(s).trim()} < ${BUDGETS[id] * 100}`);
  }
  const metric = (id) => lhr.audits[id];
  const cls = metric("cumulative-layout-shift")?.numericValue ?? NaN;
  console.log("  metrics:");
  for (const id of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "speed-index", "cumulative-layout-shift"]) {
    console.log(`    ${metric(id)?.title.padEnd(26)} ${metric(id)?.displayValue ?? "n/a"}`);
  }
  if (!(cls <= CLS_BUDGET)) misses.push(`cumulative layout shift ${cls.toFixed(3)} > ${CLS_BUDGET}`);
  // What went over the wire, by kind: the bytes a reader downloads (compressed, as served).
  const transfer = metric("resource-summary")?.details?.items ?? [];
  console.log("  transferred:");
  for (const type of ["document", "script", "stylesheet", "font", "total"]) {
    const row = transfer.find((r) => r.resourceType === type);
    if (row) console.log(`    ${row.label.padEnd(26)} ${(row.transferSize / 1000).toFixed(1).padStart(6)} kB in ${row.requestCount} request${row.requestCount === 1 ? "" : "s"}`);
  }

  // Every scored audit that lost points, so a miss says what to fix.
  for (const id of CATEGORIES) {
    const lost = lhr.categories[id].auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map((ref) => `    ${score(lhr.audits[ref.id].score)}  ${lhr.audits[ref.id].title}${lhr.audits[ref.id].displayValue ? ` (${lhr.audits[ref.id].displayValue})` : ""}`);
    if (lost.length) console.log(`  ${id} lost points on:\n${lost.join("\n")}`);
  }
  console.log(misses.length ? `\nBUDGET MISSED: ${misses.join("; ")}` : "\nAll budgets met (performance ≥ 95, accessibility, best practices and SEO 100, CLS ≤ 0.02).");
}

async function main() {
  const dirs = process.argv.slice(2);
  const compare = dirs.length > 1;
  if (!dirs.length) dirs.push(DIST);
  if (!compare && !existsSync(join(dirs[0], "index.html"))) build();
  for (const dir of dirs) if (!existsSync(join(dir, "index.html"))) throw new Error(`There is no build in ${dir}/ to measure.`);
  const servers = [];
  const profile = mkdtempSync(join(tmpdir(), "lighthouse-chromium-"));
  let chromium;
  try {
    for (const dir of dirs) {
      const port = await freePort();
      const server = spawn(process.execPath, ["scripts/serve-static.mjs", dir, String(port), "/"], { stdio: ["ignore", "pipe", "pipe"] });
      servers.push({ dir, server, url: `http://127.0.0.1:${port}/`, runs: [] });
      await waitForOutput(server, "stdout", /serving /, "The static server");
    }
    chromium = spawn(findChromium(), [...CHROMIUM_ARGS, "--headless=new", "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    const [, debugPort] = await waitForOutput(chromium, "stderr", /DevTools listening on ws:\/\/[^:]+:(\d+)\//, "Chromium");
    for (let r = 0; r < RUNS; r++) {
      for (const build of r % 2 ? [...servers].reverse() : servers) {
        const result = await lighthouse(build.url, { port: Number(debugPort), logLevel: "error", output: "json", onlyCategories: CATEGORIES });
        if (!result) throw new Error("Lighthouse returned no result.");
        build.runs.push(result.lhr);
      }
    }
    mkdirSync("test-results", { recursive: true });
    servers.forEach(({ dir, runs }, i) => {
      const median = computeMedianRun(runs);
      const scores = runs.map((lhr) => score(lhr.categories.performance?.score).trim()).join(", ");
      console.log(`${compare ? `\n${dir}: ` : ""}performance by run: ${scores}; the median run:`);
      writeFileSync(compare ? `test-results/lighthouse-${i + 1}.json` : "test-results/lighthouse.json", JSON.stringify(median, null, 2));
      report(median);
    });
  } finally {
    // Chromium writes to its profile until it has exited; removing the profile before that can fail.
    if (chromium && chromium.exitCode === null) {
      const exited = new Promise((resolve) => chromium.once("exit", resolve));
      chromium.kill();
      await exited;
    }
    for (const { server } of servers) server.kill();
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`Lighthouse could not run: ${error.message}`);
    process.exit(1);
  },
);
