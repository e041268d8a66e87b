import { describe, expect, it } from 'vitest';
import {
  analyzeUsername,
  detectPersonalData,
  maskSecret,
  mintRestCredential,
  parseCredentialEndpointResponse,
  parseCredentialEndpointText,
} from './credentials';

interface NodeCrypto {
  createHmac(algorithm: string, key: string): { update(data: string): { digest(encoding: 'base64'): string } };
}

// node:crypto is loaded by name so the app's browser-only type config does not need @types/node.
const NODE_CRYPTO = 'node:crypto';
async function nodeHmacSha1Base64(secret: string, data: string): Promise<string> {
  const nodeCrypto = (await import(/* @vite-ignore */ NODE_CRYPTO)) as NodeCrypto;
  return nodeCrypto.createHmac('sha1', secret).update(data).digest('base64');
}

const subtle = globalThis.crypto.subtle;
const NOW = Date.UTC(2025, 0, 31, 12, 0, 0); // 1738324800 s

describe('mintRestCredential', () => {
  it('mints <expiry>:<user id> and base64(HMAC-SHA1(secret, username)), like coturn use-auth-secret', async () => {
    const r = await mintRestCredential({ secret: 'north-wind-42', userId: 'u-7f3a', ttlSeconds: 3600, now: NOW }, subtle);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.credential.username).toBe('1738328400:u-7f3a');
    expect(r.credential.expiresAt).toBe(1738328400 * 1000);
    expect(r.credential.password).toBe(await nodeHmacSha1Base64('north-wind-42', '1738328400:u-7f3a'));
  });

  it('matches node:crypto for a non-ASCII secret and a long user id', async () => {
    const secret = 'sécret-ключ-🔑';
    const userId = 'x'.repeat(200);
    const r = await mintRestCredential({ secret, userId, ttlSeconds: 86400, now: NOW + 999 }, subtle);
    if (!r.ok) throw new Error(r.error);
    expect(r.credential.username).toBe(`1738411200:${userId}`);
    expect(r.credential.password).toBe(await nodeHmacSha1Base64(secret, r.credential.username));
  });

  it('matches the RFC 2202 HMAC-SHA1 test case 2', async () => {
    // key "Jefe", data "what do ya want for nothing?" → effcdf6ae5eb2fa2d27416d5f184df9c259a7c79
    const hex = 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79';
    const expected = btoa(String.fromCharCode(...(hex.match(/../g) ?? []).map((h) => parseInt(h, 16))));
    expect(await nodeHmacSha1Base64('Jefe', 'what do ya want for nothing?')).toBe(expected);
  });

  it('supports an empty user id, a custom separator and negative ttl (expired)', async () => {
    const bare = await mintRestCredential({ secret: 's', userId: '', ttlSeconds: 60, now: NOW }, subtle);
    expect(bare.ok && bare.credential.username).toBe('1738324860');
    const sep = await mintRestCredential({ secret: 's', userId: 'bob', ttlSeconds: 60, now: NOW, separator: '-' }, subtle);
    expect(sep.ok && sep.credential.username).toBe('1738324860-bob');
    const old = await mintRestCredential({ secret: 's', userId: 'bob', ttlSeconds: -86400, now: NOW }, subtle);
    expect(old.ok && old.credential.expiresAt).toBe(NOW - 86_400_000);
  });

  it('returns errors as values', async () => {
    const base = { secret: 's', userId: 'u', ttlSeconds: 60, now: NOW };
    expect(await mintRestCredential({ ...base, secret: '' }, subtle)).toEqual({
      ok: false,
      error: 'Shared secret: enter the shared secret',
    });
    expect(await mintRestCredential({ ...base, ttlSeconds: 1.5 }, subtle)).toMatchObject({ ok: false, error: /Lifetime/ });
    expect(await mintRestCredential({ ...base, now: NaN }, subtle)).toMatchObject({ ok: false });
    expect(await mintRestCredential(base, undefined)).toMatchObject({ ok: false, error: /https:\/\/ or on localhost/ });
    expect(await mintRestCredential({ ...base, userId: 'é'.repeat(250) }, subtle)).toMatchObject({
      ok: false,
      error: /User ID: too long — the username may be at most 509 bytes/,
    });
    const broken = { importKey: () => Promise.reject(new DOMException('nope', 'NotSupportedError')) } as unknown as SubtleCrypto;
    expect(await mintRestCredential(base, broken)).toEqual({
      ok: false,
      error: 'WebCrypto could not compute the HMAC: NotSupportedError',
    });
  });

  it('never puts the secret in an error message', async () => {
    const secret = 'do-not-leak-me';
    const r = await mintRestCredential({ secret, userId: 'é'.repeat(250), ttlSeconds: 60, now: NOW }, subtle);
    expect(JSON.stringify(r)).not.toContain(secret);
  });
});

describe('analyzeUsername', () => {
  it('reads the REST expiry in seconds and the remaining lifetime', () => {
    const a = analyzeUsername('1738328400:u-7f3a', NOW);
    expect(a).toEqual({
      kind: 'expiring',
      expiresAt: 1738328400_000,
      remainingSeconds: 3600,
      expired: false,
      userId: 'u-7f3a',
      personalData: [],
    });
  });

  it('detects an expired credential and a bare timestamp', () => {
    expect(analyzeUsername('1738320000', NOW)).toMatchObject({ kind: 'expiring', expired: true, remainingSeconds: -4800, userId: '' });
  });

  it('flags a timestamp in milliseconds', () => {
    expect(analyzeUsername('1738328400000:bob', NOW)).toMatchObject({ kind: 'expiring', timestampLooksLikeMilliseconds: true });
  });

  it('treats anything without a plausible timestamp as static', () => {
    for (const u of ['alice', '1001', 'bob:1738328400', 'abc:def', '']) {
      expect(analyzeUsername(u, NOW).kind).toBe('static');
    }
    expect(analyzeUsername('alice', NOW)).toEqual({ kind: 'static', userId: 'alice', personalData: [] });
  });

  it('honours a custom separator', () => {
    expect(analyzeUsername('1738328400-bob', NOW, '-')).toMatchObject({ kind: 'expiring', userId: 'bob' });
  });

  it('reports personal data in the user id part', () => {
    expect(analyzeUsername('1738328400:alice@example.com', NOW).personalData.map((p) => p.kind)).toEqual(['email']);
    expect(analyzeUsername('alice@example.com', NOW).personalData.map((p) => p.kind)).toEqual(['email']);
  });
});

describe('detectPersonalData', () => {
  it.each([
    ['alice@example.com', ['email']],
    ['first.last+tag@mail.example.org', ['email']],
    ['+49 171 2345678', ['phone']],
    ['+14155550123', ['phone']],
    ['(415) 555-0123', ['phone']],
    ['0171-2345678', ['phone']],
    ['Alice Smith', ['name']],
    ['José María García', ['name']],
    ['o’Brien mary', ['name']],
  ])('%s → %j', (userId, kinds) => {
    expect(detectPersonalData(userId).map((f) => f.kind)).toEqual(kinds);
  });

  it.each(['u-7f3a9c', '12345678', '550e8400-e29b-41d4-a716-446655440000', 'user_42', 'alice', 'session 42', '', 'a1b2c3'])(
    '%s is not flagged',
    (userId) => {
      expect(detectPersonalData(userId)).toEqual([]);
    },
  );

  it('describes findings without repeating the value', () => {
    const [finding] = detectPersonalData('alice@example.com');
    expect(finding?.description).not.toContain('alice');
  });
});

describe('parseCredentialEndpointResponse', () => {
  it('accepts the TURN REST draft shape with password', () => {
    const r = parseCredentialEndpointResponse({
      username: '1738328400:u1',
      password: 'pw',
      ttl: 86400,
      uris: ['turn:t.example:3478?transport=udp', 'turns:t.example:443?transport=tcp'],
    });
    expect(r).toEqual({
      ok: true,
      response: {
        shape: 'turn-rest',
        ttlSeconds: 86400,
        iceServers: [
          {
            urls: ['turn:t.example:3478?transport=udp', 'turns:t.example:443?transport=tcp'],
            username: '1738328400:u1',
            credential: 'pw',
          },
        ],
      },
    });
  });

  it('accepts credential instead of password, a string ttl, and no ttl', () => {
    const r = parseCredentialEndpointResponse({ username: 'u', credential: 'c', ttl: '600', uris: ['turn:h'] });
    expect(r).toMatchObject({ ok: true, response: { ttlSeconds: 600, iceServers: [{ credential: 'c' }] } });
    const noTtl = parseCredentialEndpointResponse({ username: 'u', password: 'p', uris: ['turn:h'] });
    expect(noTtl.ok && 'ttlSeconds' in noTtl.response).toBe(false);
  });

  it('accepts { iceServers: [...] } with string or array urls, a single object, ice_servers and a bare array', () => {
    const servers = [
      { urls: 'stun:s.example:3478' },
      { urls: ['turn:t.example:3478', 'turns:t.example:443'], username: 'u', credential: 'c' },
    ];
    const r = parseCredentialEndpointResponse({ iceServers: servers, ttl: 3600 });
    expect(r).toEqual({
      ok: true,
      response: {
        shape: 'ice-servers',
        ttlSeconds: 3600,
        iceServers: [
          { urls: ['stun:s.example:3478'] },
          { urls: ['turn:t.example:3478', 'turns:t.example:443'], username: 'u', credential: 'c' },
        ],
      },
    });
    expect(parseCredentialEndpointResponse(servers)).toMatchObject({ ok: true, response: { shape: 'ice-servers' } });
    expect(parseCredentialEndpointResponse({ iceServers: servers[1] })).toMatchObject({
      ok: true,
      response: { iceServers: [{ username: 'u' }] },
    });
    expect(
      parseCredentialEndpointResponse({ ice_servers: [{ url: 'turn:t', urls: 'turn:t', username: 'u', credential: 'c' }], ttl: '86400' }),
    ).toMatchObject({ ok: true, response: { ttlSeconds: 86400 } });
    expect(parseCredentialEndpointResponse([{ url: 'stun:s' }])).toMatchObject({ ok: true, response: { iceServers: [{ urls: ['stun:s'] }] } });
  });

  it.each([
    [null, 'response: expected a JSON object or an array of ICE servers'],
    ['text', 'response: expected a JSON object or an array of ICE servers'],
    [{}, 'response: expected "iceServers" or the TURN REST fields "username", "password" and "uris"'],
    [{ username: 'u', password: 'p' }, 'uris: expected a string or an array of strings'],
    [{ username: 'u', password: 'p', uris: [] }, 'uris: the list is empty'],
    [{ username: 'u', password: 'p', uris: ['turn:h', 3] }, 'uris[1]: expected a string'],
    [{ username: 5, password: 'p', uris: ['turn:h'] }, 'username: expected a non-empty string'],
    [{ username: 'u', uris: ['turn:h'] }, 'credential: expected a non-empty string ("password" or "credential")'],
    [{ username: 'u', password: '', uris: ['turn:h'] }, 'password: expected a non-empty string ("password" or "credential")'],
    [{ username: 'u', password: 'p', uris: ['turn:h'], ttl: 'soon' }, 'ttl: expected a number of seconds'],
    [{ username: 'u', password: 'p', uris: ['turn:h'], ttl: -1 }, 'ttl: expected a number of seconds'],
    [{ iceServers: [] }, 'iceServers: the list is empty'],
    [{ iceServers: 'turn:h' }, 'iceServers: expected an array of ICE servers'],
    [{ iceServers: [{ urls: 'stun:s' }, 'x'] }, 'iceServers[1]: expected an object'],
    [{ iceServers: [{ username: 'u' }] }, 'iceServers[0].urls: expected a string or an array of strings'],
    [{ iceServers: [{ urls: ['turn:h', null] }] }, 'iceServers[0].urls[1]: expected a string'],
    [{ iceServers: [{ urls: 'turn:h', credential: 'c' }] }, 'iceServers[0].username: missing for a turn: URL (browsers refuse TURN without credentials)'],
    [{ iceServers: [{ urls: ['stun:s', 'TURNS:h'], username: 'u' }] }, 'iceServers[0].credential: missing for a turn: URL (browsers refuse TURN without credentials)'],
    [{ iceServers: [{ urls: 'turn:h', username: 1, credential: 'c' }] }, 'iceServers[0].username: expected a string'],
    [{ iceServers: [{ urls: 'turn:h', username: 'u', credential: { accessToken: 'x' } }] }, 'iceServers[0].credential: expected a string (OAuth credentials are not supported)'],
    [{ iceServers: [{ urls: 'turn:h', username: 'u', credential: 'c' }], ttl: {} }, 'ttl: expected a number of seconds'],
    [[], 'response: the list is empty'],
    [[{ urls: 'turn:h' }], 'response[0].username: missing for a turn: URL (browsers refuse TURN without credentials)'],
  ])('%j → %s', (json, error) => {
    expect(parseCredentialEndpointResponse(json)).toEqual({ ok: false, error });
  });

  it('parses body text and reports invalid JSON', () => {
    expect(parseCredentialEndpointText('{"username":"u","password":"p","uris":["turn:h"]}').ok).toBe(true);
    expect(parseCredentialEndpointText('<html>')).toEqual({ ok: false, error: 'response: not valid JSON' });
  });

  it('does not echo credentials in errors', () => {
    const r = parseCredentialEndpointResponse({ username: 'secret-user', password: 'secret-pass', uris: 'nope', ttl: 'x' });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toMatch(/secret-/);
  });
});

describe('maskSecret', () => {
  it('shows only the length', () => {
    expect(maskSecret('hunter2')).toBe('•••••••• (7 characters)');
    expect(maskSecret('')).toBe('(empty)');
  });
});
