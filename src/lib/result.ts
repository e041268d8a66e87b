/**
 * Errors as values: domain code returns a Result instead of throwing, with a message that names the
 * bad field or line (CONVENTIONS rule 9); the UI shows `error`.
 */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<E = string>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
