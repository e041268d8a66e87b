import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redaction';

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
});
