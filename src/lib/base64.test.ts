import { describe, expect, it } from 'vitest';
import { binaryToBytes, bytesToBase64, bytesToBinary } from './base64';

describe('base64 and binary strings', () => {
  const every = Uint8Array.from({ length: 256 }, (_, i) => i);

  it('round-trips every byte value, one char per byte', () => {
    const s = bytesToBinary(every);
    expect(s.length).toBe(256);
    expect(s.charCodeAt(0x80)).toBe(0x80); // not windows-1252's €
    expect([...binaryToBytes(s)]).toEqual([...every]);
  });

  it('handles inputs far larger than one chunk (no stack overflow) and empty input', () => {
    const big = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 31) & 0xff);
    expect(Buffer.from(binaryToBytes(bytesToBinary(big))).equals(Buffer.from(big))).toBe(true);
    expect(bytesToBinary(new Uint8Array())).toBe('');
  });

  it('encodes base64 as btoa over the bytes does (RFC 4648 test vectors)', () => {
    const enc = (t: string) => bytesToBase64(new TextEncoder().encode(t));
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map(enc)).toEqual(['', 'Zg==', 'Zm8=', 'Zm9v', 'Zm9vYg==', 'Zm9vYmE=', 'Zm9vYmFy']);
    expect(bytesToBase64(every)).toBe(Buffer.from(every).toString('base64'));
  });
});
