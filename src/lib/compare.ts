/**
 * Orders strings by code unit, for machine strings: ISO dates (YYYY-MM-DD sorts by time), item ids,
 * keys. Not for names people read (those use localeCompare). Also far cheaper on a page's first
 * render: the first localeCompare call loads the browser's collation data (~20 ms on a fast machine).
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
