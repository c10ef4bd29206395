// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import svelte from "@astrojs/svelte";

// BASE_PATH lets the static build live under a sub-path (e.g. BASE_PATH=/essays/loss-space/).
const base = process.env.BASE_PATH || "/";
// SITE_URL makes canonical and social-card links absolute; any host works without it.
const site = process.env.SITE_URL || "https://loss-space.example";

export default defineConfig({
  site,
  base,
  output: "static",
  trailingSlash: "ignore",
  integrations: [mdx(), svelte()],
  build: { format: "directory", inlineStylesheets: "never" },
  devToolbar: { enabled: false },
  // Every asset stays a file, never a data: URL: font-src 'self' refuses KaTeX's smallest font inlined.
  vite: { build: { assetsInlineLimit: 0 } },
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
