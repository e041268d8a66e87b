/** Values of the STUN/TURN attributes the probe sends and reads (RFC 8489 §14, RFC 8656 §18). */

import type { AddressFamily } from './address';
import { FAMILY_CODE } from './address';
import type { StunCrypto } from './message';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });

export const utf8 = (text: string): Uint8Array => encoder.encode(text);
export const readText = (value: Uint8Array | undefined): string | undefined =>
  value === undefined ? undefined : decoder.decode(value);

function uint32(n: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n >>> 0);
  return out;
}

/** LIFETIME (RFC 8656 §18.2), seconds. */
export const lifetime = (seconds: number): Uint8Array => uint32(seconds);

/** REQUESTED-TRANSPORT (RFC 8656 §18.7): the IANA protocol number, 17 UDP or 6 TCP (RFC 6062). */
export const requestedTransport = (protocol: 'udp' | 'tcp'): Uint8Array =>
  new Uint8Array([protocol === 'udp' ? 17 : 6, 0, 0, 0]);

/** REQUESTED-ADDRESS-FAMILY (RFC 8656 §18.8). */
export const requestedAddressFamily = (family: AddressFamily): Uint8Array =>
  new Uint8Array([FAMILY_CODE[family], 0, 0, 0]);

export interface ErrorCode {
  readonly code: number;
  readonly reason: string;
}

/** ERROR-CODE (RFC 8489 §14.8): class (hundreds) and number in the 4th bytes, then the reason phrase. */
export function encodeErrorCode(error: ErrorCode): Uint8Array {
  const reason = utf8(error.reason);
  const out = new Uint8Array(4 + reason.length);
  out[2] = Math.floor(error.code / 100) & 0x07;
  out[3] = error.code % 100;
  out.set(reason, 4);
  return out;
}

export function decodeErrorCode(value: Uint8Array | undefined): ErrorCode | undefined {
  if (value === undefined || value.length < 4) return undefined;
  const code = ((value[2] ?? 0) & 0x07) * 100 + (value[3] ?? 0);
  return { code, reason: decoder.decode(value.slice(4)) };
}

/** Code point ranges SASLprep (RFC 4013 §2.2, RFC 3454 table B.1) maps to nothing. */
const MAPPED_TO_NOTHING: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x1806, 0x1806],
  [0x180b, 0x180d],
  [0x200b, 0x200d],
  [0x2060, 0x2060],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
];
/** Non-ASCII spaces (RFC 3454 table C.1.2), mapped to U+0020. */
const NON_ASCII_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/** SASLprep's mapping and NFKC normalization (RFC 4013 §2.1–2.2), as RFC 8489 §9.2.2 asks for passwords. */
export function saslPrep(text: string): string {
  const kept = Array.from(text)
    .filter((ch) => {
      const cp = ch.codePointAt(0) ?? 0;
      return !MAPPED_TO_NOTHING.some(([lo, hi]) => cp >= lo && cp <= hi);
    })
    .join('');
  return kept.replace(NON_ASCII_SPACE, ' ').normalize('NFKC');
}

/** The long-term credential key, MD5(username ":" realm ":" SASLprep(password)) (RFC 8489 §9.2.2). */
export function longTermKey(username: string, realm: string, password: string, crypto: StunCrypto): Uint8Array {
  return crypto.md5(utf8(`${username}:${realm}:${saslPrep(password)}`));
}
