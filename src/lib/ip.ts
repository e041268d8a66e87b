/**
 * IPv4/IPv6 addresses as bigints and sets of address intervals, for computing which special-purpose
 * ranges a coturn peer ACL leaves open. Pure and total: parsing returns null instead of throwing.
 */

export type Family = 4 | 6;

export interface Address {
  readonly family: Family;
  readonly value: bigint;
}

/** A closed interval [from, to] of one family. */
export interface Interval {
  readonly family: Family;
  readonly from: bigint;
  readonly to: bigint;
}

export const MAX_V4 = (1n << 32n) - 1n;
export const MAX_V6 = (1n << 128n) - 1n;

function maxOf(family: Family): bigint {
  return family === 4 ? MAX_V4 : MAX_V6;
}

const V4_PART = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

function parseIpv4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const p of parts) {
    if (!V4_PART.test(p)) return null;
    value = (value << 8n) | BigInt(Number(p));
  }
  return value;
}

const HEXTET = /^[0-9a-fA-F]{1,4}$/;

function parseHextets(part: string): number[] | null {
  if (part === '') return [];
  const groups = part.split(':');
  const out: number[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i] ?? '';
    if (i === groups.length - 1 && g.includes('.')) {
      const v4 = parseIpv4(g);
      if (v4 === null) return null;
      out.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      continue;
    }
    if (!HEXTET.test(g)) return null;
    out.push(parseInt(g, 16));
  }
  return out;
}

/** RFC 4291 §2.2 text forms, including `::` compression and a trailing dotted IPv4 part. No zone ids. */
export function parseIpv6(text: string): bigint | null {
  if (text.length === 0 || text.length > 45) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  let groups: number[];
  if (halves.length === 2) {
    const head = parseHextets(halves[0] ?? '');
    const tail = parseHextets(halves[1] ?? '');
    if (head === null || tail === null) return null;
    // A dotted IPv4 part is only allowed at the very end.
    if ((halves[0] ?? '').includes('.')) return null;
    const missing = 8 - head.length - tail.length;
    if (missing < 1) return null;
    groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  } else {
    const all = parseHextets(text);
    if (all === null || all.length !== 8) return null;
    groups = all;
  }
  let value = 0n;
  for (const g of groups) value = (value << 16n) | BigInt(g);
  return value;
}

/** Parses one address as coturn's `make_ioa_addr` accepts it in an ACL: IPv4 dotted quad or IPv6 text. */
export function parseAddress(text: string): Address | null {
  const t = text.trim();
  const bracketed = t.startsWith('[') && t.endsWith(']') ? t.slice(1, -1) : t;
  const v4 = parseIpv4(bracketed);
  if (v4 !== null) return { family: 4, value: v4 };
  const v6 = parseIpv6(bracketed);
  if (v6 !== null) return { family: 6, value: v6 };
  return null;
}

function formatIpv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 0xffn)).join('.');
}

/** RFC 5952 canonical text (longest zero run compressed, lower case). */
export function formatIpv6(value: bigint): string {
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((value >> BigInt(i * 16)) & 0xffffn));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  const head = hex.slice(0, bestStart).join(':');
  const tail = hex.slice(bestStart + bestLen).join(':');
  return `${head}::${tail}`;
}

function formatAddress(family: Family, value: bigint): string {
  return family === 4 ? formatIpv4(value) : formatIpv6(value);
}

/** `a.b.c.d/n` or `x::/n` to an interval; null if malformed. */
export function parseCidr(text: string): Interval | null {
  const slash = text.indexOf('/');
  if (slash < 0) return null;
  const addr = parseAddress(text.slice(0, slash));
  const bitsText = text.slice(slash + 1);
  if (addr === null || !/^\d{1,3}$/.test(bitsText)) return null;
  const bits = Number(bitsText);
  const width = addr.family === 4 ? 32 : 128;
  if (bits > width) return null;
  const hostBits = BigInt(width - bits);
  const mask = (1n << hostBits) - 1n;
  const from = addr.value & ~mask & maxOf(addr.family);
  return { family: addr.family, from, to: from | mask };
}

/** The interval as coturn's ACL syntax writes it: one address, or `first-last`. */
export function formatRange(iv: Interval): string {
  const a = formatAddress(iv.family, iv.from);
  return iv.from === iv.to ? a : `${a}-${formatAddress(iv.family, iv.to)}`;
}

/** The interval as CIDR blocks when it is exactly one block, else as a range. For messages. */
export function describeInterval(iv: Interval): string {
  const width = iv.family === 4 ? 32 : 128;
  const size = iv.to - iv.from + 1n;
  if ((size & (size - 1n)) === 0n && iv.from % size === 0n) {
    const bits = width - (size.toString(2).length - 1);
    return `${formatAddress(iv.family, iv.from)}/${bits}`;
  }
  return formatRange(iv);
}

/** Sorted, merged, non-overlapping intervals of one family. */
export function normalize(list: readonly Interval[]): Interval[] {
  const sorted = [...list].sort((a, b) =>
    a.family !== b.family ? a.family - b.family : a.from < b.from ? -1 : a.from > b.from ? 1 : 0,
  );
  const out: Interval[] = [];
  for (const iv of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && last.family === iv.family && iv.from <= last.to + 1n) {
      if (iv.to > last.to) out[out.length - 1] = { family: last.family, from: last.from, to: iv.to };
    } else {
      out.push(iv);
    }
  }
  return out;
}

/** `target` minus every interval in `remove` (any family; only the same family subtracts). */
export function subtract(target: Interval, remove: readonly Interval[]): Interval[] {
  let parts: Interval[] = [target];
  for (const r of normalize(remove)) {
    if (r.family !== target.family) continue;
    const next: Interval[] = [];
    for (const p of parts) {
      if (r.to < p.from || r.from > p.to) {
        next.push(p);
        continue;
      }
      if (r.from > p.from) next.push({ family: p.family, from: p.from, to: r.from - 1n });
      if (r.to < p.to) next.push({ family: p.family, from: r.to + 1n, to: p.to });
    }
    parts = next;
    if (parts.length === 0) break;
  }
  return parts;
}

export function intersect(a: Interval, b: Interval): Interval | null {
  if (a.family !== b.family) return null;
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from <= to ? { family: a.family, from, to } : null;
}

/** Size of the interval, for "how much of this range is open" messages. */
export function sizeOf(iv: Interval): bigint {
  return iv.to - iv.from + 1n;
}
