import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// The Svelte plugin compiles runes in src/state/*.svelte.ts, so the shared state is unit-tested as is.
export default defineConfig({
  plugins: [svelte()],
  test: { include: ["tests/unit/**/*.test.ts"] },
});
