import type { Component } from "svelte";
import { essay } from "../state/index.ts";
import { startOverNow } from "./reading/start-over-on-demand.svelte.ts";

let body = $state.raw<Component | null>(null);
let loading: Promise<void> | null = null;

/**
 * noticeBody() is the notice banner's words and buttons (NoticeBanner.Body.svelte) once they have come, else null.
 * A banner has something to say only for a link the codec corrected or once Start over has run, so most pages never
 * load them.
 */
export function noticeBody(): Component | null {
  return body;
}

/** loadNoticeBody() brings the banner's words and buttons, once. */
export function loadNoticeBody(): Promise<void> {
  loading ??= import("./NoticeBanner.Body.svelte").then((m) => {
    body = m.default;
  });
  return loading;
}

/** noticesWanted() says whether the banner has anything to show: the link's corrections, or Start over, loaded (so it may be undone). */
export function noticesWanted(): boolean {
  return essay.notices.length > 0 || startOverNow() !== null;
}

/** noticesForLink() is the loading of the banner's body when the link just read was corrected, else undefined: a page then hydrates with it. */
export function noticesForLink(): Promise<void> | undefined {
  return essay.notices.length > 0 ? loadNoticeBody() : undefined;
}
