import { DEFAULTS, TABLE, type EssayParams } from "../../../src/state/fields.ts";

/** A field's value in a link's terms: a number, a name, the data text or null. */
export type FieldValue = number | string | null;

/**
 * withFields(values, base) is base with each field set by its link key (`{ m: 0, lr: 0.1, method: "sgd" }`),
 * through the field table, so the tests write states as links do. Unknown keys throw.
 */
export function withFields(values: Readonly<Record<string, FieldValue>>, base: EssayParams = DEFAULTS): EssayParams {
  let out = base;
  for (const [key, value] of Object.entries(values)) {
    const field = TABLE.fields.find((f) => f.key === key);
    if (!field) throw new Error(`withFields: no field ${key}`);
    if (field.kind === "number") out = field.write(out, value as number);
    else if (field.kind === "choice") out = field.write(out, value as string);
    else out = field.write(out, value as string | null);
  }
  return out;
}

/** fieldValue(p, key) is the value of one field, by its link key ("m", "lr", "data"). */
export function fieldValue(p: EssayParams, key: string): FieldValue {
  const field = TABLE.fields.find((f) => f.key === key);
  if (!field) throw new Error(`fieldValue: no field ${key}`);
  return field.read(p);
}
