/**
 * Writes special-purpose ranges as `denied-peer-ip` lines every coturn version reads correctly:
 * `IP-IP` (never CIDR: dropped before 4.11.0, startup abort since), never a bound equal to `::`
 * (an any-address bound matches every peer), and IPv6 ranges that the pre-4.16 byte-wise comparison
 * covers exactly (one varying byte followed by a full tail).
 */
import { formatRange } from '@/lib/ip';
import type { SpecialRange } from './special-ranges';

/** `::/96` without `::` itself: four ranges, each exact under the byte-wise comparison. */
const IPV4_COMPATIBLE = ['::0.0.0.2-::0.0.0.255', '::0.0.1.0-::0.0.255.255', '::0.1.0.0-::0.255.255.255', '::1.0.0.0-::255.255.255.255'];

export function aclValues(range: SpecialRange): string[] {
  if (range.cidr === '::/128') return []; // denied built in since 4.5.2; `denied-peer-ip=::` would deny every peer
  if (range.cidr === '::/96') return IPV4_COMPATIBLE;
  return [formatRange(range.interval)];
}

export function denyLines(ranges: readonly SpecialRange[]): string[] {
  return ranges.flatMap((r) => aclValues(r).map((v) => `denied-peer-ip=${v}`));
}
