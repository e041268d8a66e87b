import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addressBytes, addressText, decodeXorAddress, encodeXorAddress } from './address';
import { decodeErrorCode, encodeErrorCode, longTermKey, readText, saslPrep, utf8 } from './attributes';
import { crc32 } from './crc32';
import {
  ATTR,
  METHOD,
  decodeMessage,
  encodeMessage,
  getAttribute,
  messageType,
  verifyFingerprint,
  verifyIntegrity,
  type DecodedMessage,
  type StunCrypto,
} from './message';

const nodeCrypto: StunCrypto = {
  hmacSha1: (key, data) => new Uint8Array(createHmac('sha1', key).update(data).digest()),
  md5: (data) => new Uint8Array(createHash('md5').update(data).digest()),
};

const hex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text.replace(/\s+/g, ''), 'hex'));

// RFC 5769 §2.1–2.4, byte for byte.
const REQUEST = hex(`00 01 00 58 21 12 a4 42 b7 e7 a7 01 bc 34 d6 86 fa 87 df ae
  80 22 00 10 53 54 55 4e 20 74 65 73 74 20 63 6c 69 65 6e 74
  00 24 00 04 6e 00 01 ff 80 29 00 08 93 2f f9 b1 51 26 3b 36
  00 06 00 09 65 76 74 6a 3a 68 36 76 59 20 20 20
  00 08 00 14 9a ea a7 0c bf d8 cb 56 78 1e f2 b5 b2 d3 f2 49 c1 b5 71 a2
  80 28 00 04 e5 7a 3b cf`);
const IPV4_RESPONSE = hex(`01 01 00 3c 21 12 a4 42 b7 e7 a7 01 bc 34 d6 86 fa 87 df ae
  80 22 00 0b 74 65 73 74 20 76 65 63 74 6f 72 20
  00 20 00 08 00 01 a1 47 e1 12 a6 43
  00 08 00 14 2b 91 f5 99 fd 9e 90 c3 8c 74 89 f9 2a f9 ba 53 f0 6b e7 d7
  80 28 00 04 c0 7d 4c 96`);
const IPV6_RESPONSE = hex(`01 01 00 48 21 12 a4 42 b7 e7 a7 01 bc 34 d6 86 fa 87 df ae
  80 22 00 0b 74 65 73 74 20 76 65 63 74 6f 72 20
  00 20 00 14 00 02 a1 47 01 13 a9 fa a5 d3 f1 79 bc 25 f4 b5 be d2 b9 d9
  00 08 00 14 a3 82 95 4e 4b e6 7b f1 17 84 c9 7c 82 92 c2 75 bf e3 ed 41
  80 28 00 04 c8 fb 0b 4c`);
const LONG_TERM_REQUEST = hex(`00 01 00 60 21 12 a4 42 78 ad 34 33 c6 ad 72 c0 29 da 41 2e
  00 06 00 12 e3 83 9e e3 83 88 e3 83 aa e3 83 83 e3 82 af e3 82 b9 00 00
  00 15 00 1c 66 2f 2f 34 39 39 6b 39 35 34 64 36 4f 4c 33 34 6f 4c 39 46 53 54 76 79 36 34 73 41
  00 14 00 0b 65 78 61 6d 70 6c 65 2e 6f 72 67 00
  00 08 00 14 f6 70 24 65 6d d6 4a 3e 02 b8 e0 71 2e 85 c9 a2 8c a8 96 66`);
const SHORT_TERM_KEY = utf8('VOkJxbRl1RmTxUk/WvJxBt');
const TID = hex('b7e7a701bc34d686fa87dfae');

function decoded(bytes: Uint8Array): DecodedMessage {
  const r = decodeMessage(bytes);
  if (!r.ok) throw new Error(r.error);
  return r.message;
}

describe('RFC 5769 test vectors', () => {
  it('§2.1 sample request: attributes, MESSAGE-INTEGRITY and FINGERPRINT', () => {
    const m = decoded(REQUEST);
    expect([m.method, m.cls]).toEqual([METHOD.binding, 'request']);
    expect(m.transactionId).toEqual(TID);
    expect(readText(getAttribute(m, ATTR.SOFTWARE))).toBe('STUN test client');
    expect(readText(getAttribute(m, ATTR.USERNAME))).toBe('evtj:h6vY');
    expect(verifyIntegrity(m, SHORT_TERM_KEY, nodeCrypto)).toBe('valid');
    expect(verifyIntegrity(m, utf8('VOkJxbRl1RmTxUk/WvJxBu'), nodeCrypto)).toBe('invalid');
    expect(verifyFingerprint(m)).toBe('valid');
  });

  it('§2.2 IPv4 response: XOR-MAPPED-ADDRESS 192.0.2.1:32853', () => {
    const m = decoded(IPV4_RESPONSE);
    expect([m.method, m.cls]).toEqual([METHOD.binding, 'success']);
    const value = getAttribute(m, ATTR.XOR_MAPPED_ADDRESS)!;
    expect(decodeXorAddress(value, m.transactionId)).toEqual({ family: 'ipv4', address: '192.0.2.1', port: 32853 });
    expect(encodeXorAddress({ address: '192.0.2.1', port: 32853 }, TID)).toEqual(value);
    expect(verifyIntegrity(m, SHORT_TERM_KEY, nodeCrypto)).toBe('valid');
    expect(verifyFingerprint(m)).toBe('valid');
  });

  it('§2.3 IPv6 response: XOR-MAPPED-ADDRESS [2001:db8:1234:5678:11:2233:4455:6677]:32853', () => {
    const m = decoded(IPV6_RESPONSE);
    const value = getAttribute(m, ATTR.XOR_MAPPED_ADDRESS)!;
    const address = '2001:db8:1234:5678:11:2233:4455:6677';
    expect(decodeXorAddress(value, m.transactionId)).toEqual({ family: 'ipv6', address, port: 32853 });
    expect(encodeXorAddress({ address, port: 32853 }, TID)).toEqual(value);
    expect(verifyIntegrity(m, SHORT_TERM_KEY, nodeCrypto)).toBe('valid');
    expect(verifyFingerprint(m)).toBe('valid');
  });

  it('§2.4 long-term authentication: MD5(user:realm:SASLprep(password)) key, re-encoded byte for byte', () => {
    const m = decoded(LONG_TERM_REQUEST);
    const username = readText(getAttribute(m, ATTR.USERNAME))!;
    expect(username).toBe('\u30de\u30c8\u30ea\u30c3\u30af\u30b9');
    expect(readText(getAttribute(m, ATTR.NONCE))).toBe('f//499k954d6OL34oL9FSTvy64sA');
    expect(readText(getAttribute(m, ATTR.REALM))).toBe('example.org');
    // The RFC's password before SASLprep: soft hyphen, feminine ordinal, Roman numeral nine.
    expect(saslPrep('The\u00adM\u00aatr\u2168')).toBe('TheMatrIX');
    const key = longTermKey(username, 'example.org', 'The\u00adM\u00aatr\u2168', nodeCrypto);
    expect(verifyIntegrity(m, key, nodeCrypto)).toBe('valid');
    expect(verifyIntegrity(m, longTermKey(username, 'example.org', 'TheMatrix', nodeCrypto), nodeCrypto)).toBe('invalid');
    expect(verifyFingerprint(m)).toBe('absent');
    const again = encodeMessage(
      { method: m.method, cls: m.cls, transactionId: m.transactionId, attributes: m.attributes.slice(0, 3) },
      { integrityKey: key, crypto: nodeCrypto },
    );
    expect(Buffer.from(again).toString('hex')).toBe(Buffer.from(LONG_TERM_REQUEST).toString('hex'));
  });
});

describe('message codec', () => {
  it('encodes the class bits between the method bits (RFC 8489 §5)', () => {
    expect(messageType(METHOD.binding, 'request')).toBe(0x0001);
    expect(messageType(METHOD.binding, 'success')).toBe(0x0101);
    expect(messageType(METHOD.allocate, 'error')).toBe(0x0113);
    expect(messageType(METHOD.connect, 'request')).toBe(0x000a);
    expect(messageType(METHOD.createPermission, 'success')).toBe(0x0108);
  });

  it('round-trips a TURN request with integrity and fingerprint, and detects tampering', () => {
    const bytes = encodeMessage(
      {
        method: METHOD.createPermission,
        cls: 'request',
        transactionId: TID,
        attributes: [
          { type: ATTR.XOR_PEER_ADDRESS, value: encodeXorAddress({ address: '::ffff:127.0.0.1', port: 0 }, TID)! },
          { type: ATTR.USERNAME, value: utf8('abc') },
        ],
      },
      { integrityKey: utf8('k'), crypto: nodeCrypto, fingerprint: true },
    );
    expect(bytes.length % 4).toBe(0);
    const m = decoded(bytes);
    expect([m.method, m.cls]).toEqual([METHOD.createPermission, 'request']);
    expect(decodeXorAddress(getAttribute(m, ATTR.XOR_PEER_ADDRESS)!, TID)?.address).toBe('::ffff:7f00:1');
    expect(verifyIntegrity(m, utf8('k'), nodeCrypto)).toBe('valid');
    expect(verifyFingerprint(m)).toBe('valid');
    const tampered = bytes.slice();
    tampered[30] = (tampered[30] ?? 0) ^ 1;
    expect(verifyIntegrity(decoded(tampered), utf8('k'), nodeCrypto)).toBe('invalid');
    expect(verifyFingerprint(decoded(tampered))).toBe('invalid');
  });

  it('rejects what is not a well-formed STUN message, naming the problem', () => {
    expect(decodeMessage(new Uint8Array(10))).toEqual({ ok: false, error: 'too short for a STUN header (10 bytes)' });
    const wrongCookie = REQUEST.slice();
    wrongCookie[4] = 0;
    expect(decodeMessage(wrongCookie)).toMatchObject({ ok: false, error: expect.stringContaining('magic cookie') });
    expect(decodeMessage(REQUEST.slice(0, REQUEST.length - 4))).toMatchObject({ ok: false, error: expect.stringContaining('does not match') });
    const overrun = IPV4_RESPONSE.slice();
    overrun[23] = 0xff;
    expect(decodeMessage(overrun)).toMatchObject({ ok: false, error: expect.stringContaining('overruns') });
    const topBits = REQUEST.slice();
    topBits[0] = 0x40;
    expect(decodeMessage(topBits)).toMatchObject({ ok: false, error: expect.stringContaining('first two bits') });
  });

  it('ERROR-CODE keeps class and number apart (RFC 8489 §14.8)', () => {
    const value = encodeErrorCode({ code: 443, reason: 'Peer Address Family Mismatch' });
    expect(Array.from(value.slice(0, 4))).toEqual([0, 0, 4, 43]);
    expect(decodeErrorCode(value)).toEqual({ code: 443, reason: 'Peer Address Family Mismatch' });
  });

  it('CRC-32 matches the published check value', () => {
    expect(crc32(utf8('123456789'))).toBe(0xcbf43926);
  });
});

describe('addresses', () => {
  it.each([
    ['::ffff:127.0.0.1', '::ffff:7f00:1'],
    ['::127.0.0.1', '::7f00:1'],
    ['64:ff9b::7f00:1', '64:ff9b::7f00:1'],
    ['2002:7f00:1::', '2002:7f00:1::'],
    ['FE80:0:0:0:0:0:0:1', 'fe80::1'],
    ['::', '::'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
  ])('%s is %s in RFC 5952 form', (text, canonical) => {
    const parsed = addressBytes(text);
    expect(parsed?.family).toBe('ipv6');
    expect(addressText(parsed!.bytes)).toBe(canonical);
  });

  it('refuses what is not an address', () => {
    expect(addressBytes('127.0.0.256')).toBeNull();
    expect(addressBytes('localhost')).toBeNull();
    expect(addressBytes('1::2::3')).toBeNull();
    expect(encodeXorAddress({ address: '1.2.3.4', port: 70000 }, TID)).toBeNull();
  });
});
