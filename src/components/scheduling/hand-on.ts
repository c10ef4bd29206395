import { pacer, timeRunInFrame, type TimeRun } from "./pacer.ts";
import { pendingKeys } from "./pending-keys.ts";

/** What handOn returns: the value a control's keys last asked for, until it is handed on. */
export interface HandOn<T> {
  /** The value asked for and not handed on yet, or null: the one a control's next key builds on. */
  readonly pending: T | null;
  /** Keeps value (the last ask wins; the ones before it are merged into it) and asks the pacer to hand it on. */
  ask(value: T): void;
  /** Hands on what is pending at once, if anything: before a drag, a button or a typed entry builds on the value, or as the focus leaves (handOnKeys hands on every control's). */
  flush(): void;
}

/** handOn(apply) paces a control's key presses: the control shows each press itself, and apply gets the latest in the pacer's run (see pacer), so the figures follow after the key's own frame. */
export function handOn<T>(apply: (value: T) => void, timeRun: TimeRun = timeRunInFrame): HandOn<T> {
  let pending: T | null = null;
  const hand: HandOn<T> = {
    get pending() {
      return pending;
    },
    ask(value) {
      pending = value;
      pendingKeys.add(hand);
      pace.ask();
    },
    flush() {
      if (pending === null) return;
      const value = pending;
      pending = null;
      pendingKeys.delete(hand);
      apply(value);
    },
  };
  const pace = pacer(hand.flush, timeRun);
  return hand;
}
