import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { findFirefox } from "../../scripts/engines.mjs";
import type { EnginePage, Key } from "./engine.ts";

/**
 * launchFirefox(baseURL, size) starts Debian's Firefox headless through Puppeteer over WebDriver BiDi,
 * which reports everything the page logs: console errors and warnings, uncaught errors and rejections,
 * the policy's refusals, and invalid MathML.
 */
export async function launchFirefox(baseURL: string, size: { width: number; height: number }): Promise<EnginePage> {
  const browser: Browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: findFirefox(),
    headless: true,
    defaultViewport: size,
    // A first start builds a new profile; on a loaded two-core machine that has taken over 30 s.
    timeout: 120_000,
  });
  const page: Page = await browser.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warn") problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  return {
    name: "firefox",
    version: await browser.version(),
    async open(path) {
      await page.goto(new URL(path, baseURL).href, { waitUntil: "load" });
    },
    // Puppeteer's types would have the arguments be element handles or plain values; here they are plain.
    evaluate: (fn, ...args) => page.evaluate(fn as (...a: unknown[]) => unknown, ...args) as never,
    async press(...keys: Key[]) {
      for (const key of keys) await page.keyboard.press(key);
    },
    async type(text) {
      await page.keyboard.type(text);
    },
    async click(selector) {
      await page.locator(selector).click();
    },
    async screenshot() {
      return Buffer.from(await page.screenshot());
    },
    async takeProblems() {
      return problems.splice(0);
    },
    async close() {
      await browser.close();
    },
  };
}
