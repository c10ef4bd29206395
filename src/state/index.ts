/** The essay's shared state: one instance, its field table and URL codec (startEssay connects it to the page). */
export { essay, EssayState } from "./essay.svelte.ts";
export {
  DEFAULTS, FIELDS, METHODS, TABLE, field, fieldTable, inputsOf, snapField, type EssayParams, type Field, type FieldTable, type NumericField,
} from "./fields.ts";
export { parseQuery, serializeQuery } from "./url-codec.ts";
