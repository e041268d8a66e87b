import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { canonicalJson, digestOf, shortDigest, webCryptoSha256, type Sha256 } from './digest';

const nodeSha256: Sha256 = async (bytes) => {
  const out = createHash('sha256').update(bytes).digest();
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
};

describe('canonical JSON', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  });
  it('leaves undefined members out, like JSON.stringify', () => {
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
  });
  it('keeps a "__proto__" key as data', () => {
    expect(canonicalJson(JSON.parse('{"__proto__":1}'))).toBe('{"__proto__":1}');
  });
});

describe('digests', () => {
  it('is SHA-256 of the canonical UTF-8 bytes (checked against a known vector)', async () => {
    // sha256("{}") from `printf '{}' | sha256sum`
    expect(await digestOf({}, nodeSha256)).toBe('sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
  });

  it('WebCrypto and Node agree; key order and indentation do not matter', async () => {
    const a = { rules: ['é', '😀'], team: 'x' };
    const b = JSON.parse(JSON.stringify({ team: 'x', rules: ['é', '😀'] }, null, 2)) as unknown;
    expect(await digestOf(a, webCryptoSha256)).toBe(await digestOf(b, nodeSha256));
  });

  it('any change of content changes the digest', async () => {
    expect(await digestOf({ a: 1 }, nodeSha256)).not.toBe(await digestOf({ a: 2 }, nodeSha256));
  });

  it('hashes exactly the canonical bytes it is given (injected hash)', async () => {
    const spy = vi.fn<Sha256>(async () => new Uint8Array(32).fill(255).buffer);
    expect(await digestOf({ b: 1, a: 2 }, spy)).toBe(`sha256:${'ff'.repeat(32)}`);
    expect(new TextDecoder().decode(spy.mock.calls[0]![0])).toBe('{"a":2,"b":1}');
  });

  it('short form for display', () => {
    expect(shortDigest(`sha256:${'ab'.repeat(32)}`)).toBe('sha256 abababababab');
  });
});
