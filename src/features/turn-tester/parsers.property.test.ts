/**
 * Property tests for the TURN tester's parsers of outside input (issue 18): URIs and URL lists typed or
 * pasted by the user, credential endpoint responses from the team's server, and what Chromium reports
 * from the TURN server (candidate lines, the URL and error text of icecandidateerror). 10 000 cases
 * each; none may throw, and every answer is either a value with its invariants or a message.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCredentialEndpointText } from './credentials';
import { fetchCredentialEndpoint, MAX_ENDPOINT_BODY_BYTES } from './endpoint-fetch';
import { validateEndpointUrl } from './endpoint-url';
import { parseCandidateLine } from './candidates';
import { describeStunError } from './stun-errors';
import { eventUrlMatches, parseEventUrl, parseUri, parseUrlList } from './uri';

const RUNS = { numRuns: 10_000 };
/** 10 000 cases take about a second alone; several on a loaded 2-core machine. */
const TIMEOUT = 60_000;

const URI_PIECES = ['turn:', 'turns:', 'stun:', 'stuns:', 'TURN:', '[', ']', '::1', '::', ':', '?', 'transport=', 'udp', 'tcp', 'tls', '&', '=', '.', '-', '_', '%', '@', '/', '#', ' ', '\t', '\n', '\r', '127.0.0.1', '256.1.1.1', 'example.com', '3478', '65535', '65536', '0', '-1', 'é', '\u202e', '\u0000'];
const uriLike = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.array(fc.oneof(fc.constantFrom(...URI_PIECES), fc.string({ maxLength: 6 })), { maxLength: 14 }).map((a) => a.join('')),
);

describe('parseUri (property)', () => {
  it('never throws; a valid URI has a port in range and its canonical form parses to the same URI', () => {
    fc.assert(
      fc.property(uriLike, (text) => {
        const r = parseUri(text);
        if (!r.ok) {
          expect(r.error.trim().length).toBeGreaterThan(0);
          return;
        }
        expect(Number.isInteger(r.uri.port) && r.uri.port >= 1 && r.uri.port <= 65535).toBe(true);
        expect(r.uri.isTurn).toBe(r.uri.scheme === 'turn' || r.uri.scheme === 'turns');
        const again = parseUri(r.uri.url);
        expect(again.ok && again.uri.url).toBe(r.uri.url);
      }),
      RUNS,
    );
  }, TIMEOUT);
});

describe('parseUrlList (property)', () => {
  it('never throws; each non-blank, non-comment line is a URI or one "Line N:" message, and URIs are unique', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(uriLike, fc.constantFrom('', '# comment', 'turn:turn.example.com:3478', 'turn:turn.example.com:3478?transport=tcp')), { maxLength: 12 }), (lines) => {
        const list = parseUrlList(lines.join('\n'));
        const invalid = list.lines.filter((l) => !l.result.ok);
        expect(list.errors.length).toBeGreaterThanOrEqual(invalid.length);
        for (const e of list.errors) expect(e).toMatch(/^Line \d+: \S/);
        const urls = list.uris.map((u) => u.url);
        expect(new Set(urls).size).toBe(urls.length);
      }),
      RUNS,
    );
  }, TIMEOUT);
});

/** JSON shaped like credential responses, with wrong types and hostile values mixed in. */
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(null, '', 0, -1, 1e308, 'turn:turn.example.com', ['turn:a.example'], { urls: 'x' }, '__proto__'));
const iceServerLike = fc.dictionary(fc.constantFrom('urls', 'url', 'username', 'credential', 'password', '__proto__', 'constructor', 'x'), anyValue, { maxKeys: 4 });
const endpointJson = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom('iceServers', 'ice_servers', 'uris', 'username', 'password', 'ttl', 'v', '__proto__'), fc.oneof(anyValue, fc.array(iceServerLike, { maxLength: 4 }), iceServerLike), { maxKeys: 5 }),
  fc.array(iceServerLike, { maxLength: 4 }),
);

describe('parseCredentialEndpointText (property)', () => {
  it('never throws on any body; a success lists ICE servers whose URLs are strings, a failure names where', () => {
    fc.assert(
      fc.property(fc.oneof(endpointJson.map((v) => JSON.stringify(v)), fc.string({ maxLength: 200 })), (body) => {
        const r = parseCredentialEndpointText(body);
        if (r.ok) {
          expect(r.response.iceServers.length).toBeGreaterThan(0);
          for (const s of r.response.iceServers) for (const u of s.urls) expect(typeof u).toBe('string');
        } else {
          expect(r.error).toMatch(/^[\w[\].]+(: | )\S/);
        }
      }),
      RUNS,
    );
  }, TIMEOUT);
});

describe('validateEndpointUrl (property)', () => {
  it('never throws; accepts only absolute https: URLs', () => {
    const urlish = fc.oneof(fc.webUrl(), fc.string({ maxLength: 80 }), fc.constantFrom('https://', 'http://x', 'javascript:alert(1)', 'https://user:pw@x.example/', '//x.example', 'HTTPS://X.EXAMPLE/'));
    fc.assert(
      fc.property(urlish, (text) => {
        const r = validateEndpointUrl(text, 'https://app.example');
        if (r.ok) expect(r.url.protocol).toBe('https:');
        else expect(r.error.trim().length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  }, TIMEOUT);
});

describe('fetchCredentialEndpoint (property)', () => {
  it('never rejects, whatever the endpoint answers (status, headers, body, or a network error)', async () => {
    const answer = fc.record({
      status: fc.oneof(fc.constantFrom(200, 201, 204, 301, 401, 403, 404, 429, 500, 502), fc.integer({ min: 200, max: 599 })),
      contentType: fc.constantFrom('application/json', 'text/html', 'text/plain', ''),
      declaredLength: fc.option(fc.oneof(fc.nat(), fc.constant(MAX_ENDPOINT_BODY_BYTES + 1)), { nil: undefined }),
      body: fc.oneof(endpointJson.map((v) => JSON.stringify(v)), fc.string({ maxLength: 120 })),
      throws: fc.constantFrom(false, false, false, true),
    });
    await fc.assert(
      fc.asyncProperty(answer, async (a) => {
        const fetch = () => {
          if (a.throws) return Promise.reject(new TypeError('Failed to fetch'));
          const headers: Record<string, string> = a.contentType ? { 'content-type': a.contentType } : {};
          if (a.declaredLength !== undefined) headers['content-length'] = String(a.declaredLength);
          const nullBody = a.status === 204 || a.status === 205 || a.status === 304;
          return Promise.resolve(new Response(nullBody ? null : a.body, { status: a.status, headers }));
        };
        const r = await fetchCredentialEndpoint('https://turn-creds.example/api', { fetch, pageOrigin: 'https://app.example' });
        if (!r.ok) expect(r.error.trim().length).toBeGreaterThan(0);
        else expect(r.response.iceServers.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  }, TIMEOUT);
});

const CANDIDATE_PIECES = ['candidate:', 'a=', '1', '2', 'udp', 'UDP', 'tcp', '2122260223', '127.0.0.1', '::1', 'abc.local', '3478', '-1', '99999', 'x', 'typ', 'host', 'srflx', 'relay', 'raddr', 'rport', 'tcptype', 'passive', ' ', '  ', '\t', '\u0000'];
const candidateLike = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.array(fc.oneof(fc.constantFrom(...CANDIDATE_PIECES), fc.string({ maxLength: 6 })), { maxLength: 16 }).map((a) => a.join(' ')),
);

describe('what Chromium reports from a TURN server (property)', () => {
  it('parseCandidateLine never throws; a parsed line has its fields from the right places', () => {
    fc.assert(
      fc.property(candidateLike, (line) => {
        const c = parseCandidateLine(line);
        if (c === null) return;
        expect(typeof c.address).toBe('string');
        expect(c.port === null || Number.isInteger(c.port)).toBe(true);
        expect(line).toContain(c.type);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('parseEventUrl, eventUrlMatches and describeStunError never throw on any event URL, error code and error text', () => {
    const own = parseUri('turn:127.0.0.1:3478?transport=udp');
    if (!own.ok) throw new Error('the test URI must parse');
    fc.assert(
      fc.property(uriLike, fc.integer({ min: -1, max: 1000 }), fc.option(fc.string({ maxLength: 80 }), { nil: undefined }), fc.constantFrom('udp' as const, 'tcp' as const, 'tls' as const), (url, code, text, transport) => {
        const parsed = parseEventUrl(url);
        if (parsed !== null) expect(parsed.port === null || Number.isInteger(parsed.port)).toBe(true);
        expect(typeof eventUrlMatches(url, own.uri)).toBe('boolean');
        expect(describeStunError(code, text, transport).trim().length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  }, TIMEOUT);
});
