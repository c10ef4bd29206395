import type { Point } from "./geometry.ts";

/** viewBoxPoint(event, element) is where a pointer event falls in the viewBox units of element's SVG. */
export function viewBoxPoint(event: { clientX: number; clientY: number }, element: Element): Point | null {
  const svg = element instanceof SVGSVGElement ? element : element instanceof SVGElement ? element.ownerSVGElement : null;
  const ctm = svg?.getScreenCTM();
  if (!ctm) return null;
  const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
  return { x: p.x, y: p.y };
}

/**
 * keyMove(event, step) reads an arrow key as a move of (dx, dy) steps (up is +dy), with Shift for ten
 * times the step and Alt for a tenth, as the essay's scrubbable numbers do; null for any other key.
 */
export function keyMove(event: KeyboardEvent, step: number): { dx: number; dy: number } | null {
  const size = step * (event.shiftKey ? 10 : event.altKey ? 0.1 : 1);
  switch (event.key) {
    case "ArrowLeft": return { dx: -size, dy: 0 };
    case "ArrowRight": return { dx: size, dy: 0 };
    case "ArrowDown": return { dx: 0, dy: -size };
    case "ArrowUp": return { dx: 0, dy: size };
    case "PageDown": return { dx: 0, dy: -size * 10 };
    case "PageUp": return { dx: 0, dy: size * 10 };
    default: return null;
  }
}

/**
 * holdsTouch is an attachment ({@attach holdsTouch}) for an SVG element that is dragged: a touch that
 * starts on it belongs to the drag, not to a scroll or a zoom of the page. `touch-action: none` would say
 * so, but Chromium honours touch-action only on the outermost <svg>, not on the shapes inside it, so the
 * browser took the touch for a scroll after the first move and cancelled the drag. Cancelling the
 * touchstart (a listener that is not passive) keeps the pointer events coming and the page still.
 */
export function holdsTouch(node: Element): () => void {
  const hold = (event: Event) => {
    if (event.cancelable) event.preventDefault();
  };
  node.addEventListener("touchstart", hold, { passive: false });
  return () => node.removeEventListener("touchstart", hold);
}
