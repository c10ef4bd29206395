// @ts-check
/**
 * subsetFonts(families): an Astro integration that, after a build (and before inlineStyles reads the
 * stylesheets), cuts each font file of the named families down to what the essay shows: the characters
 * of the built pages and scripts, the weights their @font-face names, the given variation axes pinned,
 * and the OpenType features the essay's text can ask for. A variable face of several hundred kB becomes
 * a file of a few tens. Each cut file gets a name with its own hash, and every page, stylesheet and
 * script that named the old file names the new one. Results are cached in node_modules/.cache, so a
 * build whose text has not changed subsets nothing.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import subsetFont from "subset-font";

/** Features kept: kerning, ligatures, marks, localized forms and the figure styles; not small caps or alternates. */
const FEATURES = ["kern", "liga", "clig", "calt", "ccmp", "locl", "mark", "mkmk", "rlig", "lnum", "onum", "pnum", "tnum"];
const CACHE = "node_modules/.cache/loss-space-fonts";

/**
 * The integration; add it before inlineStyles in astro.config.mjs.
 * @param {Record<string, Record<string, number>>} families each family to subset, with the variation axes to pin (tag: value)
 */
export function subsetFonts(families) {
  return {
    name: "loss-space:subset-fonts",
    hooks: {
      /** @param {{ dir: URL, logger: { info(message: string): void } }} options */
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = readdirSync(root, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
        const texts = new Map(files.filter((f) => /\.(html|css|js)$/.test(f)).map((f) => [f, readFileSync(f, "utf8")]));
        const of = (/** @type {string} */ ext) => [...texts].filter(([f]) => f.endsWith(ext)).map(([, t]) => t);
        const characters = charactersOf(of(".html"), of(".js"));
        const faces = of(".css").flatMap(fontFaces).filter((face) => face.family in families);
        /** @type {Map<string, string>} */
        const renamed = new Map();
        let before = 0;
        let after = 0;
        for (const face of faces) {
          const name = basename(face.url.split(/[?#]/)[0] ?? "");
          const file = files.find((f) => basename(f) === name);
          if (!file || renamed.has(name)) continue;
          const source = readFileSync(file);
          const axes = { ...families[face.family], wght: { min: face.weight[0], max: face.weight[1] } };
          const cut = await subsetCached(source, characters, axes);
          const next = `${name.replace(/\.[\w-]{8}\.woff2$/, "")}.${createHash("sha256").update(cut).digest("base64url").slice(0, 8)}.woff2`;
          rmSync(file);
          writeFileSync(join(file, "..", next), cut);
          renamed.set(name, next);
          before += source.length;
          after += cut.length;
        }
        for (const [file, text] of texts) {
          let out = text;
          for (const [from, to] of renamed) out = out.replaceAll(from, to);
          if (out !== text) writeFileSync(file, out);
        }
        logger.info(`subset ${renamed.size} font file(s) to ${[...characters].length} characters: ${kB(before)} → ${kB(after)}`);
      },
    },
  };
}

/**
 * charactersOf(pages, scripts) is every character the essay can show, sorted: printable ASCII (typed
 * numbers and pasted data), and every other character in the pages' text and attributes (entities
 * decoded) and in the scripts (escapes decoded), where messages and formatted numbers come from.
 * @param {string[]} pages @param {string[]} scripts @returns {string}
 */
export function charactersOf(pages, scripts) {
  const found = new Set();
  for (let c = 0x20; c < 0x7f; c++) found.add(String.fromCharCode(c));
  const add = (/** @type {string} */ text) => {
    for (const c of text) if (c > "\u007e" && c !== "\ufeff") found.add(c);
  };
  for (const page of pages) add(decodeEntities(page.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, "")));
  for (const script of scripts) add(decodeEscapes(script));
  return [...found].sort().join("");
}

/** @param {string} html */
function decodeEntities(html) {
  const named = /** @type {Record<string, string>} */ ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" });
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, /** @type {string} */ body) => {
    if (body[0] !== "#") return named[body.toLowerCase()] ?? whole;
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** @param {string} script */
function decodeEscapes(script) {
  return script
    .replace(/\\u\{([0-9a-f]{1,6})\}/gi, (whole, /** @type {string} */ hex) => (parseInt(hex, 16) <= 0x10ffff ? String.fromCodePoint(parseInt(hex, 16)) : whole))
    .replace(/\\u([0-9a-f]{4})/gi, (_, /** @type {string} */ hex) => String.fromCharCode(parseInt(hex, 16)));
}

/** A font face a stylesheet declares: its family, style, weight range and the URL of its first source. */
/** @typedef {{ family: string, style: string, weight: [number, number], url: string }} FontFace */

/**
 * fontFaces(css) lists the @font-face rules of a stylesheet that load a file by url().
 * @param {string} css @returns {FontFace[]}
 */
export function fontFaces(css) {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].flatMap(([, body = ""]) => {
    const get = (/** @type {string} */ name) => new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(body)?.[1]?.trim();
    const url = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(get("src") ?? "")?.[1];
    if (!url) return [];
    const weights = (get("font-weight") ?? "400").split(/\s+/).map((w) => (w === "normal" ? 400 : w === "bold" ? 700 : Number(w)));
    const min = weights[0] ?? 400;
    return [{ family: (get("font-family") ?? "").replace(/^["']|["']$/g, ""), style: get("font-style") ?? "normal", weight: [min, weights[1] ?? min], url }];
  });
}

/**
 * subsetCached(font, characters, axes) is the font cut to the characters, with the axes set (a number
 * pins an axis, {min, max} narrows it), as WOFF2; the same inputs give the cached result.
 * @param {Buffer} font @param {string} characters @param {Record<string, number | { min: number, max: number }>} axes
 * @returns {Promise<Buffer>}
 */
async function subsetCached(font, characters, axes) {
  const key = createHash("sha256").update(font).update(characters).update(JSON.stringify([axes, FEATURES])).digest("hex");
  const cached = join(CACHE, `${key}.woff2`);
  if (existsSync(cached)) return readFileSync(cached);
  const cut = await subsetFont(font, characters, { targetFormat: "woff2", variationAxes: axes, keepFeatures: FEATURES });
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, cut);
  return cut;
}

/** @param {number} bytes */
function kB(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
