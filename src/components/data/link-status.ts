import { MAX_LINKED_POINTS } from "../../state/data-codec.ts";
import { grouped } from "../../format/numbers.ts";

/** What the link status needs to know of the data shown. */
export interface LinkFacts {
  /** True while the reader's own points are shown (not the generated data). */
  readonly custom: boolean;
  /** True when the link carries the points. */
  readonly linked: boolean;
  /** True when rounding to 0.001 for the link moved a value. */
  readonly rounded: boolean;
  readonly size: number;
}

/** linkStatus(facts) says whether a link reopens the data shown, and what it took to fit. */
export function linkStatus(f: LinkFacts): string {
  if (!f.custom || (f.linked && !f.rounded)) return "This data travels in the link.";
  if (f.linked) return "Rounded to 0.001 so it fits in the link.";
  if (f.size > MAX_LINKED_POINTS) {
    return `These ${grouped(f.size)} points are too many for a link (at most ${MAX_LINKED_POINTS}).`;
  }
  return "This data cannot travel in the link.";
}
