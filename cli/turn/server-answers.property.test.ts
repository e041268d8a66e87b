/**
 * Property tests for what the command-line probe reads from a TURN server (issue 18: every parser of
 * outside input): the bytes of a TCP/TLS stream (StreamFramer), each STUN message (decodeMessage and
 * the attribute readers), and a whole Allocate exchange answered by anything (TurnSession). 10 000
 * cases each, random bytes and mutated valid answers: nothing throws, a refusal is a message.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeXorAddress, encodeXorAddress } from '@/features/turn-tester/stun/address';
import { decodeErrorCode, encodeErrorCode, readText, utf8 } from '@/features/turn-tester/stun/attributes';
import { ATTR, decodeMessage, encodeMessage, getAttribute, METHOD, verifyFingerprint, verifyIntegrity, type StunClass } from '@/features/turn-tester/stun/message';
import { StreamFramer } from './framing';
import { nodeStunCrypto } from './node-crypto';
import { TurnSession } from './session';
import type { Connection } from './transport';

const RUNS = { numRuns: 10_000 };
const TIMEOUT = 60_000;
const TID = new Uint8Array(12).fill(7);

/** Answers a TURN server could give: success with addresses, 401 with realm and nonce, other errors. */
const validAnswer = fc
  .record({
    cls: fc.constantFrom<StunClass>('success', 'error'),
    code: fc.constantFrom(300, 401, 403, 437, 438, 441, 486, 508, 0, 699),
    reason: fc.string({ maxLength: 40 }),
    realm: fc.string({ maxLength: 30 }),
    nonce: fc.string({ maxLength: 30 }),
    relayed: fc.oneof(fc.ipV4(), fc.ipV6()),
    port: fc.nat(65535),
    integrity: fc.boolean(),
    fingerprint: fc.boolean(),
  })
  .map((a) => (tid: Uint8Array) => {
    const address = encodeXorAddress({ address: a.relayed, port: a.port }, tid);
    const attributes =
      a.cls === 'success'
        ? [...(address ? [{ type: ATTR.XOR_RELAYED_ADDRESS, value: address }, { type: ATTR.XOR_MAPPED_ADDRESS, value: address }] : []), { type: ATTR.SOFTWARE, value: utf8(a.reason) }]
        : [
            { type: ATTR.ERROR_CODE, value: encodeErrorCode({ code: a.code, reason: a.reason }) },
            { type: ATTR.REALM, value: utf8(a.realm) },
            { type: ATTR.NONCE, value: utf8(a.nonce) },
          ];
    return encodeMessage(
      { method: METHOD.allocate, cls: a.cls, transactionId: tid, attributes },
      { fingerprint: a.fingerprint, crypto: nodeStunCrypto, ...(a.integrity ? { integrityKey: utf8('key') } : {}) },
    );
  });

/** A valid answer with some bytes overwritten, cut short or extended. */
const mutatedAnswer = fc
  .tuple(validAnswer, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), fc.constantFrom('as-is', 'cut', 'extend'), fc.nat(), fc.uint8Array({ maxLength: 16 }))
  .map(([answer, edits, change, at, extra]) => (tid: Uint8Array) => {
    let bytes = answer(tid);
    for (const [i, b] of edits) bytes[i % bytes.length] = b;
    if (change === 'cut') bytes = bytes.slice(0, at % (bytes.length + 1));
    if (change === 'extend') bytes = new Uint8Array([...bytes, ...extra]);
    return bytes;
  });

const anyBytes = fc.uint8Array({ maxLength: 120 }).map((b) => () => b);
const serverBytes = fc.oneof(anyBytes, validAnswer, mutatedAnswer);

/** Reads every attribute of a decoded message the way the probe does; must not throw. */
function readAll(raw: Uint8Array): void {
  const decoded = decodeMessage(raw);
  if (!decoded.ok) {
    expect(decoded.error).toMatch(/\w/);
    return;
  }
  const m = decoded.message;
  for (const type of [ATTR.SOFTWARE, ATTR.REALM, ATTR.NONCE]) readText(getAttribute(m, type));
  decodeErrorCode(getAttribute(m, ATTR.ERROR_CODE));
  for (const type of [ATTR.XOR_RELAYED_ADDRESS, ATTR.XOR_MAPPED_ADDRESS]) {
    const value = getAttribute(m, type);
    if (value !== undefined) decodeXorAddress(value, m.transactionId);
  }
  expect(['valid', 'invalid', 'absent']).toContain(verifyFingerprint(m));
  expect(['valid', 'invalid', 'absent']).toContain(verifyIntegrity(m, utf8('key'), nodeStunCrypto));
}

describe('what the probe reads from a TURN server (property)', () => {
  it('decodeMessage and the attribute readers never throw on any bytes or edited answers', () => {
    fc.assert(fc.property(serverBytes, (bytes) => readAll(bytes(TID))), RUNS);
  }, TIMEOUT);

  it('StreamFramer never throws on a stream cut anywhere; what it delivers is the stream, frame by frame', () => {
    fc.assert(
      fc.property(fc.array(serverBytes, { maxLength: 4 }), fc.array(fc.nat(200), { maxLength: 6 }), (messages, cuts) => {
        const stream = new Uint8Array(messages.flatMap((m) => [...m(TID)]));
        const frames: Uint8Array[] = [];
        const errors: string[] = [];
        const framer = new StreamFramer((f) => frames.push(f), (e) => errors.push(e));
        let at = 0;
        for (const cut of [...cuts, stream.length]) {
          const end = Math.min(stream.length, at + cut);
          framer.push(stream.slice(at, end));
          at = end;
        }
        framer.push(stream.slice(at));
        // Frames are STUN messages taken from the front of the stream, in order (ChannelData is dropped).
        for (const f of frames) {
          expect(f.length).toBeGreaterThanOrEqual(4);
          expect((f[0] ?? 0) >> 6).toBe(0);
          readAll(f);
        }
        expect(errors.every((e) => e.length > 0)).toBe(true);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('an Allocate answered by anything (twice: the challenge and the signed request) never throws', async () => {
    const kinds = new Set<string>();
    await fc.assert(
      fc.asyncProperty(serverBytes, serverBytes, fc.boolean(), async (first, second, withCredentials) => {
        const answers = [first, second];
        const connection: Connection = {
          transport: 'udp',
          remote: '127.0.0.1:3478',
          exchange: (_bytes, transactionId) => {
            const next = answers.shift();
            if (next === undefined) return Promise.resolve({ ok: false, kind: 'timeout', message: 'no answer', ms: 1 });
            const decoded = decodeMessage(next(transactionId));
            return Promise.resolve(decoded.ok ? { ok: true, response: decoded.message, ms: 1 } : { ok: false, kind: 'timeout', message: decoded.error, ms: 1 });
          },
          close: () => {},
        };
        const session = new TurnSession(connection, 100);
        const outcome = await session.allocate({ credentials: withCredentials ? { username: 'alice', password: 'pw' } : null });
        kinds.add(outcome.kind);
        expect(['allocated', 'error', 'no-answer']).toContain(outcome.kind);
        await session.release();
      }),
      RUNS,
    );
    expect([...kinds].sort()).toEqual(['allocated', 'error', 'no-answer']);
  }, TIMEOUT);
});
