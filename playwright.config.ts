import { existsSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium.mjs";
import type { EngineName } from "./tests/engines/engine.ts";

/**
 * Browser tests run against the production build: DIST_DIR (default dist/) served at /, and, when it
 * exists, SUB_DIST_DIR (default dist-sub/, built with BASE_PATH=/essays/loss-space/) under that sub-path.
 * TEST_PORT lets several builds be tested side by side. Chromium runs every test in tests/browser/;
 * Firefox and WebKit run the essay's main paths in tests/engines/, each in one browser shared by its tests.
 */
const DIST = process.env.DIST_DIR ?? "dist";
const SUB_DIST = process.env.SUB_DIST_DIR ?? "dist-sub";
const PORT = Number(process.env.TEST_PORT ?? 4391);
const SUB_PORT = PORT + 1;
const SUB_PATH = "/essays/loss-space/";
const withSubPath = existsSync(SUB_DIST);
// Without a build the static server would answer 404 until Playwright gave up a minute later; say what to run.
if (!existsSync(join(DIST, "index.html"))) {
  console.error(`There is no build in ${DIST}/ to test. Run \`npm test\`, which builds first, or build, then test:\n` +
    `  npm run build && BASE_PATH=${SUB_PATH} npm run build -- --outDir dist-sub && npm run test:browser`);
  process.exit(1);
}

export default defineConfig<object, { engineName: EngineName }>({
  testDir: "tests/browser",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  outputDir: "test-results/playwright",
  reporter: [["list"], ["json", { outputFile: "test-results/browser.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: "chromium",
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    // The other engines first: each is one long run in one worker, best started while the rest fill the other.
    { name: "firefox", testDir: "tests/engines", fullyParallel: false, use: { engineName: "firefox" } },
    { name: "webkit", testDir: "tests/engines", fullyParallel: false, use: { engineName: "webkit" } },
    { name: "essay", testIgnore: /subpath\.spec\.ts/ },
    ...(withSubPath ? [{ name: "subpath", testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}` } }] : []),
  ],
  webServer: [
    { command: `node scripts/serve-static.mjs ${DIST} ${PORT} /`, url: `http://127.0.0.1:${PORT}/`, reuseExistingServer: false },
    ...(withSubPath
      ? [{ command: `node scripts/serve-static.mjs ${SUB_DIST} ${SUB_PORT} ${SUB_PATH}`, url: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}`, reuseExistingServer: false }]
      : []),
  ],
});
