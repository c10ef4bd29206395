/**
 * Where the reader is: the chapter they are reading and how far down the essay they are.
 * Written only by watchReading (in the browser); read by the table of contents and the scene director.
 */
class ReadingState {
  /** The anchor of the chapter under the reading line, or null above the first chapter. */
  current = $state<string | null>(null);
  /** How far down the page the reader has scrolled, from 0 to 1. */
  progress = $state(0);
}

/** The one reading state of the page. */
export const reading = new ReadingState();

/** The reading line sits a little above the middle of the viewport, where the eye rests while reading. */
const READING_LINE = 0.4;

let watching = false;

/**
 * watchReading(anchors) follows the chapters with those ids as the reader scrolls (browser only;
 * calling it again does nothing). The current chapter is the one crossing the reading line.
 */
export function watchReading(anchors: readonly string[]): void {
  if (watching || typeof window === "undefined") return;
  watching = true;
  const sections = anchors.flatMap((id) => {
    const el = document.getElementById(id);
    return el ? [el] : [];
  });
  // A reader working a control reads its chapter: while the focused element is on screen, its chapter is
  // current, even before the reading line crosses into it. So the figures switch to that chapter's model
  // as the focus arrives, and a key pressed next acts on the model it names (not undone by the switch).
  const focusedChapter = (): HTMLElement | undefined => {
    const el = document.activeElement;
    if (!el || el === document.body) return undefined;
    const box = el.getBoundingClientRect();
    if (box.bottom < 0 || box.top > window.innerHeight) return undefined;
    return sections.find((s) => s.contains(el));
  };
  const crossing = new Set<string>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) crossing.add(e.target.id);
        else crossing.delete(e.target.id);
      }
      const hit = focusedChapter() ?? sections.find((s) => crossing.has(s.id));
      if (hit) reading.current = hit.id;
      // Above the first chapter nothing is current; in a margin between two, the last one stays.
      else if (sections[0] && sections[0].getBoundingClientRect().top > window.innerHeight * READING_LINE) reading.current = null;
    },
    // A one-pixel band at the reading line.
    { rootMargin: `-${READING_LINE * 100}% 0px -${100 - READING_LINE * 100 - 0.1}% 0px` },
  );
  for (const s of sections) observer.observe(s);
  // Focus scrolls its element into view as it arrives; the chapter is taken at once all the same.
  document.addEventListener("focusin", (event) => {
    const chapter = sections.find((s) => event.target instanceof Node && s.contains(event.target));
    if (chapter) reading.current = chapter.id;
  });

  let queued = false;
  const measure = () => {
    queued = false;
    const scrollable = document.documentElement.scrollHeight - window.innerHeight;
    reading.progress = scrollable > 0 ? Math.min(1, Math.max(0, window.scrollY / scrollable)) : 1;
  };
  const onScroll = () => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(measure);
    }
  };
  window.addEventListener("scroll", onScroll, { passive: true });
  window.addEventListener("resize", onScroll, { passive: true });
  // First measure in a frame, not now: reading the page's height mid-hydration would force an extra layout.
  onScroll();
}
