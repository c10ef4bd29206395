import { TABLE, clampField, type EssayParams, type FieldTable } from "./fields.ts";
import { dataCodec } from "./data-codec-on-demand.ts";
import { grouped } from "../format/numbers.ts";
import type { Dataset, Model } from "../engine/index.ts";

/** Longest raw value read from a link; longer ones are refused before any parsing. */
export const MAX_VALUE_LENGTH = 32;

/** The parameters in the order a canonical query lists them (every model's and optimiser's included). */
export const QUERY_KEYS: readonly string[] = TABLE.fields.map((f) => f.key);

/** What a query string decodes to: always a valid state, plus a sentence for each thing corrected. */
export interface Decoded {
  readonly params: EssayParams;
  readonly notices: readonly string[];
}

// Plain decimal notation only: no hex, no "Infinity", no stray text that Number() would accept.
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * parseQuery(search, table) decodes a query string ("?m=…&b=…") into a valid state. It never throws:
 * every missing, malformed, out-of-range or repeated value falls back or is clamped, with a notice.
 * Notices never repeat the link's text, so nothing from the URL reaches the page. A field that does not
 * apply (another model's start) is read all the same, so a link keeps what it says. A query with `data` needs the
 * points' codec loaded first (codecForLink in data-codec-on-demand.ts).
 */
export function parseQuery(search: string, table: FieldTable = TABLE): Decoded {
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    return { params: table.defaults, notices: ["The link's settings could not be read, so the essay starts from the beginning."] };
  }
  const notices: string[] = [];
  let out = table.defaults;
  for (const field of table.fields) {
    const key = field.key;
    const values = query.getAll(key);
    if (values.length === 0) continue;
    if (values.length > 1) notices.push(`The link sets ${key} ${values.length} times; the first value was used.`);
    const raw = values[0]!;
    if (field.kind === "data") {
      const decoded = dataCodec().decodeData(raw);
      const wrong = decoded.ok ? unfit(decoded.data, table.models.find((m) => m.id === out.model)!) : decoded.error;
      if (wrong === null) out = field.write(out, raw);
      else notices.push(`${wrong} The essay's own data is shown instead.`);
      continue;
    }
    if (field.kind === "choice") {
      if (field.choices.includes(raw)) out = field.write(out, raw);
      else notices.push(`The link's ${field.label} is not one of ${field.choices.join(", ")}, so it is ${field.default}.`);
      continue;
    }
    const range = field.range;
    if (raw.length > MAX_VALUE_LENGTH || !NUMBER.test(raw.trim())) {
      notices.push(`The link's ${field.label} is not a number, so it is ${grouped(field.default)}.`);
      continue;
    }
    const value = Number(raw.trim());
    if (!Number.isFinite(value)) {
      notices.push(`The link's ${field.label} is too large to use, so it is ${grouped(field.default)}.`);
      continue;
    }
    const clamped = clampField(range, value);
    if (clamped !== value) {
      const inRange = value >= range.min && value <= range.max;
      const rule = inRange ? "a whole number" : `between ${grouped(range.min)} and ${grouped(range.max)}`;
      notices.push(`The link's ${field.label} must be ${rule}, so it is ${grouped(clamped)}.`);
    }
    out = field.write(out, clamped);
  }
  // The range of n is every model's; each model draws at most its own number of points.
  const most = table.models.find((m) => m.id === out.model)!.data.maxN;
  if (out.n > most) {
    notices.push(`The link asks for ${grouped(out.n)} points, but ${modelLabel(table, out.model)} takes at most ${grouped(most)}, so it is ${grouped(most)}.`);
    out = { ...out, n: most };
  }
  const batch = Math.min(out.batch, out.n);
  if (batch !== out.batch) notices.push(`The batch size ${grouped(out.batch)} is larger than the ${grouped(out.n)} points, so it is ${grouped(batch)}.`);
  return { params: { ...out, batch }, notices };
}

/** The model's label as prose names it ("a wave"). */
function modelLabel(table: FieldTable, id: string): string {
  return table.models.find((m) => m.id === id)!.label;
}

/**
 * Why the link's points cannot be the model's data, or null: classes where it takes none, none where it
 * needs them, or classes it cannot fit (all one class). Points without classes are taken as they are, as
 * the line's links always were.
 */
function unfit(data: Dataset, model: Model): string | null {
  if (model.data.labelled && !data.label) return `The data in the link has no classes, which ${model.label} needs.`;
  if (!model.data.labelled && data.label) return `The data in the link has classes, which ${model.label} does not take.`;
  return data.label ? model.dataProblem(data) : null;
}

/**
 * serializeQuery(params, table) is the canonical query for a state: fixed key order, defaults and fields
 * that do not apply (another model's start) left out, numbers in their shortest exact form, so
 * parseQuery(serializeQuery(p)) reopens the view p shows. The empty state serializes to "".
 */
export function serializeQuery(params: EssayParams, table: FieldTable = TABLE): string {
  const parts: string[] = [];
  for (const field of table.fields) {
    if (!field.applies(params)) continue;
    const value = field.read(params);
    if (value === (field.kind === "data" ? null : field.default)) continue;
    parts.push(`${field.key}=${encodeURIComponent(String(value))}`);
  }
  return parts.length ? `?${parts.join("&")}` : "";
}
