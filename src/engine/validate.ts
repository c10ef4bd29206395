/** Throws `${where}: invalid ${name}; ${rule}: ${value}` unless ok; the one shape of every engine error. */
export function check(ok: boolean, where: string, name: string, rule: string, value: unknown): void {
  if (!ok) throw new RangeError(`${where}: invalid ${name}; ${rule}: ${String(value)}`);
}

/** Checks that value is a finite number. */
export function checkFinite(value: number, where: string, name: string): void {
  check(Number.isFinite(value), where, name, "not a finite number", value);
}

/** Checks that value is an integer in [min, max]. */
export function checkInteger(value: number, min: number, max: number, where: string, name: string): void {
  check(Number.isInteger(value) && value >= min && value <= max, where, name, `not an integer in [${min}, ${max}]`, value);
}
