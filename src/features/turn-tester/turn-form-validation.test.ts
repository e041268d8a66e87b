import { describe, expect, it } from 'vitest';
import { INPUT_MESSAGES } from './input-messages';
import type { CredentialValues } from './turn-form-validation';
import { INITIAL_CREDENTIALS, parseLifetime, parseTimeout, validateForm } from './turn-form-validation';
import { parseUrlList } from './uri';

const ORIGIN = 'https://app.example.com';
const URLS = parseUrlList('turn:turn.example.com:3478');
const values = (patch: Partial<CredentialValues>): CredentialValues => ({ ...INITIAL_CREDENTIALS, ...patch });

describe('validateForm', () => {
  it('turns valid static credentials into a run request', () => {
    const v = validateForm(URLS, values({ username: 'u', password: 'p' }), '5', ORIGIN);
    expect(v).toEqual({ errors: [], credentials: { kind: 'static', username: 'u', password: 'p' }, timeoutMs: 5000 });
  });

  it('names every bad field, in form order, and returns no credentials', () => {
    const v = validateForm(parseUrlList('turn:h:99999'), values({}), 'soon', ORIGIN);
    expect(v.credentials).toBeNull();
    expect(v.errors.map((e) => e.field)).toEqual(['urls', 'username', 'password', 'timeout']);
    expect(v.errors[0]?.message).toMatch(/^TURN server URLs: Line 1: port 99999 is out of range/);
    expect(v.errors[2]?.message).toBe(INPUT_MESSAGES.noPasswordWhy);
    expect(v.errors[3]?.message).toBe('No-answer timeout (seconds): enter a number from 1 to 60');
  });

  it('asks for a URL unless a credential endpoint supplies them, and for a turn: URL among stun: ones', () => {
    const empty = parseUrlList('');
    expect(validateForm(empty, values({ username: 'u', password: 'p' }), '5', ORIGIN).errors).toEqual([
      { field: 'urls', message: INPUT_MESSAGES.noUrlExample },
    ]);
    expect(validateForm(empty, values({ mode: 'endpoint', endpointUrl: 'https://x.example/t' }), '5', ORIGIN).errors).toEqual([]);
    const stun = validateForm(parseUrlList('stun:stun.example.com'), values({ username: 'u', password: 'p' }), '5', ORIGIN);
    expect(stun.errors).toEqual([{ field: 'urls', message: INPUT_MESSAGES.onlyStun }]);
  });

  it('limits the username to 509 bytes (RFC 8489)', () => {
    const v = validateForm(URLS, values({ username: 'é'.repeat(255), password: 'p' }), '5', ORIGIN);
    expect(v.errors).toEqual([{ field: 'username', message: 'Username: at most 509 bytes (RFC 8489)' }]);
  });

  it('shared secret: secret, user id without ":" and a lifetime are required; the user id is trimmed', () => {
    const bad = validateForm(URLS, values({ mode: 'shared-secret', userId: 'a:b', lifetime: '0' }), '5', ORIGIN);
    expect(bad.errors.map((e) => e.message)).toEqual([INPUT_MESSAGES.noSecret, INPUT_MESSAGES.userIdColon, INPUT_MESSAGES.badLifetime]);
    const ok = validateForm(URLS, values({ mode: 'shared-secret', secret: 's', userId: ' me ', lifetime: '600' }), '2.5', ORIGIN);
    expect(ok.credentials).toEqual({ kind: 'shared-secret', secret: 's', userId: 'me', ttlSeconds: 600 });
    expect(ok.timeoutMs).toBe(2500);
  });

  it('endpoint: only https: or the page origin, never credentials in the URL', () => {
    const http = validateForm(URLS, values({ mode: 'endpoint', endpointUrl: 'http://x.example/t' }), '5', ORIGIN);
    expect(http.errors[0]).toMatchObject({ field: 'endpointUrl', message: expect.stringContaining('use https://') });
    const same = validateForm(URLS, values({ mode: 'endpoint', endpointUrl: `${ORIGIN}/turn` }), '5', ORIGIN);
    expect(same.credentials).toEqual({ kind: 'endpoint', endpointUrl: `${ORIGIN}/turn` });
    const userinfo = validateForm(URLS, values({ mode: 'endpoint', endpointUrl: 'https://a:b@x.example/' }), '5', ORIGIN);
    expect(userinfo.errors[0]?.message).toBe('Endpoint URL: remove the user name and password from the URL');
  });
});

describe('parseLifetime and parseTimeout', () => {
  it.each([
    ['3600', 3600],
    [' 60 ', 60],
    ['0', NaN],
    ['1.5', NaN],
    ['-5', NaN],
    [String(10 * 365 * 86_400 + 1), NaN],
  ])('lifetime %j → %s', (text, expected) => {
    expect(parseLifetime(text)).toBe(expected);
  });

  it.each([
    ['1', 1000],
    ['60', 60_000],
    ['0.5', NaN],
    ['61', NaN],
    ['5s', NaN],
  ])('timeout %j → %s ms', (text, expected) => {
    expect(parseTimeout(text)).toBe(expected);
  });
});
