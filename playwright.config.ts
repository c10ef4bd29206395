import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium.mjs";

/** Browser tests run against the production build in dist/ (and dist-sub/, built under a sub-path). */
const PORT = 4391;
const SUB_PORT = 4392;

export default defineConfig({
  testDir: "tests/browser",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  outputDir: "test-results/playwright",
  reporter: [["list"], ["json", { outputFile: "test-results/browser.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "essay", testIgnore: /subpath\.spec\.ts/ },
    { name: "subpath", testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SUB_PORT}/essays/loss-space/` } },
  ],
  webServer: [
    { command: `node scripts/serve-static.mjs dist ${PORT} /`, url: `http://127.0.0.1:${PORT}/`, reuseExistingServer: false },
    { command: `node scripts/serve-static.mjs dist-sub ${SUB_PORT} /essays/loss-space/`, url: `http://127.0.0.1:${SUB_PORT}/essays/loss-space/`, reuseExistingServer: false },
  ],
});
