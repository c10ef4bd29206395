/**
 * npm run bench: times each benchmark group and prints one table (name, median ms, runs).
 * Add a group by writing scripts/bench/<group>.mjs with an async function that returns
 * measure() rows, and listing it below. Figures vary by machine; nothing asserts on them.
 * `npm run bench -- valleys scale` runs only the groups named.
 */
import { approachBenchmarks } from "./bench/approach.mjs";
import { engineBenchmarks } from "./bench/engine.mjs";
import { interactionBenchmarks } from "./bench/interaction.mjs";
import { measurementBenchmarks } from "./bench/measurements.mjs";
import { memoryBenchmarks } from "./bench/memory.mjs";
import { scaleBenchmarks } from "./bench/scale.mjs";
import { valleysBenchmarks } from "./bench/valleys.mjs";

const groups = [
  ["engine", engineBenchmarks],
  ["interaction", interactionBenchmarks],
  ["measurements", measurementBenchmarks],
  ["memory", memoryBenchmarks],
  ["scale", scaleBenchmarks],
  ["valleys", valleysBenchmarks],
  ["approach", approachBenchmarks],
];
const only = process.argv.slice(2);

const rows = [];
for (const [group, run] of groups.filter(([name]) => only.length === 0 || only.includes(name))) {
  for (const row of await run()) rows.push({ ...row, name: `${group}: ${row.name}` });
}

const header = ["name", "median ms", "runs"];
const cells = rows.map((r) => [r.name, formatMs(r.median), String(r.runs)]);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
const line = (c) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join("  ");
console.log(`node ${process.version}, ${process.platform} ${process.arch}\n`);
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const c of cells) console.log(line(c));

/** Three significant figures, never in scientific notation. */
function formatMs(ms) {
  if (!(ms > 0)) return "0";
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(Math.max(0, 2 - Math.floor(Math.log10(ms))));
}
