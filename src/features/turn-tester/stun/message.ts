/**
 * STUN messages (RFC 8489 §5, §14) with the TURN methods and attributes of RFC 8656 and RFC 6062.
 * Pure TypeScript over Uint8Array, safe in Node and browsers; the hash functions are injected
 * (`StunCrypto`) because WebCrypto has no MD5 and is asynchronous.
 */

import { MAGIC_COOKIE } from './address';
import { crc32 } from './crc32';

export const METHOD = {
  binding: 0x001,
  allocate: 0x003,
  refresh: 0x004,
  createPermission: 0x008,
  channelBind: 0x009,
  /** RFC 6062 §6.1 */
  connect: 0x00a,
  connectionBind: 0x00b,
  connectionAttempt: 0x00c,
} as const;

export const ATTR = {
  USERNAME: 0x0006,
  MESSAGE_INTEGRITY: 0x0008,
  ERROR_CODE: 0x0009,
  UNKNOWN_ATTRIBUTES: 0x000a,
  LIFETIME: 0x000d,
  XOR_PEER_ADDRESS: 0x0012,
  DATA: 0x0013,
  REALM: 0x0014,
  NONCE: 0x0015,
  XOR_RELAYED_ADDRESS: 0x0016,
  REQUESTED_ADDRESS_FAMILY: 0x0017,
  REQUESTED_TRANSPORT: 0x0019,
  XOR_MAPPED_ADDRESS: 0x0020,
  CONNECTION_ID: 0x002a,
  SOFTWARE: 0x8022,
  FINGERPRINT: 0x8028,
} as const;

export type StunClass = 'request' | 'indication' | 'success' | 'error';
const CLASS_BITS: Readonly<Record<StunClass, number>> = { request: 0b00, indication: 0b01, success: 0b10, error: 0b11 };
const CLASSES: readonly StunClass[] = ['request', 'indication', 'success', 'error'];

const HEADER_BYTES = 20;
const FINGERPRINT_XOR = 0x5354554e;

export interface StunAttribute {
  readonly type: number;
  readonly value: Uint8Array;
}

export interface StunMessage {
  readonly method: number;
  readonly cls: StunClass;
  /** 12 bytes. */
  readonly transactionId: Uint8Array;
  readonly attributes: readonly StunAttribute[];
}

/** A decoded message with the bytes it came from, for integrity and fingerprint checks. */
export interface DecodedMessage extends StunMessage {
  readonly raw: Uint8Array;
  /** Byte offset of each attribute's header in `raw`, parallel to `attributes`. */
  readonly offsets: readonly number[];
}

export interface StunCrypto {
  hmacSha1(key: Uint8Array, data: Uint8Array): Uint8Array;
  md5(data: Uint8Array): Uint8Array;
}

/** RFC 8489 §5: the class bits C1 C0 sit between the method bits M11…M0. */
export function messageType(method: number, cls: StunClass): number {
  const c = CLASS_BITS[cls];
  return (method & 0x000f) | ((method & 0x0070) << 1) | ((method & 0x0f80) << 2) | ((c & 1) << 4) | ((c & 2) << 7);
}

function splitType(type: number): { method: number; cls: StunClass } {
  const method = (type & 0x000f) | ((type & 0x00e0) >> 1) | ((type & 0x3e00) >> 2);
  const c = ((type >> 4) & 1) | ((type >> 7) & 2);
  return { method, cls: CLASSES[c] ?? 'request' };
}

const pad4 = (n: number): number => (n + 3) & ~3;

function header(type: number, length: number, transactionId: Uint8Array): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES);
  const view = new DataView(out.buffer);
  view.setUint16(0, type);
  view.setUint16(2, length);
  view.setUint32(4, MAGIC_COOKIE);
  out.set(transactionId, 8);
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function attributeBytes(attr: StunAttribute): Uint8Array {
  const out = new Uint8Array(4 + pad4(attr.value.length));
  const view = new DataView(out.buffer);
  view.setUint16(0, attr.type);
  view.setUint16(2, attr.value.length);
  out.set(attr.value, 4);
  return out;
}

export interface EncodeOptions {
  /** Adds MESSAGE-INTEGRITY (HMAC-SHA1) with this key (RFC 8489 §14.5). */
  readonly integrityKey?: Uint8Array;
  /** Adds FINGERPRINT (RFC 8489 §14.7). */
  readonly fingerprint?: boolean;
  readonly crypto?: StunCrypto;
}

/**
 * Encodes a message: attributes in order, padded with zeros, then MESSAGE-INTEGRITY and FINGERPRINT
 * when asked, each computed with the length field counting up to and including itself.
 */
export function encodeMessage(message: StunMessage, options: EncodeOptions = {}): Uint8Array {
  const type = messageType(message.method, message.cls);
  let body = concat(message.attributes.map(attributeBytes));
  if (options.integrityKey !== undefined) {
    if (options.crypto === undefined) throw new Error('encodeMessage: MESSAGE-INTEGRITY needs a StunCrypto');
    const signed = concat([header(type, body.length + 24, message.transactionId), body]);
    const mac = options.crypto.hmacSha1(options.integrityKey, signed);
    body = concat([body, attributeBytes({ type: ATTR.MESSAGE_INTEGRITY, value: mac })]);
  }
  if (options.fingerprint === true) {
    const covered = concat([header(type, body.length + 8, message.transactionId), body]);
    const crc = new Uint8Array(4);
    new DataView(crc.buffer).setUint32(0, (crc32(covered) ^ FINGERPRINT_XOR) >>> 0);
    body = concat([body, attributeBytes({ type: ATTR.FINGERPRINT, value: crc })]);
  }
  return concat([header(type, body.length, message.transactionId), body]);
}

export type DecodeResult = { ok: true; message: DecodedMessage } | { ok: false; error: string };

/**
 * Decodes one STUN message (RFC 8489 §5, §6.3): the top two bits zero, the magic cookie, a length
 * that is a multiple of 4 and matches the bytes, attributes that fit. The error names what is wrong.
 */
export function decodeMessage(raw: Uint8Array): DecodeResult {
  if (raw.length < HEADER_BYTES) return { ok: false, error: `too short for a STUN header (${raw.length} bytes)` };
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const type = view.getUint16(0);
  if ((type & 0xc000) !== 0) return { ok: false, error: 'not a STUN message (the first two bits are not zero)' };
  if (view.getUint32(4) !== MAGIC_COOKIE) return { ok: false, error: 'not a STUN message (wrong magic cookie)' };
  const length = view.getUint16(2);
  if (length % 4 !== 0) return { ok: false, error: `message length ${length} is not a multiple of 4` };
  if (HEADER_BYTES + length !== raw.length) {
    return { ok: false, error: `message length ${length} does not match the ${raw.length - HEADER_BYTES} bytes after the header` };
  }
  const attributes: StunAttribute[] = [];
  const offsets: number[] = [];
  for (let at = HEADER_BYTES; at < raw.length; ) {
    if (at + 4 > raw.length) return { ok: false, error: `truncated attribute header at byte ${at}` };
    const attrType = view.getUint16(at);
    const attrLength = view.getUint16(at + 2);
    if (at + 4 + attrLength > raw.length) {
      return { ok: false, error: `attribute 0x${attrType.toString(16).padStart(4, '0')} at byte ${at} overruns the message` };
    }
    attributes.push({ type: attrType, value: raw.slice(at + 4, at + 4 + attrLength) });
    offsets.push(at);
    at += 4 + pad4(attrLength);
  }
  const { method, cls } = splitType(type);
  return { ok: true, message: { method, cls, transactionId: raw.slice(8, 20), attributes, offsets, raw } };
}

/** The first attribute of a type (RFC 8489 §14: a receiver uses the first, ignores repeats). */
export function getAttribute(message: StunMessage, type: number): Uint8Array | undefined {
  return message.attributes.find((a) => a.type === type)?.value;
}

/** The message bytes before `offset`, with the length field rewritten to end `trailer` bytes later. */
function coveredBytes(message: DecodedMessage, offset: number, trailer: number): Uint8Array {
  const covered = message.raw.slice(0, offset);
  new DataView(covered.buffer).setUint16(2, offset - HEADER_BYTES + trailer);
  return covered;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/**
 * Checks MESSAGE-INTEGRITY (RFC 8489 §14.5): HMAC-SHA1 over the message up to the attribute, with
 * the length field as if the message ended after it. 'absent' when the message carries none.
 */
export function verifyIntegrity(message: DecodedMessage, key: Uint8Array, crypto: StunCrypto): 'valid' | 'invalid' | 'absent' {
  const index = message.attributes.findIndex((a) => a.type === ATTR.MESSAGE_INTEGRITY);
  const attr = message.attributes[index];
  const offset = message.offsets[index];
  if (attr === undefined || offset === undefined) return 'absent';
  const mac = crypto.hmacSha1(key, coveredBytes(message, offset, 24));
  return equalBytes(mac, attr.value) ? 'valid' : 'invalid';
}

/** Checks FINGERPRINT (RFC 8489 §14.7): it must be last and match CRC-32 XOR 0x5354554e. */
export function verifyFingerprint(message: DecodedMessage): 'valid' | 'invalid' | 'absent' {
  const index = message.attributes.findIndex((a) => a.type === ATTR.FINGERPRINT);
  const attr = message.attributes[index];
  const offset = message.offsets[index];
  if (attr === undefined || offset === undefined) return 'absent';
  if (index !== message.attributes.length - 1 || attr.value.length !== 4) return 'invalid';
  const expected = (crc32(coveredBytes(message, offset, 8)) ^ FINGERPRINT_XOR) >>> 0;
  return new DataView(attr.value.buffer, attr.value.byteOffset, 4).getUint32(0) === expected ? 'valid' : 'invalid';
}
