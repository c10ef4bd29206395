/**
 * The interaction bench's floors. The first is the built essay page as plain HTML, with no island and a
 * key handler of a few lines that only changes the focused number (its text, aria-valuenow and
 * aria-valuetext). Its key events cost what the browser needs to draw this document after the smallest
 * change, so how many of them go over 16 ms in the bench is the most any code of the essay could bring
 * its own count down to. The second, the bare page, is one sentence holding the same number and handler:
 * what the browser costs with next to no document at all, the floor of the measurement itself.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Where the floor page is written inside the bench's build, and served from. */
export const FLOOR_PATH = "__floor/";
/** Where the bare page is written and served from. */
export const BARE_PATH = "__bare/";

const HANDLER = `<script>
document.addEventListener("keydown", (event) => {
  const number = event.target;
  if (event.key !== "ArrowRight" || number.getAttribute("role") !== "slider") return;
  event.preventDefault();
  const value = Math.round(parseFloat(number.getAttribute("aria-valuenow")) * 100 + 1) / 100;
  number.setAttribute("aria-valuenow", String(value));
  number.setAttribute("aria-valuetext", number.getAttribute("aria-label") + ": " + value.toFixed(2));
  number.firstChild.data = value.toFixed(2);
});
</script>`;

/** writeFloorPage(dist) writes the floor page from dist/index.html to dist/__floor/index.html. */
export function writeFloorPage(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8")
    // Its policy would refuse the inline handler; the essay's own scripts are all dropped.
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/i, "")
    .replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, "")
    // Islands stay server-rendered markup, never hydrated.
    .replaceAll("<astro-island", "<div data-island")
    .replaceAll("</astro-island>", "</div>")
    .replace("</body>", `${HANDLER}</body>`);
  mkdirSync(join(dist, FLOOR_PATH), { recursive: true });
  writeFileSync(join(dist, FLOOR_PATH, "index.html"), html);
}

/** writeBarePage(dist) writes the bare page, one sentence with the essay's first number, to dist/__bare/index.html. */
export function writeBarePage(dist) {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>The bench's bare page</title></head>
<body><p>Start the slope at <span role="slider" tabindex="0" aria-label="starting slope m" aria-valuemin="-4" aria-valuemax="4" aria-valuenow="-0.3" aria-valuetext="starting slope m: -0.30">-0.30</span> and go.</p>
${HANDLER}</body></html>
`;
  mkdirSync(join(dist, BARE_PATH), { recursive: true });
  writeFileSync(join(dist, BARE_PATH, "index.html"), html);
}

/** Where the work floor is written and served from. */
export const WORK_FLOOR_PATH = "__work-floor/";

/**
 * writeWorkFloorPage(dist) writes the work floor to dist/__work-floor/: a bare page that, beside a module
 * worker busy on the other core (as the landscape worker is), runs window.__spin(count) tasks of a fixed
 * piece of work each, sized at full speed to window.__workMs before the CPU is slowed. How long those tasks
 * take at 4x CPU, and how many reach 50 ms, is the floor of "no task of 50 ms" for any page that still has
 * pieces of work that size to do while the worker computes.
 */
export function writeWorkFloorPage(dist, workMs = 5) {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>The bench's work floor</title></head>
<body><p>A piece of work of ${workMs} ms at full speed, again and again, beside a busy worker.</p>
<script type="module">
const spin = (iterations) => { let s = 0; for (let i = 0; i < iterations; i++) s += Math.sqrt(i); return s; };
let iterations = 1000;
for (;;) {
  const t = performance.now();
  spin(iterations);
  const took = performance.now() - t;
  if (took > 20) { iterations = Math.round((iterations * ${workMs}) / took); break; }
  iterations *= 2;
}
window.__workMs = ${workMs};
window.__spin = (count) => new Promise((done) => {
  const durations = [];
  const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  worker.onmessage = () => {
    let k = 0;
    const task = () => {
      const t = performance.now();
      spin(iterations);
      durations.push(performance.now() - t);
      if (++k < count) setTimeout(task, 60);
      else { worker.terminate(); done(durations); }
    };
    task();
  };
  worker.postMessage("start");
});
</script></body></html>
`;
  // Busy until terminated; it says when it has started, so the page's tasks all run beside it.
  const worker = `onmessage = () => { postMessage("started"); let s = 0; for (;;) for (let i = 0; i < 1e6; i++) s += Math.sqrt(i); };\n`;
  mkdirSync(join(dist, WORK_FLOOR_PATH), { recursive: true });
  writeFileSync(join(dist, WORK_FLOOR_PATH, "index.html"), html);
  writeFileSync(join(dist, WORK_FLOOR_PATH, "worker.js"), worker);
}
