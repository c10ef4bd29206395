/** What a content-visibility: auto element fires when the browser starts or stops skipping its contents. */
const SKIP_CHANGE = "contentvisibilityautostatechange";

/**
 * onceDrawn(node, then) calls then once node is drawn: at once, unless something around it with
 * content-visibility: auto is skipping it (a chapter far from the screen, global.css), and otherwise as soon as
 * that is drawn. It returns a function that stops waiting. A node hidden in another way waits too. Browsers that
 * cannot tell (no checkVisibility) call then at once.
 *
 * Why the chapters' text box and select are made through it: when a <textarea> or a <select> enters a chapter
 * the browser is skipping (parsed with the page, or made by an island that hydrates at idle), Chromium lays
 * that whole chapter out and then skips it again, 30 to 90 ms of a load's main thread a chapter. Controls that
 * only work with scripts lose nothing by being made where the chapter is drawn anyway.
 */
export function onceDrawn(node: Element, then: () => void, events: EventTarget = node.ownerDocument): () => void {
  // Skipped contents answer false without the browser laying anything out.
  const drawn = () => typeof node.checkVisibility !== "function" || node.checkVisibility({ contentVisibilityAuto: true });
  if (drawn()) {
    then();
    return () => {};
  }
  const stop = () => events.removeEventListener(SKIP_CHANGE, changed, { capture: true });
  // The event does not bubble: listened for as it goes down to the element that stopped skipping.
  function changed(event: Event): void {
    const { target, skipped } = event as Event & { skipped?: boolean };
    if (skipped || !(target as Node | null)?.contains?.(node) || !drawn()) return;
    stop();
    then();
  }
  events.addEventListener(SKIP_CHANGE, changed, { capture: true });
  return stop;
}
