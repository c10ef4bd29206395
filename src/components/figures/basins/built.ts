import type { LossWindow, Theta, Valley } from "../../../engine/index.ts";
import { fromBase64Url } from "../../../state/base64url.ts";

/** A basins map as the page is built with it, small enough to travel in the island's props. */
export interface BuiltBasins {
  readonly model: string;
  readonly window: LossWindow;
  readonly size: number;
  /** The cells' codes, row 0 at the window's bottom, as base64url. */
  readonly codes: string;
  readonly valleys: readonly Valley[];
  readonly start: Theta;
  /** How its descents stepped, in words (methodText). */
  readonly method: string;
}

/** codesOf(basins) is the built map's codes again. */
export function codesOf(basins: BuiltBasins): Uint8Array {
  return fromBase64Url(basins.codes) ?? new Uint8Array(basins.size * basins.size);
}
