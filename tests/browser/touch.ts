import type { Browser, BrowserContext, Locator, Page } from "@playwright/test";
import { openEssay } from "./fixtures.ts";

/** A point on the screen, in CSS pixels. */
export interface At {
  readonly x: number;
  readonly y: number;
}

/** A phone: a touch screen 390 pixels wide, opened at the essay with a query. */
export async function openPhone(browser: Browser, query = ""): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await openEssay(page, query);
  return { context, page };
}

/**
 * reach(locator, fx, fy) scrolls until the point at fractions (fx, fy) of the element is on screen and
 * nothing covers it (figures pin themselves as the page scrolls), and returns it; null if it never is.
 */
export async function reach(locator: Locator, fx = 0.5, fy = 0.5): Promise<At | null> {
  return locator.evaluate(
    (el, [fx, fy]) => {
      const box = () => el.getBoundingClientRect();
      let r = box();
      if (r.top < 0 || r.bottom > innerHeight) {
        el.scrollIntoView({ block: "center" });
        r = box();
      }
      const x = r.x + fx! * r.width;
      const y = r.y + fy! * r.height;
      const hit = document.elementFromPoint(x, y);
      return hit && (hit === el || el.contains(hit)) ? { x, y } : null;
    },
    [fx, fy],
  );
}

/**
 * touchDrag(page, from, to) drags one finger from `from` to `to` in small moves through the browser's
 * own touch input (CDP Input.dispatchTouchEvent), as a phone's screen reports it: the browser decides
 * whether it is a scroll or a drag, as it would for a reader.
 */
export async function touchDrag(page: Page, from: At, to: At, moves = 12): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: "touchStart" | "touchMove" | "touchEnd", points: At[]) => cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map((p) => ({ x: p.x, y: p.y })) });
  await touch("touchStart", [from]);
  for (let i = 1; i <= moves; i++) {
    await touch("touchMove", [{ x: from.x + ((to.x - from.x) * i) / moves, y: from.y + ((to.y - from.y) * i) / moves }]);
  }
  await touch("touchEnd", []);
  await cdp.detach();
}

/** The page's scroll position. */
export const scrollOf = (page: Page) => page.evaluate(() => scrollY);

/** reachAlong(line, t) is reach() for the point a fraction t along an SVG <line>, where a finger finds the line. */
export async function reachAlong(line: Locator, t: number): Promise<At | null> {
  const ends = await line.evaluate((el) => {
    const l = el as SVGLineElement;
    const r = l.getBoundingClientRect();
    return { down: l.y2.baseVal.value > l.y1.baseVal.value === l.x2.baseVal.value > l.x1.baseVal.value, w: r.width, h: r.height };
  });
  return reach(line, t, ends.down ? t : 1 - t);
}
