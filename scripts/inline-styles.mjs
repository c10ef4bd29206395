// @ts-check
/**
 * inlineStyles(): an Astro integration that, after a build, puts each page's stylesheets into the page
 * as one <style> (allowed by its hash in the page's Content Security Policy) and drops the KaTeX rules
 * and fonts that no formula on the built pages uses. The essay is one page, so a separate stylesheet
 * only costs a render-blocking round trip; KaTeX's stylesheet is half the CSS, mostly rules for
 * constructs and fonts the essay never draws.
 *
 * Astro's own build.inlineStylesheets cannot do this: it leaves the chapters' component styles out of
 * the policy's hashes (so they are refused) and repeats them once per chapter.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The integration; add it after the others in astro.config.mjs. */
export function inlineStyles() {
  let base = "/";
  return {
    name: "loss-space:inline-styles",
    hooks: {
      /** @param {{ config: { base: string } }} options */
      "astro:config:done": ({ config }) => {
        base = config.base.replace(/\/?$/, "/");
      },
      /** @param {{ dir: URL, logger: { info(message: string): void } }} options */
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = htmlFiles(root);
        const html = new Map(pages.map((file) => [file, readFileSync(file, "utf8")]));
        const used = usedClasses([...html.values()].join("\n"));
        const inlined = new Set();
        for (const [file, page] of html) {
          const result = inlinePage(page, (/** @type {string} */ href) => {
            const path = href.startsWith(base) ? join(root, href.slice(base.length)) : null;
            if (!path || !existsSync(path)) throw new Error(`inline-styles: ${file} links ${href}, which the build did not write`);
            inlined.add(path);
            return trimKatexCss(readFileSync(path, "utf8"), used);
          });
          writeFileSync(file, result);
        }
        // Every page now carries its styles; the files would only be dead weight on the host.
        for (const path of inlined) rmSync(path);
        logger.info(`inlined ${inlined.size} stylesheet(s) into ${pages.length} page(s)`);
      },
    },
  };
}

/** htmlFiles(dir) lists every .html file under dir. @param {string} dir */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** usedClasses(html) is every class name in the class attributes of some HTML. @param {string} html @returns {Set<string>} */
export function usedClasses(html) {
  const used = new Set();
  for (const [, value = ""] of html.matchAll(/\sclass="([^"]*)"/g)) for (const name of value.split(/\s+/)) if (name) used.add(name);
  return used;
}

const STYLESHEET = /<link rel="stylesheet" href="([^"]+)"\s*\/?>/g;

/**
 * inlinePage(html, cssOf) replaces the page's stylesheet links with one <style> of their CSS, in order,
 * where the first link was, and allows that <style> by its SHA-256 hash in the page's policy.
 * cssOf(href) gives a linked file's CSS.
 * @param {string} html @param {(href: string) => string} cssOf @returns {string}
 */
export function inlinePage(html, cssOf) {
  const hrefs = [...html.matchAll(STYLESHEET)].map((m) => /** @type {string} */ (m[1]));
  if (hrefs.length === 0) return html;
  // "</style" inside the CSS would end the element early; no stylesheet has a reason to contain it.
  const css = hrefs.map(cssOf).join("\n");
  if (/<\/style/i.test(css)) throw new Error("inline-styles: a stylesheet contains </style");
  let first = true;
  const inlined = html.replace(STYLESHEET, () => {
    if (!first) return "";
    first = false;
    return `<style>${css}</style>`;
  });
  return allowStyle(inlined, `'sha256-${createHash("sha256").update(css).digest("base64")}'`);
}

/**
 * allowStyle(html, source) adds source to the style-src-elem directive of the page's policy (or to
 * style-src when there is none). A page without a policy is left alone; one whose policy has neither
 * directive would refuse the <style>, so that is an error rather than a broken page.
 * @param {string} html @param {string} source @returns {string}
 */
export function allowStyle(html, source) {
  return html.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)(")/, (/** @type {string} */ _, /** @type {string} */ open, /** @type {string} */ policy, /** @type {string} */ close) => {
    const directives = policy.split(";");
    const at = ["style-src-elem", "style-src"].map((name) => directives.findIndex((d) => d.trim().split(/\s+/)[0] === name)).find((i) => i >= 0);
    if (at === undefined) throw new Error("inline-styles: the page's policy has no style-src-elem or style-src to allow the inlined <style>");
    directives[at] = `${(directives[at] ?? "").trimEnd()} ${source}`;
    return `${open}${directives.join(";")}${close}`;
  });
}

/**
 * trimKatexCss(css, used) drops, from a stylesheet, KaTeX's selectors that need a class no page uses,
 * the rules left with none, and the @font-face rules of KaTeX fonts no remaining rule names; the fonts
 * kept are offered as WOFF2 only, which every browser that runs the essay's code reads. Only selectors
 * under .katex are touched: KaTeX's classes come from the build-time maths alone, so the built HTML is
 * all of them, while the essay's own styles may be for classes that scripts add later.
 * @param {string} css @param {Set<string>} used @returns {string}
 */
export function trimKatexCss(css, used) {
  const kept = filterRules(parseBlocks(css), used);
  // The KaTeX fonts that the remaining rules name (in font-family or the font shorthand).
  const rules = serialize(kept.filter((block) => block.prelude.trim() !== "@font-face"));
  const families = new Set([...rules.matchAll(/KaTeX_\w+/g)].map((m) => m[0]));
  return serialize(
    kept.flatMap((block) => {
      if (block.prelude.trim() !== "@font-face" || typeof block.body !== "string") return [block];
      const family = unquote(/font-family:\s*([^;]+)/.exec(block.body)?.[1] ?? "");
      if (!family.startsWith("KaTeX_")) return [block];
      if (!families.has(family)) return [];
      return [{ prelude: block.prelude, body: block.body.replace(/src:\s*(url\([^)]*\)\s*format\("woff2"\))[^;}]*/, "src:$1") }];
    }),
  );
}

/** A parsed CSS block: a prelude (selectors or at-rule) and either declarations or nested blocks. */
/** @typedef {{ prelude: string, body: string | Block[] }} Block */

// At-rules whose blocks hold rules rather than declarations.
const GROUPING = /^@(media|supports|container|layer|scope|document)\b/;

/** parseBlocks(css) splits CSS into blocks; statements without a block (@import, @layer a;) are kept as preludes ending in ";". */
/** @param {string} css @returns {Block[]} */
function parseBlocks(css) {
  /** @type {Block[]} */
  const blocks = [];
  let i = 0;
  while (i < css.length) {
    const open = scan(css, i, "{;");
    if (open < 0) {
      if (css.slice(i).trim()) throw new Error(`inline-styles: unexpected text at the end of a stylesheet: ${css.slice(i, i + 40)}`);
      break;
    }
    const prelude = css.slice(i, open);
    if (css[open] === ";") {
      blocks.push({ prelude: `${prelude};`, body: "" });
      i = open + 1;
      continue;
    }
    const close = matching(css, open);
    const inner = css.slice(open + 1, close);
    blocks.push({ prelude, body: GROUPING.test(prelude.trim()) ? parseBlocks(inner) : inner });
    i = close + 1;
  }
  return blocks;
}

/** scan(css, from, stops) is the index of the first character of stops outside strings, parentheses and comments, or -1. */
/** @param {string} css @param {number} from @param {string} stops @returns {number} */
function scan(css, from, stops) {
  let depth = 0;
  for (let i = from; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") i = skipString(css, i);
    else if (c === "/" && css[i + 1] === "*") {
      const end = css.indexOf("*/", i + 2);
      i = end < 0 ? css.length : end + 1;
    }
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (depth === 0 && stops.includes(/** @type {string} */ (c))) return i;
  }
  return -1;
}

/** The index of the quote that ends the string opened at i (backslash escapes respected). */
/** @param {string} css @param {number} i @returns {number} */
function skipString(css, i) {
  const quote = css[i];
  for (let j = i + 1; j < css.length; j++) {
    if (css[j] === "\\") j++;
    else if (css[j] === quote) return j;
  }
  return css.length;
}

/** matching(css, open) is the index of the } that closes the { at open. */
/** @param {string} css @param {number} open @returns {number} */
function matching(css, open) {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const next = scan(css, i, "{}");
    if (next < 0) break;
    depth += css[next] === "{" ? 1 : -1;
    if (depth === 0) return next;
    i = next;
  }
  throw new Error("inline-styles: unbalanced braces in a stylesheet");
}

/** @param {Block[]} blocks @param {Set<string>} used @returns {Block[]} */
function filterRules(blocks, used) {
  return blocks.flatMap((block) => {
    if (Array.isArray(block.body)) {
      const body = filterRules(block.body, used);
      return body.length ? [{ prelude: block.prelude, body }] : [];
    }
    if (block.prelude.trim().startsWith("@")) return [block];
    const selectors = splitTop(block.prelude);
    const live = selectors.filter((s) => !s.includes(".katex") || classesOf(s).every((name) => used.has(name)));
    if (live.length === 0) return [];
    return [{ prelude: live.join(","), body: block.body }];
  });
}

/** The classes a selector requires: those outside :not(…), which a match must lack rather than have. */
/** @param {string} selector @returns {string[]} */
function classesOf(selector) {
  const required = selector.replace(/:not\([^)]*\)/g, "");
  return [...required.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => /** @type {string} */ (m[1]));
}

/** splitTop(list) splits a selector list at its top-level commas. */
/** @param {string} list @returns {string[]} */
function splitTop(list) {
  const parts = [];
  let from = 0;
  for (;;) {
    const comma = scan(list, from, ",");
    if (comma < 0) break;
    parts.push(list.slice(from, comma));
    from = comma + 1;
  }
  parts.push(list.slice(from));
  return parts;
}

/** @param {Block[]} blocks @returns {string} */
function serialize(blocks) {
  return blocks.map((b) => (typeof b.body === "string" ? (b.prelude.endsWith(";") ? b.prelude : `${b.prelude}{${b.body}}`) : `${b.prelude}{${serialize(b.body)}}`)).join("");
}

/** @param {string} name */
function unquote(name) {
  return name.trim().replace(/^["']|["']$/g, "");
}
