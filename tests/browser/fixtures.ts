import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { readNumber } from "../../src/format/numbers.ts";

/**
 * The browser tests' `test`: every page is watched, and a test fails if the page logged a console
 * error or warning, threw, or showed "NaN" anywhere in its text.
 */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") problems.push(`console.${message.type()}: ${message.text()}`);
      });
      // The stack's first frames name the function that threw: a failure seen once under load is then found.
      page.on("pageerror", (error) => problems.push(`page error: ${(error.stack ?? error.message).split("\n").slice(0, 6).join("\n")}`));
      await use(problems);
      if (!page.isClosed()) {
        // Every text node a reader may be shown, chapters off screen included, read without laying the page out:
        // innerText, with every chapter made visible for it, laid out the whole page, 0.1 to 0.3 s a test.
        const text = await page
          .evaluate(() => {
            const machine = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA"]);
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const parts: string[] = [];
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (!machine.has(node.parentElement?.tagName ?? "")) parts.push((node as Text).data);
            }
            return parts.join(" ");
          })
          .catch(() => "");
        if (/\bNaN\b/.test(text)) problems.push("the page shows NaN");
      }
      expect(problems, "console errors, warnings, page errors or NaN").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The first live number on the page with this data-quantity. */
export function quantity(page: Page, name: string): Locator {
  return page.locator(`[data-quantity="${name}"]:not(input):not([role="slider"])`).first();
}

/** The number a live quantity shows, read as a reader reads it (typographic minus, grouped thousands, × 10⁷). */
export async function valueOf(page: Page, name: string): Promise<number> {
  return readNumber((await quantity(page, name).textContent()) ?? "");
}

/** Opens the essay at a query and waits until every island has hydrated. */
export async function openEssay(page: Page, query = ""): Promise<void> {
  await page.goto(`./${query}`);
  await page.waitForFunction(() => document.querySelectorAll("astro-island[ssr]").length === 0);
}
