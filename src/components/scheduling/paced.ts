import { pacer } from "./pacer.ts";

/** What paced returns: the latest value a key asked for, held until the pacer hands it on. */
export interface Paced<T> {
  /** Asks for value to be written as soon as the pace allows (see pacer); a later ask replaces it. */
  set(value: T): void;
  /** The value asked for and not yet written, if any: the next press moves on from it, not from the state. */
  readonly pending: T | null;
  /** Writes the pending value now: a drag, a click or an editor that must start from it. */
  flush(): void;
}

/**
 * paced(write) keeps a control's writes out of its key events: a handler sets the value and returns, and
 * write runs once the key's frame is drawn, whenever the redraw it causes fits before the next press
 * (see pacer), with the presses that came meanwhile merged into one write of the latest value.
 */
export function paced<T>(write: (value: T) => void): Paced<T> {
  let pending: T | null = null;
  const flush = () => {
    if (pending === null) return;
    const value = pending;
    pending = null;
    write(value);
  };
  const pace = pacer(flush);
  return {
    set(value) {
      pending = value;
      pace.ask();
    },
    get pending() {
      return pending;
    },
    flush,
  };
}
