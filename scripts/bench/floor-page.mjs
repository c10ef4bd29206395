/**
 * The interaction bench's floor: the built essay page as plain HTML, with no island and a key handler of
 * a few lines that only changes the focused number (its text, aria-valuenow and aria-valuetext). Its key
 * events cost what the browser needs to draw this document after the smallest change, so how many of
 * them go over 16 ms in the bench is the most any code of the essay could bring its own count down to.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Where the floor page is written inside the bench's build, and served from. */
export const FLOOR_PATH = "__floor/";

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
