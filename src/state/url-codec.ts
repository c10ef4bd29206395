import type { Method } from "../engine/index.ts";
import { DEFAULTS, FIELDS, METHODS, clampField, type EssayParams } from "./fields.ts";
import { decodeData } from "./data-codec.ts";
import { grouped } from "../format/numbers.ts";

/** Longest raw value read from a link; longer ones are refused before any parsing. */
export const MAX_VALUE_LENGTH = 32;

/** The parameters in the order a canonical query lists them. */
export const QUERY_KEYS = ["m", "b", "lr", "step", "method", "batch", "n", "seed", "data"] as const satisfies readonly (keyof EssayParams)[];

/** What a query string decodes to: always a valid state, plus a sentence for each thing corrected. */
export interface Decoded {
  readonly params: EssayParams;
  readonly notices: readonly string[];
}

// Plain decimal notation only: no hex, no "Infinity", no stray text that Number() would accept.
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * parseQuery(search) decodes a query string ("?m=…&b=…") into a valid state. It never throws:
 * every missing, malformed, out-of-range or repeated value falls back or is clamped, with a notice.
 * Notices never repeat the link's text, so nothing from the URL reaches the page.
 */
export function parseQuery(search: string): Decoded {
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    return { params: DEFAULTS, notices: ["The link's settings could not be read, so the essay starts from the beginning."] };
  }
  const notices: string[] = [];
  const out: Record<string, number | Method | string | null> = { ...DEFAULTS };
  for (const key of QUERY_KEYS) {
    const values = query.getAll(key);
    if (values.length === 0) continue;
    if (values.length > 1) notices.push(`The link sets ${key} ${values.length} times; the first value was used.`);
    const raw = values[0]!;
    if (key === "data") {
      const decoded = decodeData(raw);
      if (decoded.ok) out.data = raw;
      else notices.push(`${decoded.error} The essay's own data is shown instead.`);
      continue;
    }
    if (key === "method") {
      if ((METHODS as readonly string[]).includes(raw)) out.method = raw as Method;
      else notices.push(`The link's method is not one of ${METHODS.join(", ")}, so it is ${DEFAULTS.method}.`);
      continue;
    }
    const field = FIELDS[key];
    const fallback = DEFAULTS[key];
    if (raw.length > MAX_VALUE_LENGTH || !NUMBER.test(raw.trim())) {
      notices.push(`The link's ${field.label} is not a number, so it is ${grouped(fallback)}.`);
      continue;
    }
    const value = Number(raw.trim());
    if (!Number.isFinite(value)) {
      notices.push(`The link's ${field.label} is too large to use, so it is ${grouped(fallback)}.`);
      continue;
    }
    const clamped = clampField(field, value);
    if (clamped !== value) {
      const inRange = value >= field.min && value <= field.max;
      const rule = inRange ? "a whole number" : `between ${grouped(field.min)} and ${grouped(field.max)}`;
      notices.push(`The link's ${field.label} must be ${rule}, so it is ${grouped(clamped)}.`);
    }
    out[key] = clamped;
  }
  const params = out as unknown as EssayParams;
  const batch = Math.min(params.batch, params.n);
  if (batch !== params.batch) notices.push(`The batch size ${grouped(params.batch)} is larger than the ${grouped(params.n)} points, so it is ${grouped(batch)}.`);
  return { params: { ...params, batch }, notices };
}

/**
 * serializeQuery(params) is the canonical query for a state: fixed key order, defaults left out,
 * numbers in their shortest exact form, so parseQuery(serializeQuery(p)) reproduces p exactly.
 * The empty state serializes to "".
 */
export function serializeQuery(params: EssayParams): string {
  const parts: string[] = [];
  for (const key of QUERY_KEYS) {
    const value = params[key];
    if (value === DEFAULTS[key]) continue;
    parts.push(`${key}=${encodeURIComponent(String(value))}`);
  }
  return parts.length ? `?${parts.join("&")}` : "";
}
