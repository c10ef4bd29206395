import type { ClientDirective } from "astro";

/** How far beyond the viewport, above or below, an island starts hydrating: a screen, so it is ready when the reader arrives. */
const NEAR_MARGIN = "100% 0px";
/** The latest an island waits for the page to be idle, in ms: a slow phone may have no idle moment for a while. */
const IDLE_TIMEOUT_MS = 4000;

/**
 * client:near (astro.config.mjs registers it) hydrates an island of the essay further down when the page is
 * first idle, or sooner once it comes within a screen of the viewport: a link that opens at its chapter, or a
 * reader who scrolls there at once, finds it answering, and its code never delays the first view's. Browsers
 * without idle callbacks (Safari) hydrate it after 200 ms, as client:idle does.
 */
const near: ClientDirective = (load, _options, el) => {
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    seen.disconnect();
    const hydrate = await load();
    // An island in another's slot (the basins map's legend) would otherwise hydrate inside its parent's task, as
    // Astro hydrates it once the parent is done: it waits for the parent, then takes a task of its own.
    const parent = el.parentElement?.closest("astro-island[ssr]");
    if (parent) await new Promise<void>((done) => parent.addEventListener("astro:hydrate", () => setTimeout(done, 0), { once: true }));
    await hydrate();
  };
  const seen = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void start(), { rootMargin: NEAR_MARGIN });
  for (const child of el.children) seen.observe(child);
  if ("requestIdleCallback" in window) requestIdleCallback(() => void start(), { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(() => void start(), 200);
};

export default near;
