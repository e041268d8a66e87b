/**
 * The peer addresses the command-line probe asks a TURN server for permissions to: one address from
 * each IANA special-purpose range (RFC 6890 registries) a relay must refuse, plus every IPv4-in-IPv6
 * spelling of loopback and of the cloud metadata address, which coturn closed only in steps
 * (IPv4-mapped in 4.9.0, more spellings in 4.13.0/4.13.1 — see the checklist item
 * turn-close-ipv4-mapped-bypass). Permissions only: the probe never sends data to these addresses.
 */

import type { AddressFamily } from '@/features/turn-tester/stun/address';

export interface PeerTarget {
  readonly address: string;
  readonly family: AddressFamily;
  /** The range it stands for, as a report names it. */
  readonly range: string;
  /** Loopback, "this host" or cloud metadata: a relay into the server itself or its credentials. */
  readonly critical: boolean;
}

const v4 = (address: string, range: string, critical = false): PeerTarget => ({ address, family: 'ipv4', range, critical });
const v6 = (address: string, range: string, critical = false): PeerTarget => ({ address, family: 'ipv6', range, critical });

export const SPECIAL_PURPOSE_PEERS: readonly PeerTarget[] = [
  v4('127.0.0.1', 'loopback 127.0.0.0/8', true),
  v4('0.0.0.0', '"this host" 0.0.0.0/8 (CVE-2020-26262)', true),
  v4('10.0.0.1', 'private 10.0.0.0/8 (RFC 1918)'),
  v4('172.16.0.1', 'private 172.16.0.0/12 (RFC 1918)'),
  v4('192.168.0.1', 'private 192.168.0.0/16 (RFC 1918)'),
  v4('100.64.0.1', 'shared address space 100.64.0.0/10 (CGNAT, RFC 6598)'),
  v4('169.254.169.254', 'link-local 169.254.0.0/16, cloud metadata 169.254.169.254', true),
  v4('224.0.0.1', 'multicast 224.0.0.0/4'),
  v4('240.0.0.1', 'reserved 240.0.0.0/4'),
  v6('::1', 'IPv6 loopback ::1', true),
  v6('::', 'IPv6 unspecified ::', true),
  v6('fd00::1', 'unique local fc00::/7'),
  v6('fd00:ec2::254', 'unique local fc00::/7, AWS metadata fd00:ec2::254', true),
  v6('fe80::1', 'IPv6 link-local fe80::/10'),
  v6('ff02::1', 'IPv6 multicast ff00::/8'),
  v6('::ffff:127.0.0.1', 'IPv4-mapped loopback ::ffff:127.0.0.1', true),
  v6('::ffff:169.254.169.254', 'IPv4-mapped metadata ::ffff:169.254.169.254', true),
  v6('::127.0.0.1', 'IPv4-compatible loopback ::127.0.0.1', true),
  v6('::169.254.169.254', 'IPv4-compatible metadata ::169.254.169.254', true),
  v6('64:ff9b::7f00:1', 'NAT64 loopback 64:ff9b::7f00:1', true),
  v6('64:ff9b::a9fe:a9fe', 'NAT64 metadata 64:ff9b::a9fe:a9fe', true),
  v6('2002:7f00:1::', '6to4 loopback 2002:7f00:1::', true),
  v6('2002:a9fe:a9fe::', '6to4 metadata 2002:a9fe:a9fe::', true),
];

/** TCP peers for RFC 6062 Connect on a TCP allocation: the server itself and the metadata service. */
export const CONNECT_PEERS: readonly { readonly target: PeerTarget; readonly port: number }[] = [
  { target: v4('127.0.0.1', 'loopback 127.0.0.0/8 (TCP Connect)', true), port: 80 },
  { target: v4('169.254.169.254', 'cloud metadata 169.254.169.254 (TCP Connect)', true), port: 80 },
];

/** Ordinary public addresses (Cloudflare's resolver) a relay must still reach; permission only. */
export const PUBLIC_PEERS: Readonly<Record<AddressFamily, string>> = { ipv4: '1.1.1.1', ipv6: '2606:4700:4700::1111' };
