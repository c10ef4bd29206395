// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import svelte from "@astrojs/svelte";
import { inlineStyles } from "./scripts/inline-styles.mjs";
import { dropUnusedFonts } from "./scripts/drop-unused-fonts.mjs";
import { subsetFonts } from "./scripts/subset-fonts.mjs";
import { embedScripts } from "./scripts/embed-scripts.mjs";
import { minify } from "terser";

// BASE_PATH lets the static build live under a sub-path (e.g. BASE_PATH=/essays/loss-space/).
const base = process.env.BASE_PATH || "/";
// SITE_URL is the host the essay is published at: with it the page names its canonical address (a link and
// og:url, both absolute); without it the page names none rather than a made-up host.
const site = process.env.SITE_URL;

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  output: "static",
  trailingSlash: "ignore",
  // subsetFonts: the essay's text faces cut to its characters and weights (Source Serif 4 at its text
  // optical size); inlineStyles: each page's CSS in one hashed <style>, KaTeX's unused rules and fonts
  // dropped; then dropUnusedFonts deletes the font files that nothing names any more.
  // embedScripts: each embed page's one script, bundled apart from the essay's chunks (see the file).
  integrations: [
    nearDirective(),
    mdx(),
    svelte(),
    embedScripts({ plugins: [plainDynamicImport(), pureD3Random(), terserPass()], apart: (id) => [...LATER, ...ON_REQUEST, MODEL_MATHS].some((re) => re.test(id)) }),
    subsetFonts({ "Source Serif 4": { opsz: 20 }, "Source Sans 3": {} }),
    inlineStyles(),
    dropUnusedFonts(),
  ],
  build: { format: "directory", inlineStylesheets: "never" },
  devToolbar: { enabled: false },
  vite: {
    // Every asset stays a file, never a data: URL: font-src 'self' refuses KaTeX's smallest font inlined.
    build: { assetsInlineLimit: 0, rolldownOptions: { onwarn: bundlerWarning } },
    plugins: [oneClientChunk(), plainDynamicImport(), pureD3Random(), terserPass()],
  },
  // Prism marks code up with classes; Shiki's inline styles would need 'unsafe-inline' for <style>.
  markdown: { syntaxHighlight: "prism" },
  // A strict Content Security Policy in a <meta>: scripts and <style> only by hash, nothing inline or
  // eval'd, nothing from another origin. Inline style="" attributes stay allowed (style-src-attr) because
  // KaTeX's build-time HTML and Svelte's SSR markup position things with them; they cannot run code.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      styleDirective: {
        resources: [
          { resource: "'self'", kind: "element" },
          { resource: "'unsafe-inline'", kind: "attribute" },
        ],
      },
    },
  },
});

/**
 * The modules only the islands further down the essay use (src/components/islands-later.ts and what only
 * they import): the grid calculator, the comparison and its timings, the basins map, the figures' later parts (the
 * classifier's, the point editor, a dense cloud's canvas, a stochastic step's batch: handed to the figures when this
 * chunk loads, or loaded with it as soon as the state asks for them), the prose's scrubbable numbers and the
 * jump links' wiring, the method picker, the scalings'
 * picker and comparison, the data panel and its CSV reader, the presets. Nothing the first view runs may use one, or the split is undone
 * (a browser test checks that the first view's chunk imports no other chunk). The list need not be whole: oneClientChunk()
 * puts in the later chunk whatever the islands further down import and the first view does not; it names what the first
 * view's modules import without using, such as the presets, which the engine's index re-exports.
 */
const LATER = [
  /src[\\/]components[\\/]islands-later\.ts$/,
  /src[\\/]components[\\/]compare[\\/]/,
  /src[\\/]components[\\/]scaling[\\/]Scale[^\\/]*\.svelte$/,
  /src[\\/]components[\\/]data[\\/](DataPanel[^\\/]*\.svelte|csv-file\.ts|download\.ts|link-status\.ts)/,
  /src[\\/]components[\\/]prose[\\/](GridInput|GridOutput|PassTime|MethodPicker|OptimizerPicker|HeldParameter|Scrubbable|Adjustable(\.Editor)?|JumpLinks)\.svelte/,
  /src[\\/]components[\\/]prose[\\/](settable|scrub|jump)\.ts$/,
  /src[\\/]components[\\/]figures[\\/]basins[\\/]/,
  /src[\\/]components[\\/]figures[\\/]classifier[\\/]/,
  /src[\\/]components[\\/]figures[\\/](later-parts\.ts|DataSpace\.(Editor|Batch)\.svg\.svelte|DataSpace\.Canvas\.svelte|LossSpace\.Footprint\.svg\.svelte)$/,
  /src[\\/]components[\\/]data[\\/]point-editor\.ts$/,
  /src[\\/]components[\\/]appendix[\\/]/,
  /src[\\/]components[\\/]prose[\\/]grid-(cost|calculator(\.svelte)?)\.ts$/,
  /src[\\/]components[\\/]scheduling[\\/]machine-speed\.svelte\.ts$/,
  /src[\\/]state[\\/](csv|csv-cells)\.ts$/,
  /src[\\/]engine[\\/](presets|classifier-presets)\.ts$/,
  // Every model's maths, imported for its effect (each model's is a file of its own: MODEL_MATHS).
  /src[\\/]engine[\\/]models[\\/]all\.ts$/,
];

/** The modules a reader's action or a link imports when it happens (a figure's save panel, its embed code, Start over, the bowl, the figures' captions, the points' codec); never part of a view's chunk. */
const ON_REQUEST = [
  /src[\\/]components[\\/]figure-actions[\\/](save-figure\.ts|open-panel\.ts|FigureActions\.Panel\.svelte)/,
  /src[\\/]components[\\/]embed[\\/](copy-embed|embeds|snippet)\.ts$/,
  /src[\\/]components[\\/]reading[\\/]start-over\.svelte\.ts$/,
  // The landscape worker's client: only a model without a fast path asks for it.
  /src[\\/]components[\\/]figures[\\/]landscape[\\/]worker-client\.ts$/,
  /src[\\/]components[\\/]figures[\\/](LossSpace\.Bowl\.svg\.svelte|projection\.ts)/,
  // The figures' captions: at idle, at the reader's first touch, or for a link (captions-on-demand.svelte.ts).
  /src[\\/]components[\\/]figures[\\/]captions\.ts$/,
  // The codec of the reader's own points (LINK_DATA).
  /src[\\/]state[\\/](data-codec|bit-stream|base64url)\.ts$/,
];

/**
 * The maths of the models that load on demand (src/engine/models/on-demand.ts): an embed page loads only its link's
 * model's (the basins map's, the wave's, with the page); the essay's page its link's before the first view hydrates, and
 * every model's with the islands further down (islands-later.ts imports them). Each is a group of its own: in the
 * later group, a link of the wave would load the whole later chunk first.
 */
const MODEL_MATHS = /src[\\/]engine[\\/]models[\\/]([^\\/]+\.maths|wave-fit)\.ts$/;

/**
 * The codec of the reader's own points in a link (src/state/data-codec-on-demand.ts): a chunk of its own, loaded before
 * the link is read when it carries points, else with the later chunk, which imports it. Without a group of its own the
 * later chunk would take it in, and a link with points would load the whole later chunk before the first view hydrates.
 */
const LINK_DATA = /src[\\/]state[\\/](data-codec|bit-stream|base64url)\.ts$/;

/**
 * The maths of the prose's numbers beyond the figures' own quantities (src/components/prose/live-values.ts, loaded by
 * live-values-on-demand.svelte.ts as they come near, at idle, or before a link that sets anything is read), with the
 * engine's modules only it uses on the page (the first view reaches them only through the engine's index). A group of its
 * own, for the same reason as the models' maths; the later chunk imports it for the basins map and the rescaling's outlook.
 */
const LIVE_VALUES = /src[\\/](components[\\/]prose[\\/](live-values|classifier-numbers)|engine[\\/](basins|outlook|conditioning))\.ts$/;

/**
 * oneClientChunk() puts the first view's browser code in one chunk, "essay", and the code only the islands
 * further down use in another, "later", which their client:near directive loads once the page is idle or they come near. One
 * file compresses far better than thirty (11 kB less gzipped). Only the client build: the server build
 * keeps Astro's own chunking.
 */
function oneClientChunk() {
  // The modules the first view's entry (islands.ts, and the renderer every island uses) imports statically, directly or
  // not: found once the module graph is complete, before the chunks are made. Any other module belongs to the later
  // chunk or to a chunk loaded on request, whether or not LATER names it (a component only the islands further down
  // use, a state only their figures read).
  /** @type {Set<string>} */
  let firstView = new Set();
  // And those the islands further down import statically: what of them the first view does not, is the later chunk's.
  /** @type {Set<string>} */
  let further = new Set();
  // Loaded only on a reader's request (a dynamic import): left out of both groups, so it stays a chunk of its own.
  // A model's maths too: a link of that model loads it before the first view hydrates, the later chunk in any case.
  const onRequest = (/** @type {string} */ id) => ON_REQUEST.some((re) => re.test(id)) || MODEL_MATHS.test(id) || LIVE_VALUES.test(id);
  // What the islands further down import is the later chunk's, but for what the first view may ask for before they come
  // (the landscape worker's client, which the basins map imports too: in the later chunk, a link of the wave would load
  // that whole chunk for its first landscape).
  const later = (/** @type {string} */ id) => LATER.some((re) => re.test(id)) || (further.has(id) && !firstView.has(id) && !onRequest(id));
  // The first view's entry stays a file of its own: it may wait for the later chunk before any island hydrates
  // (a top-level await), and the later chunk imports the first view's, so inside that chunk the wait would never end.
  const entry = (/** @type {string} */ id) => /src[\\/]components[\\/]islands\.ts$/.test(id);
  const groups = [
    // Only what its test takes: by default a group takes in everything its modules import, and the engine's index, which
    // re-exports every engine module, brought the presets and what only the islands further down use into the first view.
    // (Rolldown then asks that entries may export more than they declare: preserveEntrySignatures below.)
    { name: "essay", test: (/** @type {string} */ id) => firstView.has(id) && !later(id) && !onRequest(id) && !entry(id), includeDependenciesRecursively: false },
    // Before the later group, which would otherwise take the codec in with the modules that import it.
    { name: "data-codec", test: (/** @type {string} */ id) => LINK_DATA.test(id) },
    // Each model's maths, a file of its own (wave-fit.ts joins the wave's, which imports it), for the same reason; after
    // the essay's group, which has taken what they import besides (the model's card, the engine).
    { name: (/** @type {string} */ id) => /models[\\/]([^\\/]+)\.maths\.ts$/.exec(id)?.[1] ?? null, test: (/** @type {string} */ id) => MODEL_MATHS.test(id) },
    { name: "live-values", test: (/** @type {string} */ id) => LIVE_VALUES.test(id) },
    { name: "later", test: later, includeDependenciesRecursively: false },
  ];
  /** @type {import("vite").Plugin} */
  const plugin = {
    name: "loss-space:one-client-chunk",
    /** @param {string} name */
    configEnvironment(name) {
      if (name !== "client") return;
      return { build: { rolldownOptions: { preserveEntrySignatures: "allow-extension", output: { codeSplitting: { groups } } } } };
    },
    /** @param {{ name: string }} environment */
    applyToEnvironment: (environment) => environment.name === "client",
    // Before the chunks are made (their groups' tests read these sets), once every module is known.
    buildEnd() {
      const ids = [...this.getModuleIds()];
      /** The modules `roots` import statically, themselves included. @param {string[]} roots */
      const closure = (roots) => {
        const found = new Set();
        const queue = [...roots];
        while (queue.length) {
          const id = /** @type {string} */ (queue.pop());
          if (found.has(id)) continue;
          found.add(id);
          queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return found;
      };
      firstView = closure(ids.filter((id) => entry(id) || /@astrojs[\\/]svelte[\\/]dist[\\/]client\.svelte\.js$/.test(id)));
      further = closure(ids.filter((id) => /src[\\/]components[\\/]islands-later\.ts$/.test(id)));
    },
  };
  return plugin;
}

/**
 * nearDirective() registers client:near (src/components/scheduling/near-directive.ts): the islands further down
 * the essay hydrate when the page is first idle, or sooner as they come within a screen of the viewport. Astro
 * inlines the directive's script and hashes it in the page's Content Security Policy, as its own.
 */
function nearDirective() {
  return {
    name: "loss-space:near-directive",
    hooks: {
      /** @param {{ addClientDirective: (directive: { name: string, entrypoint: string }) => void }} options */
      "astro:config:setup": ({ addClientDirective }) => addClientDirective({ name: "near", entrypoint: "./src/components/scheduling/near-directive.ts" }),
    },
  };
}

/**
 * plainDynamicImport() replaces Vite's module-preload helper, which wraps every dynamic import(), with a call
 * of the import itself, in the browser build. The essay's dynamic imports (a figure's save panel and the code that
 * makes the files, src/components/figure-actions/; the loss space's bowl) are chunks that import nothing the page
 * has not loaded already, so there is nothing to preload; the helper would add 0.7 kB gzipped to the first view for nothing.
 */
function plainDynamicImport() {
  const id = "\0vite/preload-helper.js";
  return {
    name: "loss-space:plain-dynamic-import",
    enforce: /** @type {const} */ ("pre"),
    /** @param {{ name: string }} environment */
    applyToEnvironment: (environment) => environment.name === "client",
    /** @param {string} source */
    resolveId: (source) => (source === id ? id : undefined),
    /** @param {string} module */
    load: (module) => (module === id ? "export const __vitePreload = (load) => load();" : undefined),
  };
}

/**
 * pureD3Random() marks d3-random's distribution factories as pure. Its one file builds every
 * distribution in an immediately-called function at load, which a bundler must keep; the essay uses two
 * of fifteen, and the mark lets the other thirteen (about 1 kB gzipped) drop out.
 */
function pureD3Random() {
  return {
    name: "loss-space:pure-d3-random",
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!/[\\/]d3-random[\\/]dist[\\/]d3-random\.mjs$/.test(id)) return;
      return { code: code.replaceAll("= (function sourceRandom", "= /*#__PURE__*/ (function sourceRandom"), map: null };
    },
  };
}

/**
 * terserPass() runs Terser's compressor (three passes, safe options only) over the browser chunk before
 * Vite's own minifier: it folds and inlines what a single pass leaves, about 1 kB gzipped.
 */
function terserPass() {
  return {
    name: "loss-space:terser-pass",
    /** @param {{ name: string }} environment */
    applyToEnvironment: (environment) => environment.name === "client",
    /** @param {string} code */
    async renderChunk(code) {
      const result = await minify(code, { module: true, compress: { passes: 3 }, mangle: false, sourceMap: false });
      return result.code === undefined ? null : { code: result.code, map: null };
    },
  };
}

/**
 * bundlerWarning(warning, warn) passes the bundler's warnings on, but for two of the framework's own.
 * One fails the build: Astro's CSS plugin writing to the bundle, which Rolldown ignores, so the styles of
 * a component the server never rendered are dropped from the page (the contour's hover probe lost its
 * styles that way). The other is dropped: that the directive "use astro:head-inject" "may not be
 * preserved"; Astro writes it into the module it makes for each MDX chapter's styles and nothing in
 * Astro 7.3 reads it after bundling, so the warning (seven a build, each with a code frame) is noise.
 * @param {{ code?: string, plugin?: string, message: string }} warning @param {(warning: any) => void} warn
 */
function bundlerWarning(warning, warn) {
  if (warning.message.includes("assigns to bundle variable") && warning.plugin?.startsWith("astro:")) {
    throw new Error(
      `${warning.plugin} tried to add a stylesheet Rolldown will not take: some component's styles would be missing from the page. ` +
        "It happens to a component the server never renders (one inside an {#if} that is false at first); render it on the server too, with nothing to draw.",
    );
  }
  if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes('"use astro:head-inject"')) return;
  warn(warning);
}
