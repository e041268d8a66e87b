/**
 * The effective peer ACL of a config on a coturn version: which special-purpose ranges a TURN
 * client can still relay to. Models coturn's `good_peer_addr()` (src/server/ns_turn_server.c) and
 * `ioa_addr_in_range()` / `addr_less_eq()` (src/client/ns_turn_ioaddr.c):
 *
 * - built-in denials come first and `allowed-peer-ip` cannot override them: loopback (unless
 *   `allow-loopback-peers`), 0.0.0.0/8 and `::` (since 4.5.2, CVE-2020-26262), multicast with
 *   `no-multicast-peers`, and since 4.13.1 169.254/16, fe80::/10, fc00::/7, fec0::/10 (#1947);
 * - then an `allowed-peer-ip` match allows, then a `denied-peer-ip` match denies;
 * - an ACL entry is `IP` or `IP-IP` (userdb.c `add_ip_list_range()`); a bound equal to the any
 *   address (`0.0.0.0`, `::`) matches everything on that side, so `::0` denies every peer;
 * - before 4.16.0 IPv6 bounds were compared byte by byte, so a range not aligned on a prefix
 *   covers only the per-byte "box" inside it (fixed by the 4.16.0 advisory commit 6c13608c);
 * - IPv4 ranges apply to IPv4-mapped peers since 4.9.0 (commit b80eb898) and to every IPv4-in-IPv6
 *   encoding (mapped, compatible, NAT64 64:ff9b::/96, 6to4 2002::/16) since 4.13.1 (#1945); the
 *   loopback guard recognises ::ffff:127.0.0.1 only since 4.13.0 (commit b057acbe).
 */
import {
  MAX_V4,
  MAX_V6,
  intersect,
  normalize,
  parseAddress,
  parseCidr,
  subtract,
  type Address,
  type Family,
  type Interval,
} from '@/lib/ip';
import type { ConfigView } from './model';
import type { ConfigEntry } from './parser';
import { SPECIAL_RANGES, type SpecialRange } from './special-ranges';
import { since, type Coverage, type VersionChoice } from './versions';

export type AclProblem = 'cidr' | 'malformed';

export interface AclEntry {
  readonly entry: ConfigEntry;
  readonly list: 'denied' | 'allowed';
  readonly problem?: AclProblem;
  /** Covers every peer of both families (`::0`, `0.0.0.0`, `::-::`…). */
  readonly matchesAll: boolean;
  /** The IPv6 bounds are not prefix-aligned (under-blocks before 4.16.0). */
  readonly unalignedIpv6: boolean;
  /** What the entry really matches on this version. */
  readonly coverage: readonly Interval[];
  /** Coverage is a lower bound (a pre-4.16 box with too many pieces to list). */
  readonly approximate: boolean;
  /** What the entry was meant to match (the written span). */
  readonly written: readonly Interval[];
}

const BOX_LIMIT = 4096;

function bytesOf(value: bigint): number[] {
  const out: number[] = [];
  for (let i = 15; i >= 0; i--) out.push(Number((value >> BigInt(i * 8)) & 0xffn));
  return out;
}

function fromBytes(bytes: readonly number[]): bigint {
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return v;
}

/** The per-byte box between two IPv6 addresses, as intervals (pre-4.16 `addr_less_eq`). */
export function ipv6Box(lo: bigint, hi: bigint): { intervals: Interval[]; approximate: boolean } {
  const a = bytesOf(lo);
  const b = bytesOf(hi);
  for (let i = 0; i < 16; i++) if ((a[i] ?? 0) > (b[i] ?? 0)) return { intervals: [], approximate: false };
  let t = 16;
  while (t > 0 && a[t - 1] === 0 && b[t - 1] === 255) t--;
  if (t === 0) return { intervals: [{ family: 6, from: 0n, to: MAX_V6 }], approximate: false };
  const last = t - 1;
  const intervals: Interval[] = [];
  let approximate = false;
  const prefix: number[] = [];
  const walk = (i: number): void => {
    if (intervals.length >= BOX_LIMIT) {
      approximate = true;
      return;
    }
    if (i === last) {
      const head = [...prefix, a[last] ?? 0, ...new Array<number>(16 - t).fill(0)];
      const top = [...prefix, b[last] ?? 0, ...new Array<number>(16 - t).fill(255)];
      intervals.push({ family: 6, from: fromBytes(head), to: fromBytes(top) });
      return;
    }
    for (let v = a[i] ?? 0; v <= (b[i] ?? 0); v++) {
      prefix.push(v);
      walk(i + 1);
      prefix.pop();
      if (approximate) return;
    }
  };
  walk(0);
  return { intervals, approximate };
}

function isAny(a: Address): boolean {
  return a.value === 0n;
}

/**
 * What `ioa_addr_in_range()` matches for one family of peer, given the range bounds.
 * Returns intervals of that family.
 */
function coverageFor(family: Family, min: Address, max: Address, version: VersionChoice): {
  intervals: Interval[];
  approximate: boolean;
} {
  const top = family === 4 ? MAX_V4 : MAX_V6;
  // Lower bound: addr_any(min) || addr_less_eq(min, addr).
  let lo: bigint | 'none';
  if (isAny(min)) lo = 0n;
  else if (min.family === family) lo = min.value;
  else lo = min.family < family ? 0n : 'none';
  // Upper bound: addr_any(max) || addr_less_eq(addr, max). AF_INET (2) < AF_INET6 (10).
  let hi: bigint | 'none';
  if (isAny(max)) hi = top;
  else if (max.family === family) hi = max.value;
  else hi = family < max.family ? top : 'none';
  if (lo === 'none' || hi === 'none' || lo > hi) return { intervals: [], approximate: false };
  if (family === 6 && since(version, '4.16.0') !== 'all') return ipv6Box(lo, hi);
  return { intervals: [{ family, from: lo, to: hi }], approximate: false };
}

/** Whether the pre-4.16 byte-wise comparison covers exactly [from, to]. */
function boxIsExact(from: bigint, to: bigint): boolean {
  const box = ipv6Box(from, to);
  const only = box.intervals[0];
  return box.intervals.length === 1 && only !== undefined && only.from === from && only.to === to;
}

/** Parses one `denied-peer-ip` / `allowed-peer-ip` value as coturn does, and what it covers. */
export function parseAclEntry(entry: ConfigEntry, list: 'denied' | 'allowed', version: VersionChoice): AclEntry {
  const value = entry.value ?? '';
  const dash = value.indexOf('-');
  const first = dash < 0 ? value : value.slice(0, dash);
  const second = dash < 0 ? null : value.slice(dash + 1);
  // make_ioa_addr() takes the text as it is: no trimming around the dash.
  const min = /\s/.test(first) ? null : parseAddress(first);
  const max = second === null ? min : /\s/.test(second) ? null : parseAddress(second);
  const base = { entry, list };
  if (min === null || max === null) {
    const problem: AclProblem = parseCidr(value.trim()) !== null ? 'cidr' : 'malformed';
    return { ...base, problem, matchesAll: false, unalignedIpv6: false, coverage: [], approximate: false, written: writtenOf(value) };
  }
  const matchesAll = isAny(min) && isAny(max);
  const v4 = coverageFor(4, min, max, version);
  const v6 = coverageFor(6, min, max, version);
  const unalignedIpv6 = min.family === 6 && max.family === 6 && min.value <= max.value && !boxIsExact(min.value, max.value);
  return {
    ...base,
    matchesAll,
    unalignedIpv6,
    coverage: [...v4.intervals, ...v6.intervals],
    approximate: v4.approximate || v6.approximate,
    written:
      min.family === max.family && min.value <= max.value
        ? [{ family: min.family, from: min.value, to: max.value }]
        : [...v4.intervals, ...v6.intervals],
  };
}

function writtenOf(value: string): Interval[] {
  const cidr = parseCidr(value.trim());
  return cidr === null ? [] : [cidr];
}

export interface OpenRange {
  readonly range: SpecialRange;
  /** The parts still open, as coturn ACL text (`first-last`). */
  readonly open: readonly Interval[];
  /** Open only through an IPv4-in-IPv6 encoding that this version does not check against IPv4 rules. */
  readonly via?: string;
}

export interface Reopened {
  readonly entry: AclEntry;
  readonly range: SpecialRange;
  readonly parts: readonly Interval[];
  /** The entry has no effect here: a built-in denial is checked before `allowed-peer-ip`. */
  readonly ineffective: boolean;
}

export interface EffectiveAcl {
  readonly entries: readonly AclEntry[];
  readonly denyAll: boolean;
  /** Special-purpose ranges a client can relay to (explicit allows not counted: see `reopened`). */
  readonly open: readonly OpenRange[];
  readonly reopened: readonly Reopened[];
  readonly approximate: boolean;
}

interface Builtins {
  readonly native: Interval[];
  /** Built-ins that also catch IPv4-in-IPv6 encodings of these IPv4 ranges on this version. */
  readonly embeddedV4: Interval[];
}

function cidr(text: string): Interval {
  const iv = parseCidr(text);
  if (iv === null) throw new Error(text);
  return iv;
}

function worst(c: Coverage): boolean {
  // For a choice that straddles a fix, assume the older behaviour (the weaker guarantee).
  return c === 'all';
}

function builtins(view: ConfigView, version: VersionChoice): Builtins {
  const native: Interval[] = [];
  const embeddedV4: Interval[] = [];
  const loopback = view.flag('allow-loopback-peers') !== true;
  const multicast = view.flag('no-multicast-peers') === true;
  // 4.5.2 is the newest 4.5 release; CVE-2020-26262 in 4.5.0/4.5.1 is reported by version-advisories,
  // since no ACL entry can deny `::` alone (an any-address bound matches every peer).
  const zero = since(version, '4.5.2') !== 'none';
  const internal = worst(since(version, '4.13.1'));
  const canonical = worst(since(version, '4.13.1'));
  const mappedBasic = worst(since(version, '4.9.0'));
  const mappedLoopback = worst(since(version, '4.13.0'));
  if (loopback) native.push(cidr('127.0.0.0/8'), cidr('::1/128'));
  if (zero) native.push(cidr('0.0.0.0/8'), cidr('::/128'));
  if (multicast) native.push(cidr('224.0.0.0/4'), cidr('ff00::/8'));
  if (internal) native.push(cidr('169.254.0.0/16'), cidr('fe80::/10'), cidr('fc00::/7'), cidr('fec0::/10'));
  if (canonical) {
    embeddedV4.push(...native.filter((i) => i.family === 4));
  } else if (mappedBasic) {
    if (zero) embeddedV4.push(cidr('0.0.0.0/8'));
    if (multicast) embeddedV4.push(cidr('224.0.0.0/4'));
    if (loopback && mappedLoopback) embeddedV4.push(cidr('127.0.0.0/8'));
  }
  return { native, embeddedV4 };
}

interface Embedding {
  readonly cidr: string;
  readonly name: string;
  /** Maps an IPv4 interval to the IPv6 addresses that embed it. */
  embed(iv: Interval): Interval;
}

const EMBEDDINGS: readonly Embedding[] = [
  { cidr: '::ffff:0:0/96', name: 'IPv4-mapped', embed: (iv) => ({ family: 6, from: (0xffffn << 32n) | iv.from, to: (0xffffn << 32n) | iv.to }) },
  { cidr: '::/96', name: 'IPv4-compatible', embed: (iv) => ({ family: 6, from: iv.from, to: iv.to }) },
  {
    cidr: '64:ff9b::/96',
    name: 'NAT64',
    embed: (iv) => ({ family: 6, from: (0x64ff9bn << 96n) | iv.from, to: (0x64ff9bn << 96n) | iv.to }),
  },
  {
    cidr: '2002::/16',
    name: '6to4',
    embed: (iv) => ({
      family: 6,
      from: (0x2002n << 112n) | (iv.from << 80n),
      to: (0x2002n << 112n) | (iv.to << 80n) | ((1n << 80n) - 1n),
    }),
  },
];

/** Which embeddings get IPv4 `denied-peer-ip` ranges applied on this version. */
function inheritingEmbeddings(version: VersionChoice): Set<string> {
  if (worst(since(version, '4.13.1'))) return new Set(EMBEDDINGS.map((e) => e.cidr));
  if (worst(since(version, '4.9.0'))) return new Set(['::ffff:0:0/96']);
  return new Set();
}

function minus(list: readonly Interval[], remove: readonly Interval[]): Interval[] {
  return normalize(list.flatMap((iv) => subtract(iv, remove)));
}

export function effectiveAcl(view: ConfigView, version: VersionChoice): EffectiveAcl {
  const entries = [
    ...view.all('denied-peer-ip').map((e) => parseAclEntry(e, 'denied', version)),
    ...view.all('allowed-peer-ip').map((e) => parseAclEntry(e, 'allowed', version)),
  ];
  // Before 4.11.0 a malformed entry was dropped (with an error log line); since then coturn exits.
  const usable = entries.filter((e) => e.problem === undefined);
  const deny = normalize(usable.filter((e) => e.list === 'denied').flatMap((e) => e.coverage));
  const b = builtins(view, version);
  const inherit = inheritingEmbeddings(version);
  const denyAll = usable.some((e) => e.list === 'denied' && e.matchesAll);

  const open: OpenRange[] = [];
  const reopened: Reopened[] = [];
  const ipv4Specials = SPECIAL_RANGES.filter((r) => r.interval.family === 4);
  for (const range of SPECIAL_RANGES) {
    if (inherit.has(range.cidr)) continue;
    const left = minus([range.interval], [...b.native, ...deny]);
    if (left.length > 0) open.push({ range, open: left });
  }
  // Embedded IPv4 forms that inherit IPv4 checks: open where the IPv4 target is open for them.
  for (const emb of EMBEDDINGS) {
    if (!inherit.has(emb.cidr)) continue;
    const range = SPECIAL_RANGES.find((r) => r.cidr === emb.cidr);
    if (range === undefined) continue;
    const v4Denied = normalize([...b.embeddedV4, ...deny.filter((i) => i.family === 4)]);
    const reach = ipv4Specials.flatMap((r) => minus([r.interval], v4Denied));
    const asV6 = reach.map((iv) => emb.embed(iv));
    const left = minus(asV6, [...b.native.filter((i) => i.family === 6), ...deny.filter((i) => i.family === 6)]);
    // What is open for the plain IPv4 range is reported there; report only what the encoding adds.
    const plainOpen = ipv4Specials.flatMap((r) => minus([r.interval], [...b.native, ...deny])).map((iv) => emb.embed(iv));
    const extra = minus(left, plainOpen);
    if (extra.length > 0) open.push({ range, open: extra, via: emb.name });
  }
  for (const e of usable.filter((x) => x.list === 'allowed')) {
    for (const range of SPECIAL_RANGES) {
      const parts = e.coverage.map((iv) => intersect(iv, range.interval)).filter((x): x is Interval => x !== null);
      const deniedParts = normalize(parts).flatMap((p) => deny.map((d) => intersect(p, d)).filter((x): x is Interval => x !== null));
      if (deniedParts.length === 0 && parts.length === 0) continue;
      const builtinHit = normalize(parts).flatMap((p) => b.native.map((d) => intersect(p, d)).filter((x): x is Interval => x !== null));
      const effective = minus(deniedParts, b.native);
      if (effective.length > 0) reopened.push({ entry: e, range, parts: effective, ineffective: false });
      else if (builtinHit.length > 0) reopened.push({ entry: e, range, parts: normalize(builtinHit), ineffective: true });
    }
  }
  return { entries, denyAll, open, reopened, approximate: usable.some((e) => e.approximate) };
}
