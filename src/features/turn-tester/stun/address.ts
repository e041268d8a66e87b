/**
 * IP address text ⇄ bytes, and the XOR-*-ADDRESS transform (RFC 8489 §14.2: the port is XORed with
 * the top 16 bits of the magic cookie, an IPv4 address with the cookie, an IPv6 address with the
 * cookie followed by the transaction id).
 */

import { formatIpv6, parseAddress } from '@/lib/ip';

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

/** The bytes of an IPv4 or IPv6 address (RFC 4291 text forms), or null when the text is neither. */
export function addressBytes(text: string): { family: AddressFamily; bytes: Uint8Array } | null {
  const parsed = parseAddress(text);
  if (parsed === null || text.trim() !== text || text.startsWith('[')) return null;
  const size = parsed.family === 4 ? 4 : 16;
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = Number((parsed.value >> BigInt((size - 1 - i) * 8)) & 0xffn);
  return { family: parsed.family === 4 ? 'ipv4' : 'ipv6', bytes };
}

/** Dotted IPv4, or RFC 5952 IPv6 text, of 4 or 16 address bytes. */
export function addressText(bytes: Uint8Array): string {
  if (bytes.length === 4) return Array.from(bytes).join('.');
  return formatIpv6(bytes.reduce((v, b) => (v << 8n) | BigInt(b), 0n));
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
