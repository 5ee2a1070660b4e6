/**
 * The result every reference validator returns instead of throwing.
 * `rule` is a stable machine-readable id (e.g. 'locode-format'); `message` says the rule plainly.
 * Callers add the field name ("order.origin: unknown UN/LOCODE 'CNZZZ'").
 */
export type Pass<T> = { ok: true; value: T };
export type Failure = { ok: false; rule: string; message: string };
export type Check<T> = Pass<T> | Failure;

export function pass<T>(value: T): Pass<T> {
  return { ok: true, value };
}

export function fail(rule: string, message: string): Failure {
  return { ok: false, rule, message };
}
