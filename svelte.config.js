import { vitePreprocess } from "@astrojs/svelte";

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    // Runes everywhere, even in a component that uses none, so no legacy-mode runtime ships.
    runes: true,
    // The version stamp on window is 100 bytes the reader never needs.
    discloseVersion: false,
    // Scoped class names appear on every styled element in the JS templates, the HTML and the CSS;
    // "s-" keeps them unique (same hash) at a third of the default "svelte-" prefix's length. Builds
    // only: in development the default hash keeps hot reloading exact.
    ...(process.env.NODE_ENV === "production" ? { cssHash: ({ hash, css }) => `s-${hash(css)}` } : {}),
  },
};
