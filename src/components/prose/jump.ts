import type { Model, Theta } from "../../engine/index.ts";
import { DEFAULTS, TABLE, type EssayParams } from "../../state/fields.ts";
import { serializeQuery } from "../../state/url-codec.ts";
import { decodeData } from "../../state/data-codec.ts";

/** Where a jump link takes the essay: the article's start, a start at the bottom of the bowl, or the state as it is… */
export type JumpTo = "start" | "minimum" | "here";

/**
 * …with some settings changed (a learning rate to try, a step to look at, a start by parameter key, an
 * optimiser, a model, points as link text or null for the model's own), written as the link would write
 * them: `{ "lr": 0.2, "step": 30 }`, `{ "m": 1, "b": 0 }`, `{ "model": "classifier", "data": "2.…" }`.
 */
export type JumpSet = Readonly<Partial<Record<"lr" | "step" | "batch" | "n" | "seed", number>> & Record<string, number | string | null>>;

/**
 * jumpTarget(to, set, params, model, minimum) is the state a jump link sets, `minimum` in the data's own
 * units (a start's, as a link carries it). The bottom keeps the
 * reader's other settings and rewinds to step 0; without a bottom (no spread in x) it stays put. Each key
 * of `set` replaces the field of that key (a start's parameter, lr, step, method, …); unknown keys are ignored.
 */
export function jumpTarget(to: JumpTo, set: JumpSet, params: EssayParams, model: Model, minimum: Theta | null): EssayParams {
  let out = to === "start" ? DEFAULTS
    : to === "minimum" && minimum ? { ...params, start: { ...params.start, ...Object.fromEntries(model.params.map((p, k) => [p.key, minimum[k]!])) }, step: 0 }
    : params;
  for (const [key, value] of Object.entries(set)) {
    const field = TABLE.fields.find((f) => f.key === key);
    if (field?.kind === "number" && typeof value === "number") out = field.write(out, value);
    else if (field?.kind === "choice" && typeof value === "string" && field.choices.includes(value)) out = field.write(out, value);
    else if (field?.kind === "data" && ((typeof value === "string" && readable(value)) || value === null)) out = field.write(out, value);
  }
  return out;
}

// Whether each link's points decode, by their text: a jump's points never change, and decoding them again
// for every href written (each time the state pauses) was some 40 % of the task that writes them.
const decodes = new Map<string, boolean>();
function readable(text: string): boolean {
  let ok = decodes.get(text);
  if (ok === undefined) decodes.set(text, (ok = decodeData(text).ok));
  return ok;
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
