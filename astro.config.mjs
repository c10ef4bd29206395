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
});
