import type { HandOn } from "./hand-on.ts";

let loading: Promise<typeof import("./hand-on.ts")> | undefined;

/** What handOnOnDemand returns: a HandOn, and prepare(), which loads the pacer (as the focus reaches the control). */
export interface HandOnOnDemand<T> extends HandOn<T> {
  prepare(): void;
}

/**
 * handOnOnDemand(apply) is handOn(apply) for the first view's controls, whose keys come only after the focus: the pacer
 * comes once prepare() asks for it (in the essay with the islands further down, whose prose numbers use it too), not
 * with the first view's or an embed page's JavaScript (0.6 kB gzipped); a key before it has come is handed on at once.
 */
export function handOnOnDemand<T>(apply: (value: T) => void): HandOnOnDemand<T> {
  let hand: HandOn<T> | null = null;
  return {
    get pending() {
      return hand?.pending ?? null;
    },
    ask(value) {
      if (hand) hand.ask(value);
      else apply(value);
    },
    flush() {
      hand?.flush();
    },
    prepare() {
      if (hand) return;
      loading ??= import("./hand-on.ts");
      void loading.then((m) => (hand ??= m.handOn(apply)));
    },
  };
}
