/**
 * View state kept in the URL's query string (shareable, survives a reload): a codec says how a state
 * is read from and written to the parameters; the helpers read lists and enumerations leniently (an
 * unknown value falls back to the default rather than failing) and keep defaults out of the URL.
 */
export interface UrlCodec<T> {
  parse(params: URLSearchParams): T;
  write(state: T): URLSearchParams;
}

/** The values of a comma-separated parameter that are in `allowed`, in the order `allowed` lists them. */
export function listParam<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] {
  const given = new Set((params.get(name) ?? '').split(','));
  return allowed.filter((v) => given.has(v));
}

/** A parameter that must be one of `allowed`; anything else (or nothing) gives `fallback`. */
export function oneOfParam<T extends string | number>(params: URLSearchParams, name: string, allowed: readonly T[], fallback: T): T {
  const raw = params.get(name);
  return allowed.find((v) => String(v) === raw) ?? fallback;
}

/** Sets `name` unless `value` is the default (empty string, empty list, 0), so URLs carry only what was chosen. */
export function setParam(params: URLSearchParams, name: string, value: string | number | readonly string[]): void {
  const text = Array.isArray(value) ? value.join(',') : String(value);
  if (text !== '' && value !== 0) params.set(name, text);
}

/** The query string a state gets after a round trip through the codec (a canonical form of `search`). */
export function canonicalSearch<T>(codec: UrlCodec<T>, search: string): string {
  return codec.write(codec.parse(new URLSearchParams(search))).toString();
}
