/**
 * Services return business failures as values (a discriminated union), not exceptions, so the
 * GraphQL layer can turn them into typed userErrors and callers must handle them.
 */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
