import type { Page } from "@playwright/test";

/**
 * nonFiniteProblems(page) lists every way the page lets a non-number through: a live number whose
 * text is not a finite number (an em dash included), a slider whose value is not finite, "NaN" or
 * "Infinity" in the page's text, and "NaN", "Infinity" or "undefined" in any attribute (SVG geometry too).
 * Empty when the page is clean.
 */
export async function nonFiniteProblems(page: Page): Promise<string[]> {
  return page.evaluate(nonFiniteInPage);
}

/** nonFiniteInPage() is nonFiniteProblems run inside the page, for any driver's evaluate (it uses nothing from outside). */
export function nonFiniteInPage(): string[] {
  const problems: string[] = [];
  // Numbers are set as a reader reads them: U+2212 for minus, grouped thousands, "1.36 × 10⁷", "92.5%".
  const SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  const isFiniteText = (text: string) => {
    const t = text
      .replace(/^more than /, "") // a bound ("more than 1,000 steps") is still a number
      .replace(/[\s,\u2009\u202f]/g, "")
      .replace(/\u2212|⁻/g, "-")
      .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (d) => String(SUPER.indexOf(d)))
      .replace(/×10(-?\d+)$/, "e$1")
      // A share may be shown as a percentage (a classifier's accuracy, "92.5%").
      .replace(/%$/, "");
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

/**
 * renderEveryChapter(page) lays out every chapter as if on screen (content-visibility: visible). axe measures
 * targets and their neighbours from boxes, and boxes inside chapters the browser is skipping (off screen,
 * content-visibility: auto) mislead it: a jump link far down the page read as obscuring the player's
 * buttons. The page looks the same; only what the browser skips changes.
 */
export async function renderEveryChapter(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll<HTMLElement>(".prose > section").forEach((s) => (s.style.contentVisibility = "visible")));
}

/**
 * typographyProblems(page) lists every number a reader sees or hears that is set wrong: an ASCII hyphen
 * for a minus sign, "e7" for a power of ten, or five or more digits with no thousands commas. It reads
 * text (HTML and SVG, hidden chapters included) and what assistive technology reads (aria-label,
 * aria-valuetext, title); machine text (the CSV box, TeX sources, links) is left out. Empty when clean.
 */
export async function typographyProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const hyphenMinus = /(^|[\s(=,:;[{/×+])-\d/;
    const exponent = /\d(\.\d+)?e[+-]?\d/i;
    const ungrouped = /(^|[^\d,.#\w])\d{5,}/;
    const check = (text: string, where: string) => {
      for (const [name, bad] of [["an ASCII hyphen for a minus", hyphenMinus], ["exponent notation", exponent], ["ungrouped thousands", ungrouped]] as const) {
        if (bad.test(text)) problems.push(`${name} in ${where}: "${text.trim().slice(0, 100)}"`);
      }
    };
    // With scripts on, a <noscript>'s content is one text node of markup that no reader sees.
    const skip = (el: Element | null) => !!el?.closest("script, style, noscript, textarea, code, annotation, astro-island > template");
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text) {
        if (!skip(node.parentElement)) check(node.data, `text in <${node.parentElement?.tagName.toLowerCase()}>`);
        continue;
      }
      const el = node as Element;
      if (skip(el)) continue;
      for (const attr of ["aria-label", "aria-valuetext", "title", "alt", "placeholder"]) {
        const value = el.getAttribute(attr);
        if (value) check(value, `<${el.tagName.toLowerCase()} ${attr}>`);
      }
    }
    return problems;
  });
}
