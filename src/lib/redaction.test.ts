import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL } from '@/testing/adversarial';
import { fitRedacted, REDACTED, redactSecrets, redactToFit, scrubValues } from './redaction';

describe('redactSecrets', () => {
  it.each([
    ['https://admin:pa55w0rd@turn.example.com/api', 'https://admin:[redacted]@turn.example.com/api'],
    ['turns:1735689600:alice:s3cret@turn.example.com:443', 'turns:1735689600:[redacted]@turn.example.com:443'],
    ['GET /turn-credentials?user=bob&secret=abc123&ttl=60', 'GET /turn-credentials?user=bob&secret=[redacted]&ttl=60'],
    ['static-auth-secret=north-pole-42', 'static-auth-secret=[redacted]'],
    ['static-auth-secret north-pole-42', 'static-auth-secret [redacted]'],
    ['user=alice:wonderland', 'user=alice:[redacted]'],
    ['{"credential": "Zm9vYmFy"}', '{"credential": "[redacted]"}'],
    ['password: hunter2', 'password: [redacted]'],
    ['Authorization: Bearer abcdefghijklmnop', 'Authorization: Bearer [redacted]'],
    ['token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig_here', 'token [redacted]'],
    ['api_key=ZmFrZVNlY3JldEtleQ', 'api_key=[redacted]'],
    ['secret: "open sesame"', 'secret: "[redacted] sesame"'],
    ['password: p@ss!word', 'password: [redacted]'],
    ['auth-token=0123456789abcdef0123', 'auth-token=[redacted]'],
    ['static-auth-secret=plainwords', 'static-auth-secret=[redacted]'],
    ['https://example.com/cb?password=letmein&x=1', 'https://example.com/cb?password=[redacted]&x=1'],
    ['see turn:alice:wonder@turn.example.com', 'see turn:alice:[redacted]@turn.example.com'],
    ['-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----', '[redacted] private key'],
  ])('redacts %s', (input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });

  it('leaves ordinary text and TURN URIs alone', () => {
    for (const text of ['turns:turn.example.com:443?transport=tcp', 'Rotate keys every quarter.', 'https://example.com/docs?page=2', 'We use use-auth-secret with a 1 h TTL.']) {
      expect(redactSecrets(text)).toBe(text);
    }
  });

  it.each([
    'Rotate the TURN secret: done via vault',
    'token: see JIRA-12',
    'credentials: stored in Vault',
    'Auth token: short lived',
    'password: rotated quarterly.',
    'secret=configuration',
    'Token: SEC-1042, owner: alice',
    'The API key: managed by ops',
  ])('keeps prose with a secret-sounding key: %s', (text) => {
    expect(redactSecrets(text)).toBe(text);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom('password=', 'https://u:', 'secret: ', '?token=', 'user=a:', 'token: "', 'The secret: ', 'turn:a:', ''), (s, prefix) => {
        const once = redactSecrets(prefix + s);
        expect(redactSecrets(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('redacts turn: userinfo wherever it sits in a run, and leaves a URI without one alone', () => {
    expect(redactSecrets('url=turn:alice:s3:cr3t@turn.example.com')).toBe('url=turn:alice:[redacted]@turn.example.com');
    expect(redactSecrets('turn:turn.example.com:3478 and a@b')).toBe('turn:turn.example.com:3478 and a@b');
  });
});

/** Fastest of `runs` timings of `fn`, in ms. */
function fastest(runs: number, fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('redaction runs in linear time', () => {
  // Small and large runs alternate and the fastest of each is kept, so a pause of a loaded machine
  // hits neither side alone; the 10 k input is redacted 10 times per run so both sides measure the
  // same amount of work. A linear rule gives a ratio near 1, a quadratic one near 10 (the old
  // rules gave far more). A failure is retried: noise does not repeat three times, a quadratic rule does.
  it.each(Object.entries(ADVERSARIAL))(
    '%s: 100 000 characters cost about 10 × 10 000 characters',
    { retry: 2, timeout: 60_000 },
    (_name, make) => {
      const small = make(10_000);
      const large = make(100_000);
      expect(large.length).toBeGreaterThan(90_000);
      redactSecrets(small); // warm up the regex compiler
      let tSmall = Infinity;
      let tLarge = Infinity;
      for (let i = 0; i < 5; i++) {
        tSmall = Math.min(
          tSmall,
          fastest(1, () => {
            for (let j = 0; j < 10; j++) redactSecrets(small);
          }),
        );
        tLarge = Math.min(tLarge, fastest(1, () => redactSecrets(large)));
      }
      // Below 2 ms the clock's resolution dominates: such a rule is fast enough whatever the ratio.
      if (tLarge < 2) return;
      const ratio = tLarge / Math.max(tSmall, 0.05);
      expect(ratio, `100 k: ${tLarge.toFixed(1)} ms, 10 × 10 k: ${tSmall.toFixed(1)} ms`).toBeLessThan(5);
    },
  );
});

describe('fitRedacted', () => {
  it('keeps text whose redacted form fits, and shortens text whose redacted form would not', () => {
    expect(fitRedacted('pwd=a1', 20)).toBe('pwd=a1');
    const long = `${'x'.repeat(190)} pwd=a1`;
    expect(long.length).toBe(197);
    const fitted = fitRedacted(long, 200);
    expect(redactSecrets(fitted).length).toBeLessThanOrEqual(200);
    expect(long.startsWith(fitted)).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const text = `${'😀'.repeat(150)}`;
    const fitted = fitRedacted(text, 201);
    expect(fitted.length).toBe(200);
    expect(fitted).toBe('😀'.repeat(100));
  });

  it('redactToFit is within the limit and redacting it again changes nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('pwd=a1 ', 'x', ' ', 'https://u:p@h/ ', 'turn:a:b@c ', '😀', 'password: "', 'eyJabcde.fghij.k '), { maxLength: 80 }),
        fc.integer({ min: 0, max: 120 }),
        (parts, max) => {
          const out = redactToFit(parts.join(''), max);
          expect(out.length).toBeLessThanOrEqual(max);
          expect(redactSecrets(out)).toBe(out);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('scrubValues', () => {
  it('removes every occurrence of the given values, longest first, and ignores values under 4 characters', () => {
    expect(scrubValues('user alice-long pw s3cret! and s3cret!!', ['s3cret!', 's3cret!!', 'pw'])).toBe(
      `user alice-long pw ${REDACTED} and ${REDACTED}`,
    );
    expect(scrubValues('abc', [])).toBe('abc');
  });
});

describe('fitRedacted stays fast', () => {
  it('fits a 20 000-character text full of short secrets in a few passes, and one ending inside a long secret too', () => {
    const manySecrets = 'token=a1 '.repeat(2_300).slice(0, 20_000);
    const fitted = fitRedacted(manySecrets, 20_000);
    expect(redactSecrets(fitted).length).toBeLessThanOrEqual(20_000);
    expect(fitted.length).toBeGreaterThan(10_000);
    const longSecret = `${'x'.repeat(19_990)}pwd=${'A1'.repeat(5_000)}`;
    const cut = fitRedacted(longSecret, 20_000);
    expect(redactSecrets(cut).length).toBeLessThanOrEqual(20_000);
  });
});
