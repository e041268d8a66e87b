import { describe, expect, it } from 'vitest';
import { REDACTED, scrubValues } from '@/lib/redaction';
import type { EndpointCredentials } from './credentials';
import { secretsOf } from './secrets';

describe('secretsOf', () => {
  it('static credentials: the password always, the username only when long enough to be specific', () => {
    expect(secretsOf({ kind: 'static', username: 'user', password: 'hunter2!' }, null)).toEqual(['hunter2!']);
    expect(secretsOf({ kind: 'static', username: 'alice-at-acme', password: 'pw-0123' }, null)).toEqual(['alice-at-acme', 'pw-0123']);
  });

  it('shared secret: the secret, not the user id', () => {
    expect(secretsOf({ kind: 'shared-secret', secret: 'north-pole-42', userId: 'alice', ttlSeconds: 60 }, null)).toEqual(['north-pole-42']);
  });

  it('endpoint: the URL, its query values and whatever credentials it returned, longest first', () => {
    const endpoint: EndpointCredentials = {
      shape: 'ice-servers',
      iceServers: [
        { urls: ['turn:turn.example.com'], username: '1735689600:alice', credential: 'c2VjcmV0LWNyZWQ=' },
        { urls: ['stun:stun.example.com'] },
      ],
    };
    const secrets = secretsOf({ kind: 'endpoint', endpointUrl: 'https://api.example.com/turn?key=k-123456' }, endpoint);
    expect(secrets).toEqual(['https://api.example.com/turn?key=k-123456', 'c2VjcmV0LWNyZWQ=', '1735689600:alice', 'k-123456']);
    for (const s of secrets) expect(s.length).toBeGreaterThanOrEqual(4);
  });

  it('drops empty values, and what it returns scrubs a server echo completely', () => {
    const secrets = secretsOf({ kind: 'static', username: 'long-username-1', password: '' }, null);
    expect(secrets).toEqual(['long-username-1']);
    expect(scrubValues('401 for long-username-1 (long-username-1)', secrets)).toBe(`401 for ${REDACTED} (${REDACTED})`);
  });
});
