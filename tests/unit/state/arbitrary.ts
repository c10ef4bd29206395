import { randomLcg } from "d3-random";
import { MODELS, PRESETS, presetData } from "../../../src/engine/index.ts";
import { CLASSIFIER_PRESETS, classifierDefault } from "../../../src/engine/classifier-presets.ts";
import { encodeData } from "../../../src/state/data-codec.ts";
import { DEFAULTS, TABLE, clampField, snapField, type EssayParams, type NumericField } from "../../../src/state/fields.ts";
import { QUERY_KEYS } from "../../../src/state/url-codec.ts";

/**
 * Seeded generators of essay states and hostile query strings, shared by the codec's unit tests and
 * the browser's hostile-link test. Every case comes from randomLcg(seed), so a failure reproduces.
 */
export type Random = () => number;

/** seeded(seed) is a deterministic uniform source in [0, 1) (d3-random's LCG; never Math.random). */
export function seeded(seed: number): Random {
  return randomLcg(seed);
}

/** pick(random, items) is one of items, uniformly. */
export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** integer(random, lo, hi) is a whole number in [lo, hi], uniformly. */
export function integer(random: Random, lo: number, hi: number): number {
  return lo + Math.floor(random() * (hi - lo + 1));
}

/** Doubles that break naive printing or parsing: subnormals, exponent notation, float drift. */
const AWKWARD_DOUBLES = [5e-324, -5e-324, 1e-7, -1e-7, 2.2250738585072014e-308, 0.1 + 0.2, -(0.1 + 0.2), 1 / 3, Math.PI];

function drawNumber(random: Random, fallback: number, field: NumericField): number {
  const u = random();
  if (u < 0.2) return fallback;
  if (u < 0.3) return random() < 0.5 ? field.min : field.max;
  if (field.integer) return integer(random, field.min, field.max);
  if (u < 0.55) return snapField(field, field.min + random() * (field.max - field.min));
  if (u < 0.65) return clampField(field, pick(random, AWKWARD_DOUBLES));
  return clampField(field, field.min + random() * (field.max - field.min));
}

/** The link text of every preset dataset: the reader's own data as a link carries it. */
export const LINKED_DATA: readonly string[] = PRESETS.map((p) => encodeData(presetData(p.id))).flatMap((e) => (e.ok ? [e.text] : []));

/** The link text of the classifier's presets: points with a class, as a link carries them. */
export const LABELLED_DATA: readonly string[] = CLASSIFIER_PRESETS.map((p) => encodeData(p.make() ?? classifierDefault())).flatMap((e) => (e.ok ? [e.text] : []));

/** linkedFor(model) is the link texts of data that model can take: with classes for a classifier. */
export function linkedFor(model: string): readonly string[] {
  return MODELS.find((m) => m.id === model)?.data.labelled ? LABELLED_DATA : LINKED_DATA;
}

/** Data texts a link might carry that decodeData must refuse: damaged, cut short, re-spelled, too long. */
export const DAMAGED_DATA: readonly string[] = [...LINKED_DATA, ...LABELLED_DATA].flatMap((text) => [
  text.slice(0, -1),
  `${text.slice(0, -3)}AAA`,
  `${text.slice(0, 10)}${text[10] === "A" ? "B" : "A"}${text.slice(11)}`,
  `${text[0] === "1" ? "2" : "1"}${text.slice(1)}`,
  `${text}=`,
]).concat(["1.", "1.A", "1.AAAA", "1.%2B%2F", `1.${"A".repeat(9_000)}`]);

/**
 * validParams(random) is any state a reader could reach, from the defaults to odd doubles at the edges:
 * every field of the table drawn in turn, the model and optimiser first; a field that does not apply to
 * the state drawn (another optimiser's setting) keeps its default, as a link cannot carry it.
 */
export function validParams(random: Random): EssayParams {
  let p = DEFAULTS;
  const fields = [...TABLE.fields].sort((a, b) => Number(b.kind === "choice") - Number(a.kind === "choice"));
  for (const field of fields) {
    if (!field.applies(p)) continue;
    if (field.kind === "choice") p = field.write(p, pick(random, field.choices));
    else if (field.kind === "number") p = field.write(p, drawNumber(random, field.default, field.range));
    else p = field.write(p, random() < 0.8 ? null : pick(random, linkedFor(p.model)));
  }
  // A reader reaches no more points than the model draws (the wave 400, the classifier 2,000).
  const n = Math.min(p.n, TABLE.models.find((m) => m.id === p.model)!.data.maxN);
  return { ...p, n, batch: Math.min(p.batch, n) };
}

/** Ten thousand characters: longer than any link should carry. */
const LONG = 10_000;

/**
 * Hand-picked hostile values, as raw query text (so "%20" is a space, "+" a space, "%2B" a plus).
 * No raw "#": in a browser it would start the hash, so "%23" stands for it.
 */
export const HOSTILE_VALUES: readonly string[] = [
  "", " ", "+", "%20", "%09", "%0A", "abc", "NaN", "nan", "Infinity", "-Infinity", "infinity", "1e309", "-1e309",
  "1e-400", "-0", "+0", "-0.0", "0x10", "0b1", "0o7", "1_000", "1,5", "1.2.3", "--1", "+-1", ".", "e5", "1e", "1e+",
  "99999999999", "1e300", "-5", "-1", "2.5", "0.5", "-0.5", "1000.4", "1000.6", "%2B1", "+1", "1+", "%2D1", " 1 ",
  "<script>alert(1)</script>", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "\"><img src=x onerror=alert(1)>",
  "'%22%3E%3Csvg%20onload=alert(1)%3E", "javascript:alert(1)", "{{7*7}}", "${1}", "</title>", "&lt;b&gt;",
  "١٢", "１", "½", "∞", "−1", "💥", "𝟙", "\u200B1", "\uFEFF1", "ｍ", "%E0%A4%A", "%", "%%", "%zz", "%FF", "%C0%AF",
  "%00", "%ED%A0%80", "%23", "=", "==", "?", "adam", "BATCH", "batch ", " sgd", "batch", "sgd", "minibatch",
  "__proto__", "constructor", "toString", "null", "undefined", "true", "[]", "{}",
  "1".repeat(LONG), "9".repeat(LONG), "<".repeat(LONG), "%".repeat(LONG), `0.${"0".repeat(LONG)}1`,
];

/** Keys a link might carry: the real ones, near misses, and junk. */
const KEYS: readonly string[] = [
  ...QUERY_KEYS, ...QUERY_KEYS, "M", "LR", " m", "m ", "%6D", "m%00", "step[]", "foo", "", "__proto__", "constructor", "ｍ", "%3Cb%3E",
];

const SEPARATORS = ["&", "&", "&", "&&", "&&&", ";"];
const PREFIXES = ["?", "?", "?", "", "??", "?&&&", "&", "?="];
const SOUP = "0123456789.eE+-%=&? ,xü中💥<>\"'/\\";

/** A numeric string with a random sign, digits and exponent: sometimes in range, often not. */
function numberText(random: Random): string {
  const value = (random() < 0.5 ? -1 : 1) * random() * 10 ** integer(random, -12, 12);
  const text = random() < 0.5 ? String(value) : value.toExponential(integer(random, 0, 20));
  return random() < 0.2 ? text.replace("e", pick(random, ["e+", "E", "e0", "e-0"])) : text;
}

function soup(random: Random): string {
  let text = "";
  for (let i = integer(random, 0, 12); i > 0; i--) text += pick(random, [...SOUP]);
  return text;
}

function value(random: Random, key: string): string {
  const u = random();
  if (key === "data" && u < 0.5) return pick(random, u < 0.1 ? LINKED_DATA : u < 0.15 ? LABELLED_DATA : DAMAGED_DATA);
  if (u < 0.45) return pick(random, HOSTILE_VALUES);
  if (u < 0.75) return numberText(random);
  return soup(random);
}

/** hostileQuery(random) is one generated query string: real and junk keys, hostile values, odd separators. */
export function hostileQuery(random: Random): string {
  const pairs: string[] = [];
  for (let i = integer(random, 0, 10); i > 0; i--) {
    const key = pick(random, KEYS);
    const u = random();
    pairs.push(u < 0.1 ? key : u < 0.15 ? `${key}==${value(random, key)}` : `${key}=${value(random, key)}`);
  }
  let query = pick(random, PREFIXES);
  pairs.forEach((pair, i) => (query += (i ? pick(random, SEPARATORS) : "") + pair));
  return query;
}
