/**
 * Address blocks a TURN server must not relay to (ASVS 5.0 17.1.1): the IANA IPv4 and IPv6
 * Special-Purpose Address Registries (RFC 6890), plus multicast (224.0.0.0/4, ff00::/8), the
 * deprecated site-local fec0::/10 and IPv4-compatible ::/96 that coturn itself treats specially.
 *
 * `internal`: reaching it means relaying into a private network, the host itself or the cloud
 * metadata service (critical); the rest are reserved or documentation blocks (medium).
 */
import { parseCidr, type Interval } from '@/lib/ip';

export interface SpecialRange {
  readonly cidr: string;
  readonly name: string;
  readonly internal: boolean;
  readonly interval: Interval;
}

const ROWS: readonly (readonly [cidr: string, name: string, internal: boolean])[] = [
  ['0.0.0.0/8', '"this network"', true],
  ['10.0.0.0/8', 'private-use (RFC 1918)', true],
  ['100.64.0.0/10', 'shared address space / carrier-grade NAT', true],
  ['127.0.0.0/8', 'loopback', true],
  ['169.254.0.0/16', 'link-local, incl. the 169.254.169.254 cloud metadata service', true],
  ['172.16.0.0/12', 'private-use (RFC 1918)', true],
  ['192.0.0.0/24', 'IETF protocol assignments', false],
  ['192.0.2.0/24', 'documentation (TEST-NET-1)', false],
  ['192.31.196.0/24', 'AS112-v4', false],
  ['192.52.193.0/24', 'AMT', false],
  ['192.88.99.0/24', 'deprecated 6to4 relay anycast', false],
  ['192.168.0.0/16', 'private-use (RFC 1918)', true],
  ['192.175.48.0/24', 'direct delegation AS112 service', false],
  ['198.18.0.0/15', 'benchmarking', true],
  ['198.51.100.0/24', 'documentation (TEST-NET-2)', false],
  ['203.0.113.0/24', 'documentation (TEST-NET-3)', false],
  ['224.0.0.0/4', 'multicast', false],
  ['240.0.0.0/4', 'reserved, incl. 255.255.255.255 limited broadcast', false],
  ['::/128', 'unspecified address', true],
  ['::1/128', 'loopback', true],
  ['::/96', 'IPv4-compatible (deprecated): embeds an IPv4 address', true],
  ['::ffff:0:0/96', 'IPv4-mapped: embeds an IPv4 address', true],
  ['64:ff9b::/96', 'NAT64 well-known prefix: embeds an IPv4 address', true],
  ['64:ff9b:1::/48', 'local-use IPv4/IPv6 translation', true],
  ['100::/64', 'discard-only', false],
  ['100:0:0:1::/64', 'dummy IPv6 prefix', false],
  ['2001::/23', 'IETF protocol assignments (Teredo, benchmarking, ORCHID…)', false],
  ['2001:db8::/32', 'documentation', false],
  ['2002::/16', '6to4: embeds an IPv4 address', true],
  ['2620:4f:8000::/48', 'direct delegation AS112 service', false],
  ['3fff::/20', 'documentation', false],
  ['5f00::/16', 'segment routing (SRv6) SIDs', false],
  ['fc00::/7', 'unique local addresses (ULA)', true],
  ['fe80::/10', 'link-local', true],
  ['fec0::/10', 'site-local (deprecated)', true],
  ['ff00::/8', 'multicast', false],
];

export const SPECIAL_RANGES: readonly SpecialRange[] = ROWS.map(([cidr, name, internal]) => {
  const interval = parseCidr(cidr);
  if (interval === null) throw new Error(`bad built-in range ${cidr}`);
  return { cidr, name, internal, interval };
});
