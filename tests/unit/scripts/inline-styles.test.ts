import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { allowStyle, inlinePage, trimKatexCss, usedClasses } from "../../../scripts/inline-styles.mjs";

const KATEX_CSS = readFileSync("node_modules/katex/dist/katex.min.css", "utf8");
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const everything = { has: () => true } as unknown as Set<string>;

describe("trimKatexCss", () => {
  it("keeps every rule when every class is used, dropping only the fonts' WOFF and TTF copies", () => {
    const trimmed = trimKatexCss(KATEX_CSS, everything);
    expect(trimmed).toBe(KATEX_CSS.trimEnd().replace(/,url\([^)]*\) format\("woff"\),url\([^)]*\) format\("truetype"\)/g, ""));
  });

  it("drops KaTeX selectors that need an unused class, and the fonts no remaining rule names", () => {
    const css =
      "@font-face{font-family:KaTeX_Main;src:url(a.woff2) format(\"woff2\"),url(a.woff) format(\"woff\")}" +
      "@font-face{font-family:KaTeX_Script;src:url(s.woff2) format(\"woff2\")}" +
      ".katex{font:normal 1.21em KaTeX_Main,serif}.katex .mathscr{font-family:KaTeX_Script}" +
      ".katex .mord,.katex .frac-line{color:red}.katex .accent-body:not(.accent-full){width:0}";
    const trimmed = trimKatexCss(css, new Set(["katex", "mord", "accent-body"]));
    expect(trimmed).toBe(
      "@font-face{font-family:KaTeX_Main;src:url(a.woff2) format(\"woff2\")}" +
        ".katex{font:normal 1.21em KaTeX_Main,serif}.katex .mord{color:red}.katex .accent-body:not(.accent-full){width:0}",
    );
  });

  it("leaves the essay's own rules alone, inside at-rules too, even for classes only scripts add", () => {
    const css = '.pending{color:gray}@media (max-width:480px){.math-display .katex{font-size:.98em}.open{display:block}}@container (min-width:28rem){.grid{gap:1rem}}.x::after{content:"{;}"}';
    expect(trimKatexCss(css, new Set(["math-display", "katex"]))).toBe(css);
    expect(trimKatexCss(css, new Set())).toBe('.pending{color:gray}@media (max-width:480px){.open{display:block}}@container (min-width:28rem){.grid{gap:1rem}}.x::after{content:"{;}"}');
  });
});

describe("inlinePage", () => {
  const page = (links: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' ; style-src-elem 'self' 'sha256-a=';">${links}</head><body class="a b"></body></html>`;

  it("puts the linked sheets in one <style>, in order, where the first link was, allowed by its hash", () => {
    const html = inlinePage(page('<link rel="stylesheet" href="/one.css"><link rel="stylesheet" href="/two.css">'), (href: string) => `/*${href}*/`);
    const css = "/*/one.css*/\n/*/two.css*/";
    expect(html).toContain(`<style>${css}</style></head>`);
    expect(html).not.toContain("<link");
    expect(html).toContain(`style-src-elem 'self' 'sha256-a=' ${sha256(css)};`);
    expect(html).toContain("style-src 'self' ;");
  });

  it("leaves a page without stylesheets as it is, and refuses CSS that would close the <style>", () => {
    expect(inlinePage(page(""), () => "")).toBe(page(""));
    expect(() => inlinePage(page('<link rel="stylesheet" href="/x.css">'), () => "a{}</style><script>")).toThrow(/<\/style/);
  });

  it("adds to style-src when the policy has no style-src-elem, and fails when it has neither", () => {
    const only = `<meta http-equiv="content-security-policy" content="default-src 'self';style-src 'self'">`;
    expect(allowStyle(only, "'sha256-x='")).toContain("style-src 'self' 'sha256-x='");
    expect(() => allowStyle(`<meta http-equiv="content-security-policy" content="default-src 'self'">`, "'x'")).toThrow(/style-src/);
  });
});

describe("usedClasses", () => {
  it("collects every class in class attributes", () => {
    expect([...usedClasses('<span class="katex"><span class="mord  mathnormal">x</span></span><b class="">')].sort()).toEqual(["katex", "mathnormal", "mord"]);
  });
});
