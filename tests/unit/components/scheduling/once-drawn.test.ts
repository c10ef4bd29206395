import { describe, expect, test } from "vitest";
import { onceDrawn } from "../../../../src/components/scheduling/once-drawn.ts";

/** A chapter holding one node: skipped until drawn, as content-visibility: auto does far from the screen. */
function chapter(skipped: boolean) {
  const state = { skipped };
  const node = { checkVisibility: (options?: { contentVisibilityAuto?: boolean }) => !(options?.contentVisibilityAuto && state.skipped) } as unknown as Element;
  const section = { contains: (other: unknown) => other === node };
  const elsewhere = { contains: () => false };
  const events = new EventTarget();
  /** The browser's state change on `on`: it starts or stops skipping (the real event goes to `on`; this one to the listener). */
  const change = (on: object, nowSkipped: boolean) => {
    if (on === section) state.skipped = nowSkipped;
    const event = Object.assign(new Event("contentvisibilityautostatechange"), { skipped: nowSkipped });
    Object.defineProperty(event, "target", { value: on });
    events.dispatchEvent(event);
  };
  return { node, section, elsewhere, events, change };
}

describe("onceDrawn", () => {
  test("a node in a chapter on screen is made at once", () => {
    const { node, events } = chapter(false);
    let made = 0;
    onceDrawn(node, () => made++, events);
    expect(made).toBe(1);
  });

  test("a node in a skipped chapter waits for that chapter to be drawn, and is made once", () => {
    const { node, section, elsewhere, events, change } = chapter(true);
    let made = 0;
    onceDrawn(node, () => made++, events);
    expect(made).toBe(0);
    change(elsewhere, false);
    expect(made, "another chapter drawn").toBe(0);
    change(section, true);
    expect(made, "its chapter skipped again").toBe(0);
    change(section, false);
    expect(made).toBe(1);
    change(section, true);
    change(section, false);
    expect(made, "drawn a second time").toBe(1);
  });

  test("once stopped, it waits no more", () => {
    const { node, section, events, change } = chapter(true);
    let made = 0;
    const stop = onceDrawn(node, () => made++, events);
    stop();
    change(section, false);
    expect(made).toBe(0);
  });

  test("where the browser cannot tell (no checkVisibility), the node is made at once", () => {
    let made = 0;
    onceDrawn({} as Element, () => made++, new EventTarget());
    expect(made).toBe(1);
  });
});
