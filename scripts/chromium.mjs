/**
 * findChromium() is the path of a Chromium for the browser tests: $CHROMIUM_PATH if set, else
 * Playwright's own download if one is installed, else a system Chromium. It throws a message that
 * says what to install when there is none.
 */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  let own = "";
  try {
    own = chromium.executablePath();
  } catch {
    // Playwright throws when it has no browser of its own for this platform; fall through.
  }
  if (own && existsSync(own)) return own;
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return system;
  throw new Error(
    [
      "No Chromium found for the browser tests. Install one of:",
      "  - Debian/Ubuntu: sudo apt-get install chromium",
      "  - Playwright's own: npx playwright install chromium",
      "or point CHROMIUM_PATH at a Chromium or Chrome executable.",
    ].join("\n"),
  );
}

/** Flags that keep a headless Chromium quiet on a machine with no outside network (and as root). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
