/**
 * Records keyed by data from outside (project ids, checklist item ids from files or storage).
 *
 * A plain object literal inherits `constructor`, `toString`, `__proto__`…, so `projects[id]` with
 * such an id finds an `Object.prototype` member, and `projects[id] = p` with `__proto__` replaces
 * the prototype instead of adding an entry. Every record holding outside keys is therefore created
 * here with a null prototype, written with `setEntry` (a defined property, never an assignment)
 * and read with `getOwn` (`Object.hasOwn`), so any string is just a key. No deny-list of names.
 *
 * No imports: the bench and e2e seeders load this file in Node.
 */

export type Dict<T> = Record<string, T>;

export function emptyDict<T>(): Dict<T> {
  return Object.create(null) as Dict<T>;
}

/** The value stored under `key` itself (never an inherited member), or undefined. */
export function getOwn<T>(dict: Readonly<Dict<T>>, key: string): T | undefined {
  return Object.hasOwn(dict, key) ? dict[key] : undefined;
}

export function hasOwn(dict: Readonly<Dict<unknown>>, key: string): boolean {
  return Object.hasOwn(dict, key);
}

/** Adds or replaces an entry in place (`__proto__` included: a defined property is never a prototype change). */
export function setEntry<T>(dict: Dict<T>, key: string, value: T): void {
  Object.defineProperty(dict, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A null-prototype copy. */
export function copyDict<T>(dict: Readonly<Dict<T>>): Dict<T> {
  const out = emptyDict<T>();
  for (const key of Object.keys(dict)) setEntry(out, key, dict[key] as T);
  return out;
}

/** A copy with `key` set to `value`. */
export function withEntry<T>(dict: Readonly<Dict<T>>, key: string, value: T): Dict<T> {
  const out = copyDict(dict);
  setEntry(out, key, value);
  return out;
}

/** A copy without `key`. */
export function withoutEntry<T>(dict: Readonly<Dict<T>>, key: string): Dict<T> {
  const out = copyDict(dict);
  delete out[key];
  return out;
}
