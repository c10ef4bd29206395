/**
 * The interaction bench's floors. The first is the built essay page as plain HTML, with no island and a
 * key handler of a few lines that only changes the focused number (its text, aria-valuenow and
 * aria-valuetext). Its key events cost what the browser needs to draw this document after the smallest
 * change, so how many of them go over 16 ms in the bench is the most any code of the essay could bring
 * its own count down to. The second, the bare page, is one sentence holding the same number and handler:
 * what the browser costs with next to no document at all, the floor of the measurement itself. The third,
 * the follow floor, is the floor page whose handler also makes a redraw's changes to the figures: the floor
 * of any page whose figures follow every press.
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

/** Where the follow floor is written and served from. */
export const FOLLOW_FLOOR_PATH = "__follow/";

/**
 * What one redraw of the figures changes for a press on the starting slope (a MutationObserver on the
 * hydrated essay, about 50 mutations a press): each element (the first match in the page, so the figures
 * beside the prose, and chapter 4's worked equation) with the attributes the redraw sets, "#text" for its
 * text. Left out: what changes on fewer than half the presses (the loss curve's y axis, the loss space's
 * announcer) and the essay's second copy of the focused number, which the handler writes as the focused one.
 */
export const FOLLOW_CHANGES = [
  ['[data-figure="loss-space"] line.to-bottom', "x1"],
  ['[data-figure="loss-space"] path.path', "d"],
  ['[data-figure="loss-space"] circle.start', "cx"],
  ['[data-figure="loss-space"] circle.current', "cx"],
  ['[data-figure="loss-space"] tspan[data-quantity="aim"]', "#text"],
  ['[data-figure="loss-space"] g.arrow', "aria-label"],
  ['[data-figure="loss-space"] line.hit', "x1", "x2", "y2"],
  ['[data-figure="loss-space"] line.shaft', "x1", "x2", "y2"],
  ['[data-figure="loss-space"] path.head', "d"],
  ['[data-figure="loss-space"] g.label', "transform"],
  ['[data-figure="loss-space"] g.label text:nth-of-type(1)', "#text"],
  ['[data-figure="loss-space"] g.label text:nth-of-type(2)', "#text"],
  ['[data-figure="loss-space"] g.label text:nth-of-type(3)', "#text"],
  ['[data-figure="loss-space"] g.start-handle', "aria-valuenow", "aria-valuetext", "transform"],
  ['[data-figure="loss-space"] .figure-caption span', "#text"],
  ['[data-figure="data-space"] path.bars', "d"],
  ['[data-figure="data-space"] g.handle', "aria-valuenow", "aria-valuetext", "transform"],
  ['[data-figure="data-space"] line.line', "y1", "y2"],
  ['[data-figure="data-space"] line.body', "y1", "y2"],
  ['[data-figure="data-space"] .figure-caption span', "#text"],
  ['[data-figure="loss-curve"] svg.loss-curve', "aria-label"],
  ['[data-figure="loss-curve"] path.ahead', "d"],
  ['[data-figure="loss-curve"] path.done', "d"],
  ['[data-figure="loss-curve"] circle', "cy"],
  ['#starting-somewhere .live-number[data-quantity="loss0"]', "#text"],
  ...["loss0", "x1", "y1", "pred1", "resid1", "sq1"].map((q) => [`#starting-somewhere .enclosing[data-quantity="${q}"]`, "#text"]),
];

/** Where the follow floor that draws the figures' change a frame after the key's own is written and served from. */
export const FOLLOW_LATER_PATH = "__follow-later/";

// The plain floor's change to the focused number (and to the essay's other copies of it), then every change
// of FOLLOW_CHANGES: each number in an attribute moved by 0.1 × (presses mod 10), each digit of a text
// turned by the same count, so every press gives every value a string of the same shape that the last nine
// presses did not (a path keeps its points, a text its length). The ten strings of each are made once, on
// load, so a press runs no script beyond the DOM calls any page that redraws these figures makes. With
// later, the figures' changes wait for a task after the key's own frame (the essay's way of keeping that
// frame to the number alone), else they go into it.
const followHandler = (later) => `<script>
const changes = ${JSON.stringify(FOLLOW_CHANGES)}.flatMap(([selector, ...names]) => names.map((name) => {
  const element = document.querySelector(selector);
  if (name !== "#text") {
    const was = element.getAttribute(name);
    return [element, name, Array.from({ length: 10 }, (_, turn) => was.replace(/-?\\d+(?:\\.\\d+)?/g, (n) => String(+(+n + turn / 10).toFixed(2))))];
  }
  const walk = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  while (walk.nextNode() && !/\\d/.test(walk.currentNode.data));
  const node = walk.currentNode;
  return [node, name, Array.from({ length: 10 }, (_, turn) => node.data.replace(/\\d/g, (d) => String((+d + turn) % 10)))];
}));
let presses = 0;
document.addEventListener("keydown", (event) => {
  const number = event.target;
  const slider = number.getAttribute("role") === "slider";
  if (event.key !== "ArrowRight" || !(slider || number.type === "range")) return;
  if (slider) {
    event.preventDefault();
    const value = Math.round(parseFloat(number.getAttribute("aria-valuenow")) * 100 + 1) / 100;
    const q = number.getAttribute("data-quantity");
    for (const copy of q ? document.querySelectorAll('[role="slider"][data-quantity="' + q + '"]') : [number]) {
      copy.setAttribute("aria-valuenow", String(value));
      copy.setAttribute("aria-valuetext", copy.getAttribute("aria-label") + ": " + value.toFixed(2));
      if (copy.firstChild?.nodeType === Node.TEXT_NODE) copy.firstChild.data = value.toFixed(2);
    }
  }
  const turn = ++presses % 10;
  const redraw = () => {
    for (const [target, name, strings] of changes) {
      if (name === "#text") target.data = strings[turn];
      else target.setAttribute(name, strings[turn]);
    }
  };
  ${later ? "requestAnimationFrame(() => setTimeout(redraw, 0));" : "redraw();"}
});
// The essay says the step's value in its aria-valuetext; the bench reads a press's move from it.
document.addEventListener("input", (event) => event.target.type === "range" && event.target.setAttribute("aria-valuetext", "step " + event.target.value));
</script>`;

/**
 * writeFollowFloorPage(dist) writes the follow floor, from dist/index.html to dist/__follow/index.html: the
 * floor page, whose key handler also makes on every press the DOM changes one redraw of the figures makes
 * (FOLLOW_CHANGES: the same elements, attributes and texts, changed the same way in kind), with no essay
 * code. The plain floor draws no figure, so it cannot tell the essay's script from the browser's own cost of
 * showing the figures' change (style, layout, paint and commit of those SVG and text changes). It also writes
 * the same page with the figures' changes a frame after the key's own (dist/__follow-later/): the two ways a
 * page can show them on every press, in the key's frame or after it, so any page whose figures follow every
 * press pays at least the lesser of the two pages' costs per key event.
 */
export function writeFollowFloorPage(dist) {
  writeFloorPage(dist);
  const floor = readFileSync(join(dist, FLOOR_PATH, "index.html"), "utf8");
  for (const [path, later] of [[FOLLOW_FLOOR_PATH, false], [FOLLOW_LATER_PATH, true]]) {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, "index.html"), floor.replace(HANDLER, () => followHandler(later)));
  }
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
