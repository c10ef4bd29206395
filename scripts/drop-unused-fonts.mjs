// @ts-check
/**
 * dropUnusedFonts(): an Astro integration that, after a build (and after inlineStyles, which trims
 * KaTeX's @font-face rules to the fonts the formulas use), deletes every font file that no page,
 * script or stylesheet of the build names. KaTeX ships each of its twenty fonts in three formats; the
 * essay's policy and CSS only ever ask for a few woff2 files, and the rest would be a megabyte of
 * dead weight on the host.
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";

const FONT = /\.(woff2?|ttf|otf|eot)$/;
const TEXT = /\.(html|css|js|mjs|json|xml|webmanifest|txt)$/;

/** The integration; add it after inlineStyles in astro.config.mjs. */
export function dropUnusedFonts() {
  return {
    name: "loss-space:drop-unused-fonts",
    hooks: {
      /** @param {{ dir: URL, logger: { info(message: string): void } }} options */
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = readdirSync(root, { withFileTypes: true, recursive: true })
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name));
        const texts = files.filter((file) => TEXT.test(file)).map((file) => readFileSync(file, "utf8"));
        const unused = unusedFonts(files.filter((file) => FONT.test(file)), texts);
        for (const file of unused) rmSync(file);
        logger.info(`dropped ${unused.length} font file(s) that nothing in the build names`);
      },
    },
  };
}

/**
 * unusedFonts(fonts, texts) is the font files whose names appear in none of the texts. Names in a build
 * carry a content hash, so a name that appears is the file it names.
 * @param {string[]} fonts @param {string[]} texts @returns {string[]}
 */
export function unusedFonts(fonts, texts) {
  return fonts.filter((font) => !texts.some((text) => text.includes(basename(font))));
}
