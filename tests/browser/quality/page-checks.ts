import type { Page } from "@playwright/test";

/**
 * nonFiniteProblems(page) lists every way the page lets a non-number through: a live number whose
 * text is not a finite number (an em dash included), a slider whose value is not finite, "NaN" or
 * "Infinity" in the page's text, and "NaN", "Infinity" or "undefined" in any attribute (SVG geometry too).
 * Empty when the page is clean.
 */
export async function nonFiniteProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    // Live numbers use an ASCII minus; maths typeset by KaTeX may show U+2212, which is still a number.
    const isFiniteText = (text: string) => {
      const t = text.replace(/[\s,\u2009\u202f]/g, "").replace(/\u2212/g, "-");
      return t !== "" && Number.isFinite(Number(t));
    };
    for (const el of document.querySelectorAll<HTMLElement>("[data-quantity]")) {
      const name = el.dataset["quantity"];
      if (el instanceof HTMLInputElement) {
        if (!isFiniteText(el.value)) problems.push(`the ${name} input's value is "${el.value}"`);
      } else if (el.getAttribute("role") === "slider") {
        const now = el.getAttribute("aria-valuenow");
        if (now === null || !isFiniteText(now)) problems.push(`the ${name} slider's aria-valuenow is "${now}"`);
      } else if (!isFiniteText(el.textContent ?? "")) {
        problems.push(`the live number ${name} shows "${el.textContent}"`);
      }
    }
    const badText = /\bNaN\b|\bInfinity\b/;
    const badAttribute = /\bNaN\b|\bInfinity\b|\bundefined\b/;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text) {
        const parent = node.parentElement?.tagName;
        if (parent !== "SCRIPT" && parent !== "STYLE" && badText.test(node.data)) problems.push(`text "${node.data.trim().slice(0, 80)}"`);
        continue;
      }
      const el = node as Element;
      if (el.tagName === "SCRIPT" || el.tagName === "STYLE") continue;
      for (const attr of el.attributes) {
        // An island's serialized props are data for hydration, not something a reader sees.
        if (el.tagName === "ASTRO-ISLAND" && (attr.name === "props" || attr.name === "opts")) continue;
        if (badAttribute.test(attr.value)) problems.push(`<${el.tagName.toLowerCase()} ${attr.name}="${attr.value.slice(0, 80)}">`);
      }
    }
    return problems;
  });
}

/** Every island on the page has hydrated, including ones that wait until they are scrolled into view. */
export async function hydrateEverything(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const pause = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (const island of document.querySelectorAll("astro-island[ssr]")) {
      island.scrollIntoView({ block: "center" });
      await pause();
    }
    window.scrollTo(0, 0);
  });
  await page.waitForFunction(() => document.querySelectorAll("astro-island[ssr]").length === 0);
}
