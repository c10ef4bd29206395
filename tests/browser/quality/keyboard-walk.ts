import type { Page } from "@playwright/test";

/** What kind of control a tab stop is, which decides how a keyboard user operates it. */
export type Kind = "slider" | "button" | "link" | "checkbox" | "radio" | "select" | "text" | "summary" | "other";

/** One stop of the Tab walk: the element that had focus and how it looked with it. */
export interface Stop {
  /** Tag, role and accessible name, and how many earlier focusable elements share them: the same control after a reload. */
  readonly key: string;
  readonly occurrence: number;
  readonly label: string;
  readonly kind: Kind;
  /** Whether it comes after the previous stop in the document (reading order). */
  readonly followsPrevious: boolean;
  /** Whether some point of it can be hit at all, i.e. nothing the page put on top covers it entirely. */
  readonly reachable: boolean;
  readonly scroll: { readonly x: number; readonly y: number };
  /** The element's box plus room for a focus ring, in viewport pixels; null when it has no box. */
  readonly clip: { x: number; y: number; width: number; height: number } | null;
  /** Computed outline and box-shadow while focused, to explain a failure. */
  readonly ring: string;
}

/** The in-page helpers the walk and the operator share (installed by installHelpers). */
export interface KeyboardHelpers {
  candidates(): HTMLElement[];
  keyOf(el: Element): string;
  occurrenceOf(el: Element): number;
  find(key: string, occurrence: number): Element | null;
  kindOf(el: Element): Kind;
  last: Element | null;
}

/** Puts the helpers on window.kb, in the page (evaluated code, so the page's CSP does not apply). */
export async function installHelpers(page: Page): Promise<void> {
  await page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex], [contenteditable="true"], audio[controls], video[controls], iframe';
    const nameOf = (el: Element) => {
      const labelled = el.getAttribute("aria-labelledby")?.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
      return (el.getAttribute("aria-label") ?? labelled ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? "").replace(/\s+/g, " ").trim();
    };
    const kb = {
      last: null as Element | null,
      candidates: () => Array.from(document.querySelectorAll<HTMLElement>(selector)).filter((el) => el.tabIndex >= 0),
      keyOf: (el: Element) => `${el.tagName.toLowerCase()}|${el.getAttribute("role") ?? ""}|${nameOf(el).slice(0, 80)}`,
      occurrenceOf: (el: Element) => {
        const key = kb.keyOf(el);
        const same = kb.candidates().filter((c) => kb.keyOf(c) === key);
        return same.indexOf(el as HTMLElement);
      },
      find: (key: string, occurrence: number) => kb.candidates().filter((c) => kb.keyOf(c) === key)[occurrence] ?? null,
      kindOf: (el: Element) => {
        const tag = el.tagName.toLowerCase();
        const role = el.getAttribute("role");
        const type = (el.getAttribute("type") ?? "").toLowerCase();
        return role === "slider" || (tag === "input" && type === "range") ? "slider"
          : tag === "button" || role === "button" || role === "switch" || role === "tab" || (tag === "input" && ["button", "submit", "reset"].includes(type)) ? "button"
          : role === "checkbox" || (tag === "input" && type === "checkbox") ? "checkbox"
          : role === "radio" || (tag === "input" && type === "radio") ? "radio"
          : tag === "a" ? "link"
          : tag === "select" ? "select"
          : tag === "input" || tag === "textarea" ? "text"
          : tag === "summary" ? "summary"
          : "other";
      },
    };
    (window as unknown as { kb: typeof kb }).kb = kb;
  });
}

/** Describes the focused element, in the page; null when focus is back on the document. */
function describeFocus(): (Stop & { repeat: boolean }) | null {
  const kb = (window as unknown as { kb: KeyboardHelpers }).kb;
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body || el === document.documentElement) return null;
  const repeat = el.hasAttribute("data-kb-seen");
  el.setAttribute("data-kb-seen", "");
  const key = kb.keyOf(el);
  const occurrence = kb.occurrenceOf(el);
  // By name too: a figure that follows a chapter's model draws its controls anew, and they are the same controls.
  const named = ((window as unknown as { kbSeenKeys?: Set<string> }).kbSeenKeys ??= new Set());
  named.add(`${key}#${occurrence}`);
  const [tag, role, name] = key.split("|");
  const label = `${tag}${role ? `[role=${role}]` : ""} "${name!.slice(0, 50)}"${occurrence ? ` (${occurrence + 1}.)` : ""}`;
  const followsPrevious = kb.last === null || (kb.last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  kb.last = el;
  const r = el.getBoundingClientRect();
  const pad = 8;
  const x0 = Math.max(0, Math.floor(r.left - pad)), y0 = Math.max(0, Math.floor(r.top - pad));
  const x1 = Math.min(innerWidth, Math.ceil(r.right + pad)), y1 = Math.min(innerHeight, Math.ceil(r.bottom + pad));
  const clip = x1 - x0 > 0 && y1 - y0 > 0 && r.width > 0 && r.height > 0 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
  // Sample a 3 × 3 grid over the element: one hit on it (or, inside a chart, on its own SVG) means
  // nothing the page put on top covers it entirely.
  const own = el.closest("svg") ?? el;
  const fractions = [0.1, 0.5, 0.9];
  const reachable = fractions.some((fx) => fractions.some((fy) => {
    const hit = document.elementFromPoint(r.left + fx * r.width, r.top + fy * r.height);
    return hit !== null && (own.contains(hit) || hit.contains(el));
  }));
  const cs = getComputedStyle(el);
  const ring = `outline: ${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}; box-shadow: ${cs.boxShadow}`;
  return { key, occurrence, label, kind: kb.kindOf(el), followsPrevious, reachable, scroll: { x: scrollX, y: scrollY }, clip, ring, repeat };
}

/** A screenshot of the stop's box as it is now: no animation, no blinking caret. */
export async function shoot(page: Page, stop: Stop): Promise<Buffer | null> {
  if (!stop.clip) return null;
  return page.screenshot({ clip: stop.clip, animations: "disabled", caret: "hide" });
}

/**
 * walkTabOrder(page) presses Tab from the top of the page until focus leaves the page or comes back
 * to an element it has seen, and returns every stop (with a screenshot of each focused, if withShots).
 */
export async function walkTabOrder(page: Page, withShots = true, maxStops = 400): Promise<{ stops: Stop[]; focusedShots: (Buffer | null)[]; trappedAt: string | null }> {
  await installHelpers(page);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo({ left: 0, top: 0, behavior: "instant" });
  });
  const stops: Stop[] = [];
  const focusedShots: (Buffer | null)[] = [];
  let trappedAt: string | null = null;
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press("Tab");
    const seen = await page.evaluate(describeFocus);
    if (!seen) break;
    const { repeat, ...stop } = seen;
    if (repeat) {
      // Coming back to the first stop is the end of one lap; coming back to any other is a trap.
      if (stop.key !== stops[0]?.key || stop.occurrence !== stops[0]?.occurrence) trappedAt = stop.label;
      break;
    }
    stops.push(stop);
    if (withShots) focusedShots.push(await shoot(page, stop));
  }
  return { stops, focusedShots, trappedAt };
}

/** unfocusedShot(page, stop) is the same box with nothing focused, scrolled exactly as it was. */
export async function unfocusedShot(page: Page, stop: Stop): Promise<Buffer | null> {
  await page.evaluate(({ x, y }) => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo({ left: x, top: y, behavior: "instant" });
  }, stop.scroll);
  return shoot(page, stop);
}

/** Visible, enabled, tabbable elements the walk did not reach (a radio group counts once), after walkTabOrder. */
export async function unreached(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const kb = (window as unknown as { kb: KeyboardHelpers }).kb;
    const tabbable = kb.candidates().filter((el) => !(el as HTMLButtonElement).disabled && !el.closest("[inert]") && el.checkVisibility({ visibilityProperty: true }));
    const groupsSeen = new Set(tabbable.filter((el) => el.hasAttribute("data-kb-seen") && (el as HTMLInputElement).type === "radio").map((el) => (el as HTMLInputElement).name));
    const named = (window as unknown as { kbSeenKeys?: Set<string> }).kbSeenKeys ?? new Set<string>();
    return tabbable
      .filter((el) => !el.hasAttribute("data-kb-seen") && !named.has(`${kb.keyOf(el)}#${kb.occurrenceOf(el)}`))
      .filter((el) => !((el as HTMLInputElement).type === "radio" && groupsSeen.has((el as HTMLInputElement).name)))
      .map((el) => kb.keyOf(el).replace(/\|/g, " "));
  });
}

/** A control as the operating tests need it: found again by key and occurrence, worked by kind. */
export type Control = Pick<Stop, "key" | "occurrence" | "label" | "kind">;

/**
 * tabStops(page) is every control Tab stops at, in document order, read from the page without pressing
 * Tab: the visible, enabled, tabbable elements, a radio group once (at its checked radio). The walk
 * tests prove Tab reaches exactly these, in this order, with no positive tabindex; the tests that
 * operate each control need only the list, and a walk of every stop costs seconds.
 */
export async function tabStops(page: Page): Promise<Control[]> {
  await installHelpers(page);
  return page.evaluate(() => {
    const kb = (window as unknown as { kb: KeyboardHelpers }).kb;
    const groups = new Set<string>();
    const stops: { key: string; occurrence: number; label: string; kind: Kind }[] = [];
    for (const el of kb.candidates()) {
      if ((el as HTMLButtonElement).disabled || el.closest("[inert]") || !el.checkVisibility({ visibilityProperty: true })) continue;
      const radio = el as HTMLInputElement;
      if (radio.type === "radio" && radio.name) {
        const checked = document.querySelector<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(radio.name)}"]:checked`);
        if (groups.has(radio.name) || (checked !== null && checked !== radio)) continue;
        groups.add(radio.name);
      }
      const key = kb.keyOf(el);
      const occurrence = kb.occurrenceOf(el);
      const [tag, role, name] = key.split("|");
      const label = `${tag}${role ? `[role=${role}]` : ""} "${name!.slice(0, 50)}"${occurrence ? ` (${occurrence + 1}.)` : ""}`;
      stops.push({ key, occurrence, label, kind: kb.kindOf(el) });
    }
    return stops;
  });
}
