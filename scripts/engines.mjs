/**
 * Where the other engines of the cross-engine tests are: Firefox, and WebKit's WebDriver with the
 * MiniBrowser it drives and the virtual screen it draws on. Each finder returns a path or throws a
 * message that says what to install. Nothing is ever downloaded: these are Debian's packages.
 */
import { existsSync } from "node:fs";

const FIREFOX_PATHS = ["/usr/bin/firefox-esr", "/usr/bin/firefox"];
const MINIBROWSER_PATHS = [
  "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
  "/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
  "/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser",
  "/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser",
  "/usr/libexec/webkit2gtk-4.1/MiniBrowser",
  "/usr/libexec/webkitgtk-6.0/MiniBrowser",
];

/** findFirefox() is $FIREFOX_PATH if set, else Debian's Firefox ESR (or a system Firefox). */
export function findFirefox() {
  return find("FIREFOX_PATH", FIREFOX_PATHS, "Firefox", "firefox-esr");
}

/** findWebKit() is {driver, browser, xvfbRun}: WebKitWebDriver, the MiniBrowser it starts, and xvfb-run for its screen. */
export function findWebKit() {
  return {
    driver: find("WEBKIT_DRIVER_PATH", ["/usr/bin/WebKitWebDriver"], "WebKitWebDriver", "webkit2gtk-driver"),
    browser: find("MINIBROWSER_PATH", MINIBROWSER_PATHS, "WebKitGTK's MiniBrowser", "webkit2gtk-driver"),
    xvfbRun: find("XVFB_RUN_PATH", ["/usr/bin/xvfb-run"], "xvfb-run (a virtual screen for WebKit)", "xvfb xauth"),
  };
}

/** @param {string} variable @param {string[]} paths @param {string} what @param {string} packages */
function find(variable, paths, what, packages) {
  const fromEnv = process.env[variable];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${variable} is set to ${fromEnv}, but there is no file there.`);
  }
  const found = paths.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(`No ${what} found for the cross-engine tests. On Debian or Ubuntu: sudo apt-get install ${packages}\nor point ${variable} at one.`);
}
