import type { Params } from "../../engine/index.ts";
import { DEFAULTS, type EssayParams } from "../../state/fields.ts";
import { serializeQuery } from "../../state/url-codec.ts";

/** Where a jump link takes the essay: the article's start, a start at the bottom of the bowl, or the state as it is… */
export type JumpTo = "start" | "minimum" | "here";

/** …with some settings changed (a learning rate to try, a step to look at). */
export type JumpSet = Partial<Pick<EssayParams, "m" | "b" | "lr" | "step" | "method" | "batch" | "n" | "seed">>;

/**
 * jumpTarget(to, set, params, minimum) is the state a jump link sets. The bottom of the bowl keeps the
 * reader's other settings and rewinds to step 0; without a bottom (no spread in x) it stays put.
 */
export function jumpTarget(to: JumpTo, set: JumpSet, params: EssayParams, minimum: Params | null): EssayParams {
  const base = to === "start" ? DEFAULTS
    : to === "minimum" && minimum ? { ...params, m: minimum.m, b: minimum.b, step: 0 }
    : params;
  return { ...base, ...set };
}

/** jumpHref(base, target) is a real link to the target state, so the jump also works without JavaScript. */
export function jumpHref(base: string, target: EssayParams): string {
  return `${base.replace(/\/?$/, "/")}${serializeQuery(target)}`;
}

/** parseJumpSet(text) reads a link's data-jump-set back; anything unreadable changes nothing. */
export function parseJumpSet(text: string | null): JumpSet {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as JumpSet) : {};
  } catch {
    return {};
  }
}

/** isJumpTo(text) says whether a data-jump attribute names a jump. */
export function isJumpTo(text: string | null): text is JumpTo {
  return text === "start" || text === "minimum" || text === "here";
}
