/**
 * IP address text ⇄ bytes, and the XOR-*-ADDRESS transform (RFC 8489 §14.2: the port is XORed with
 * the top 16 bits of the magic cookie, an IPv4 address with the cookie, an IPv6 address with the
 * cookie followed by the transaction id).
 */

import { isIpv6 } from '@/features/turn-tester/uri';

export type AddressFamily = 'ipv4' | 'ipv6';

export interface TransportAddress {
  readonly family: AddressFamily;
  /** Canonical text: dotted IPv4, or RFC 5952 compressed lower-case IPv6. */
  readonly address: string;
  readonly port: number;
}

export const MAGIC_COOKIE = 0x2112a442;
const COOKIE_BYTES = new Uint8Array([0x21, 0x12, 0xa4, 0x42]);
/** Family codes of the address attributes (RFC 8489 §14.1). */
export const FAMILY_CODE: Readonly<Record<AddressFamily, number>> = { ipv4: 0x01, ipv6: 0x02 };

function ipv4Bytes(text: string): Uint8Array | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^(0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255)) return null;
  return new Uint8Array(parts.map(Number));
}

function ipv6Bytes(text: string): Uint8Array | null {
  if (!isIpv6(text)) return null;
  let head = text.toLowerCase();
  const tail: number[] = [];
  const lastColon = head.lastIndexOf(':');
  if (head.slice(lastColon + 1).includes('.')) {
    const v4 = ipv4Bytes(head.slice(lastColon + 1));
    if (v4 === null) return null;
    tail.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
    head = head.slice(0, lastColon + 1);
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const groups = (s: string): number[] => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const [left = '', right] = head.split('::');
  const l = groups(left);
  const r = right === undefined ? [] : groups(right);
  const fill = 8 - tail.length - l.length - r.length;
  const all = [...l, ...Array<number>(right === undefined ? 0 : fill).fill(0), ...r, ...tail];
  if (all.length !== 8) return null;
  const out = new Uint8Array(16);
  all.forEach((g, i) => {
    out[i * 2] = g >> 8;
    out[i * 2 + 1] = g & 0xff;
  });
  return out;
}

/** The bytes of an IPv4 or IPv6 address, or null when the text is neither. */
export function addressBytes(text: string): { family: AddressFamily; bytes: Uint8Array } | null {
  const v4 = ipv4Bytes(text);
  if (v4 !== null) return { family: 'ipv4', bytes: v4 };
  const v6 = ipv6Bytes(text);
  return v6 === null ? null : { family: 'ipv6', bytes: v6 };
}

/** RFC 5952 text of 4 or 16 address bytes (longest run of two or more zero groups compressed). */
export function addressText(bytes: Uint8Array): string {
  if (bytes.length === 4) return Array.from(bytes).join('.');
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  let best = { at: -1, len: 0 };
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.len && j - i >= 2) best = { at: i, len: j - i };
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.at === -1) return hex.join(':');
  return `${hex.slice(0, best.at).join(':')}::${hex.slice(best.at + best.len).join(':')}`;
}

function xorMask(family: AddressFamily, transactionId: Uint8Array): Uint8Array {
  if (family === 'ipv4') return COOKIE_BYTES;
  const mask = new Uint8Array(16);
  mask.set(COOKIE_BYTES, 0);
  mask.set(transactionId, 4);
  return mask;
}

/** The value of an XOR-MAPPED/XOR-PEER/XOR-RELAYED-ADDRESS attribute. Null for an invalid address. */
export function encodeXorAddress(addr: { address: string; port: number }, transactionId: Uint8Array): Uint8Array | null {
  const parsed = addressBytes(addr.address);
  if (parsed === null || !Number.isInteger(addr.port) || addr.port < 0 || addr.port > 65535) return null;
  const mask = xorMask(parsed.family, transactionId);
  const out = new Uint8Array(4 + parsed.bytes.length);
  out[1] = FAMILY_CODE[parsed.family];
  const port = addr.port ^ (MAGIC_COOKIE >>> 16);
  out[2] = port >> 8;
  out[3] = port & 0xff;
  parsed.bytes.forEach((b, i) => (out[4 + i] = b ^ (mask[i] ?? 0)));
  return out;
}

/** Reads an XOR-*-ADDRESS value; null when the family or length is wrong. */
export function decodeXorAddress(value: Uint8Array, transactionId: Uint8Array): TransportAddress | null {
  const family = value[1] === 0x01 ? 'ipv4' : value[1] === 0x02 ? 'ipv6' : null;
  if (family === null || value.length !== (family === 'ipv4' ? 8 : 20)) return null;
  const mask = xorMask(family, transactionId);
  const bytes = value.slice(4).map((b, i) => b ^ (mask[i] ?? 0));
  const port = (((value[2] ?? 0) << 8) | (value[3] ?? 0)) ^ (MAGIC_COOKIE >>> 16);
  return { family, address: addressText(bytes), port };
}
