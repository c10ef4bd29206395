// @ts-check
/**
 * embedScripts(): an Astro integration that builds the embed pages' browser code apart from the essay's.
 *
 * Each embed page (src/pages/embed/) shows one figure, and may load at most 30 kB of gzipped JavaScript.
 * Astro's client build cannot give it that: a module goes into one chunk only, and the figures' modules
 * live in the essay's one first-view chunk (astro.config.mjs), which an embed page would then load whole.
 * So the embed pages carry no islands; the server renders each figure, and after the build this bundles
 * each page's entry (src/components/embed/entries/<figure>.ts, which hydrates the figure) into one file of
 * its own with Vite and the same Svelte settings, tree-shaken to what that figure uses, and points the
 * page's <script data-embed-entry> at it. The essay's chunks are untouched.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

/** Where the embed pages' entries live, one per figure, named as the page. */
const ENTRIES = "src/components/embed/entries";

/**
 * The integration; `plugins` are the client build's own Vite plugins that shape code (d3-random's pure
 * marks, the Terser pass), applied here too; `apart(id)` says which modules stay out of the page's one file, for
 * the chunks it imports only when asked (the figures' later parts, the Save panel, the bowl). Add it before
 * inlineStyles in astro.config.mjs.
 * @param {{ plugins?: any[], apart?: (id: string) => boolean }} [options]
 */
export function embedScripts({ plugins = [], apart = () => false } = {}) {
  let base = "/";
  let root = process.cwd();
  return {
    name: "loss-space:embed-scripts",
    hooks: {
      /** @param {{ config: { base: string, root: URL } }} options */
      "astro:config:done": ({ config }) => {
        base = config.base.replace(/\/?$/, "/");
        root = fileURLToPath(config.root);
      },
      /** @param {{ dir: URL, logger: { info(message: string): void } }} options */
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = embedPages(join(out, "embed"));
        if (pages.length === 0) return;
        const names = new Map();
        // One build per entry, one after the other: each page gets one self-contained file, nothing shared.
        for (const { name } of pages) names.set(name, await buildEntry(root, out, base, name, plugins, apart));
        for (const { name, file } of pages) {
          const html = readFileSync(file, "utf8");
          const tag = new RegExp(`(<script[^>]*\\bdata-embed-entry="${name}"[^>]*\\bsrc=")[^"]*(")`);
          if (!tag.test(html)) throw new Error(`embed-scripts: ${file} has no <script data-embed-entry="${name}" src="…">`);
          writeFileSync(file, html.replace(tag, `$1${base}${names.get(name)}$2`));
        }
        logger.info(`built ${pages.length} embed page script(s): ${[...names.values()].join(", ")}`);
      },
    },
  };
}

/** embedPages(dir) lists the built embed pages (embed/<name>/index.html) and their names. @param {string} dir */
function embedPages(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "index.html")))
    .map((entry) => ({ name: entry.name, file: join(dir, entry.name, "index.html") }));
}

/**
 * buildEntry(...) bundles one embed entry into out/_astro/ and is the path of its file under the base.
 * @param {string} root @param {string} out @param {string} base @param {string} name @param {any[]} plugins
 * @param {(id: string) => boolean} apart
 * @returns {Promise<string>}
 */
async function buildEntry(root, out, base, name, plugins, apart) {
  const input = join(root, ENTRIES, `${name}.ts`);
  if (!existsSync(input)) throw new Error(`embed-scripts: the page embed/${name}/ has no entry ${ENTRIES}/${name}.ts`);
  const result = await build({
    configFile: false,
    root,
    base,
    mode: "production",
    publicDir: false,
    logLevel: "warn",
    // The styles come with the page (the server rendered every component); the script needs none.
    plugins: [svelte({ emitCss: false, compilerOptions: { css: "external" } }), ...plugins],
    build: {
      outDir: out,
      emptyOutDir: false,
      copyPublicDir: false,
      assetsDir: "_astro",
      assetsInlineLimit: 0,
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: {
        // The Terser pass takes most of the build's time by design; the bundler's note saying so is noise. So are its
        // notes that a dynamic import cannot split (a model's maths, the landscape worker's client): an embed page that
        // imports one statically means it to come with the page (its one file, below), as the basins embed's wave maths.
        checks: { pluginTimings: false, ineffectiveDynamicImport: false },
        input: { [`embed-${name}`]: input },
        output: {
          entryFileNames: "_astro/[name].[hash].js",
          chunkFileNames: "_astro/[name].[hash].js",
          // Everything the page runs on opening in its one file: left alone, the bundler moves what the page and a
          // chunk it loads later share into a third file, and two files compress worse than one (1 kB gzipped). Only what it
          // runs on opening ($initial): what only the chunks it loads later use (the point editor's undo line) stays with them.
          codeSplitting: { groups: [{ name: `embed-${name}`, test: (/** @type {string} */ id) => !apart(id), tags: ["$initial"] }] },
        },
      },
    },
    // The landscape worker imports every model's maths on purpose (it draws any model's landscape); the models' own
    // dynamic imports of them cannot split it, and the bundler's notes saying so are noise here too.
    worker: { format: "es", rolldownOptions: { checks: { ineffectiveDynamicImport: false }, output: { entryFileNames: "_astro/[name]-[hash].js" } } },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ("output" in r ? r.output : []));
  const entry = outputs.find((o) => o.type === "chunk" && o.isEntry);
  if (!entry) throw new Error(`embed-scripts: building ${name} wrote no entry chunk`);
  return entry.fileName;
}
