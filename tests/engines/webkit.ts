import { spawn } from "node:child_process";
import { Builder, By, Key as Keys, type WebDriver } from "selenium-webdriver";
import { findWebKit } from "../../scripts/engines.mjs";
import { freePort } from "../../scripts/free-port.mjs";
import type { EnginePage, Key } from "./engine.ts";

const KEYS: Record<Key, string> = {
  ArrowRight: Keys.ARROW_RIGHT, ArrowLeft: Keys.ARROW_LEFT, ArrowUp: Keys.ARROW_UP, ArrowDown: Keys.ARROW_DOWN,
  Enter: Keys.ENTER, Escape: Keys.ESCAPE, Tab: Keys.TAB, Home: Keys.HOME, End: Keys.END, PageUp: Keys.PAGE_UP, PageDown: Keys.PAGE_DOWN,
};

/**
 * launchWebKit(baseURL, size) starts WebKitGTK's WebDriver on a virtual screen (xvfb-run) and opens a
 * MiniBrowser window through it, with classic scrollbars that take room from the page as on Windows and
 * most Linux desktops. WebDriver cannot listen to the console, so each page records its own problems
 * from the moment it has loaded (watchProblems below).
 */
export async function launchWebKit(baseURL: string, size: { width: number; height: number }): Promise<EnginePage> {
  const { driver: driverPath, browser: browserPath, xvfbRun } = findWebKit();
  const port = await freePort();
  // Its own process group, so closing ends the virtual screen, the driver and the browser together.
  const server = spawn(xvfbRun, ["-a", "-s", "-screen 0 1600x1200x24", driverPath, `--port=${port}`], { detached: true, stdio: "ignore" });
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // Already gone.
    }
  };
  let driver: WebDriver;
  try {
    await waitForDriver(port);
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: "MiniBrowser",
        pageLoadStrategy: "normal",
        "webkitgtk:browserOptions": { binary: browserPath, args: ["--automation"], useOverlayScrollbars: false },
      })
      .build();
    await driver.manage().setTimeouts({ pageLoad: 60_000, script: 30_000 });
    await fitViewport(driver, size);
  } catch (error) {
    stop();
    throw error;
  }
  const capabilities = await driver.getCapabilities();
  const problems: string[] = [];
  const collect = async () => {
    problems.push(...((await driver.executeScript("return window.__problems ? window.__problems.splice(0) : []")) as string[]));
  };
  return {
    name: "webkit",
    version: `WebKitGTK ${capabilities.getBrowserVersion()}`,
    async open(path) {
      await collect().catch(() => undefined);
      await driver.get(new URL(path, baseURL).href);
      await driver.executeScript(`(${watchProblems})()`);
    },
    evaluate: (fn, ...args) => driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args) as never,
    async press(...keys: Key[]) {
      const actions = driver.actions({ async: true });
      for (const key of keys) actions.keyDown(KEYS[key]).keyUp(KEYS[key]);
      await actions.perform();
    },
    async type(text) {
      await driver.actions({ async: true }).sendKeys(text).perform();
    },
    async click(selector) {
      const element = await driver.findElement(By.css(selector));
      await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", element);
      await element.click();
    },
    async screenshot() {
      return Buffer.from(await driver.takeScreenshot(), "base64");
    },
    async takeProblems() {
      await collect();
      return problems.splice(0);
    },
    async close() {
      await driver.quit().catch(() => undefined);
      stop();
    },
  };
}

/** Polls the driver's status until it answers; xvfb-run first waits for its screen to start. */
async function waitForDriver(port: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on port ${port} within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Sizes the window so that the page's own viewport (inside the toolbar and scrollbar) is the given size. */
async function fitViewport(driver: WebDriver, size: { width: number; height: number }): Promise<void> {
  const window = driver.manage().window();
  await window.setRect({ width: size.width, height: size.height });
  const inner = (await driver.executeScript("return [innerWidth, innerHeight]")) as [number, number];
  await window.setRect({ width: 2 * size.width - inner[0], height: 2 * size.height - inner[1] });
}

/**
 * watchProblems() runs in the page once it has loaded: it records console errors and warnings, uncaught
 * errors and rejections, and the policy's refusals in window.__problems, for takeProblems() to collect.
 */
function watchProblems(): void {
  const w = window as unknown as { __problems?: string[] };
  if (w.__problems) return;
  const problems: string[] = (w.__problems = []);
  for (const level of ["error", "warn"] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      problems.push(`console.${level}: ${args.map(String).join(" ")}`);
      original(...args);
    };
  }
  addEventListener("error", (event) => problems.push(`page error: ${event.message || String(event.error)}`));
  addEventListener("unhandledrejection", (event) => problems.push(`unhandled rejection: ${String(event.reason)}`));
  document.addEventListener("securitypolicyviolation", (event) => problems.push(`policy refused ${event.blockedURI} (${event.violatedDirective})`));
}
