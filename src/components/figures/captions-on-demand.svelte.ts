import { whenIdle } from "../scheduling/idle.ts";

/** What the figures take of their captions and what a screen reader hears of them (captions.ts). */
export type Captions = Pick<typeof import("./captions.ts"), "captionRoom" | "describeBriefly" | "describeDataSpace" | "describeLossSpace">;

let words = $state.raw<Captions | null>(null);
let loading: Promise<void> | null = null;
let asked = false;

/**
 * captions() is the figures' captions once they have come, else null; read in an effect or a derived, it runs that
 * again when they come. Until then a figure keeps the caption the server wrote (serverCaption), which is the state's
 * as long as nothing has changed: on a link that sets anything they come before the page hydrates (captionsForLink).
 */
export function captions(): Captions | null {
  return words;
}

/** loadCaptions() brings the captions, once. */
export function loadCaptions(): Promise<void> {
  // Only what the figures use, so the bundler leaves out of the first view what only the tests call.
  loading ??= import("./captions.ts").then(({ captionRoom, describeBriefly, describeDataSpace, describeLossSpace }) => {
    words = { captionRoom, describeBriefly, describeDataSpace, describeLossSpace };
  });
  return loading;
}

/** provideCaptions(m) hands the captions over at once: the server's pages, which render every figure with its words. */
export function provideCaptions(m: Captions): void {
  words = m;
}

/**
 * captionsSoon() asks for the captions when the page is first idle, or as soon as the reader first presses, touches
 * or focuses anything, whichever comes first: a figure calls it once it runs. Before that, nothing can have changed
 * what they say.
 */
export function captionsSoon(): void {
  if (asked) return;
  asked = true;
  const events = ["pointerdown", "touchstart", "keydown", "focusin"] as const;
  const load = () => {
    for (const e of events) removeEventListener(e, load, true);
    void loadCaptions();
  };
  for (const e of events) addEventListener(e, load, { capture: true, passive: true });
  whenIdle(load, 4000, 200);
}

/**
 * captionsForLink(search, hash) is the loading of the captions when a link sets anything or opens at a chapter (whose
 * scene may change the state, and the model with it, as the page opens), else undefined.
 */
export function captionsForLink(search: string, hash: string): Promise<void> | undefined {
  return search.replace(/^\?/, "") !== "" || hash.replace(/^#/, "") !== "" ? loadCaptions() : undefined;
}

/** serverCaption(id) is the caption the server wrote into the element of that id (its text, and the room it holds), read as the figure hydrates; empty on the server. */
export function serverCaption(id: string): { readonly text: string; readonly room: string } {
  const caption = typeof document === "undefined" ? null : document.getElementById(id);
  return { text: caption?.textContent ?? "", room: caption?.getAttribute("data-room") ?? "" };
}
