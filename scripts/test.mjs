/**
 * npm test: every test: the type check and the unit tests (Vitest) side by side, then the production build
 * at / and under a sub-path, then the browser tests (Playwright) against those builds: every test in
 * Chromium, the essay's main paths in Firefox and WebKit. Each step says how long it took; the run ends
 * with one summary line.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { findChromium } from "./chromium.mjs";
import { findFirefox, findWebKit } from "./engines.mjs";

const SUB_PATH = "/essays/loss-space/";

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const start = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  console.log(`◀ ${label}: ${seconds(start)}`);
  return result.status === 0;
}

/** runQuietly(label, command, args) runs a step beside others, and prints its output whole once it ends. */
function runQuietly(label, command, args) {
  const start = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "1" } });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => {
      console.log(`\n▶ ${label}\n${output.trimEnd()}\n◀ ${label}: ${seconds(start)}`);
      resolve(code === 0);
    });
  });
}

/** The time since start, as "12 s". */
function seconds(start) {
  return `${Math.round((Date.now() - start) / 1000)} s`;
}

// Fail early, with the install hint, when a browser to test in is missing.
try {
  console.log(`Chromium for browser tests: ${findChromium()}`);
  console.log(`Firefox for the cross-engine paths: ${findFirefox()}`);
  console.log(`WebKit for the cross-engine paths: ${findWebKit().driver}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

rmSync("test-results", { recursive: true, force: true });
// astro check covers .astro and .ts files; svelte-check covers the components' <script lang="ts">, and
// fails on any of Svelte's warnings (accessibility among them) as well as on errors. Each checker keeps one
// core busy, so the unit tests run beside them; svelte-check waits for astro check, which rewrites the
// generated types in .astro/ that svelte-check reads. The builds come after: they rewrite .astro/ too.
const [typesOk, unitOk] = await Promise.all([
  runQuietly("type check: astro check (strictest)", "npx", ["astro", "check"]).then(
    (ok) => ok && runQuietly("type check: svelte-check", "npx", ["svelte-check", "--tsconfig", "./tsconfig.json", "--fail-on-warnings"]),
  ),
  runQuietly("unit tests", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile=test-results/unit.json"]),
]);
const buildOk =
  run("build at /", "npx", ["astro", "build"]) &&
  run(`build under ${SUB_PATH}`, "npx", ["astro", "build", "--outDir", "dist-sub"], { BASE_PATH: SUB_PATH });
// Two free neighbouring ports (the site at / and under the sub-path), so a server left running elsewhere
// on the usual port cannot stop the run.
const port = process.env.TEST_PORT ?? String(await freePortPair());
const browserOk = buildOk && run("browser tests", "npx", ["playwright", "test"], { TEST_PORT: port });

const unit = counts("test-results/unit.json", (r) => [r.numPassedTests, r.numFailedTests]);
const browser = counts("test-results/browser.json", (r) => [r.stats.expected + r.stats.flaky, r.stats.unexpected]);
const passed = unit[0] + browser[0];
const browserRan = browser[0] + browser[1] > 0;
const failed = unit[1] + browser[1] + (buildOk ? 0 : 1) + (typesOk ? 0 : 1) + (!browserOk && !browserRan ? 1 : 0);
console.log(`\nunit ${unit[0]} passed, ${unit[1]} failed; browser ${browser[0]} passed, ${browser[1]} failed${buildOk ? "" : "; build failed"}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
if (!typesOk) console.log("type check failed");
process.exit(typesOk && unitOk && buildOk && browserOk ? 0 : 1);

/** A port p such that p and p + 1 are both free on 127.0.0.1. */
async function freePortPair() {
  for (;;) {
    const p = await listenOnce(0);
    if (p < 65535 && (await listenOnce(p + 1)) === p + 1) return p;
  }
}

function listenOnce(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(-1));
    server.listen(port, "127.0.0.1", () => {
      const { port: bound } = server.address();
      server.close(() => resolve(bound));
    });
  });
}

function counts(file, pick) {
  if (!existsSync(file)) return [0, 0];
  try {
    return pick(JSON.parse(readFileSync(file, "utf8")));
  } catch {
    return [0, 0];
  }
}
