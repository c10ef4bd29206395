import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// The Svelte plugin compiles runes in src/state/*.svelte.ts, so the shared state is unit-tested as is.
export default defineConfig({
  plugins: [svelte()],
  // Seeded fuzz tests run thousands of cases; a loaded two-core machine must not time them out. Worker
  // threads rather than child processes: each test file still gets its own module graph, for about 40 %
  // less CPU (35 s against 57 s for the whole suite), which npm test spends beside the type checks.
  // with-data-codec.ts hands the state the points' codec, which the browser loads on demand.
  test: { include: ["tests/unit/**/*.test.ts"], setupFiles: ["tests/with-data-codec.ts"], testTimeout: 60_000, pool: "threads" },
});
