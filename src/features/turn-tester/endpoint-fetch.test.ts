import { describe, expect, it, vi } from 'vitest';
import type { FetchLike } from './endpoint-fetch';
import { fetchCredentialEndpoint, MAX_ENDPOINT_BODY_BYTES, readBodyLimited } from './endpoint-fetch';
import { validateEndpointUrl } from './endpoint-url';

const ORIGIN = 'http://localhost:4173';
const URL_ = 'https://creds.example.test/turn';
const REST = { username: '1738328400:u-7f3a', password: 'c2VjcmV0LXBhc3N3b3Jk', ttl: 3600, uris: ['turn:turn.example.com:3478'] };

function json(body: unknown, status = 200, headers: Record<string, string> = { 'content-type': 'application/json' }): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers });
}

/** A fetch answering by credentials mode; records the requests it saw. */
function fakeFetch(answer: (mode: RequestCredentials | undefined) => Response | Promise<Response>) {
  const calls: RequestInit[] = [];
  const fetch: FetchLike = async (_url, init) => {
    calls.push(init);
    return answer(init.credentials);
  };
  return { fetch, calls };
}

describe('validateEndpointUrl', () => {
  it('accepts https: URLs and the page origin', () => {
    expect(validateEndpointUrl(` ${URL_} `, ORIGIN)).toMatchObject({ ok: true });
    expect(validateEndpointUrl('http://localhost:4173/api/turn', ORIGIN)).toMatchObject({ ok: true });
  });

  it('names the problem', () => {
    expect(validateEndpointUrl('', ORIGIN)).toEqual({ ok: false, error: 'Endpoint URL: enter the URL of your credential endpoint' });
    expect(validateEndpointUrl('creds.example.test/turn', ORIGIN)).toMatchObject({ error: /full URL/ });
    expect(validateEndpointUrl('http://creds.example.test/turn', ORIGIN)).toMatchObject({ error: /use https:/ });
    expect(validateEndpointUrl('https://u:p@creds.example.test/', ORIGIN)).toMatchObject({ error: /user name and password/ });
  });
});

describe('fetchCredentialEndpoint', () => {
  it('asks anonymously first: no cookies, no referrer, no cache, a safelisted header only', async () => {
    const { fetch, calls } = fakeFetch(() => json(REST));
    const r = await fetchCredentialEndpoint(URL_, { fetch, pageOrigin: ORIGIN });
    expect(r).toMatchObject({ ok: true, anonymousAccess: true, status: 200, response: { shape: 'turn-rest', ttlSeconds: 3600 } });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      method: 'GET',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      headers: { Accept: 'application/json' },
    });
  });

  it('retries with cookies when the anonymous request is refused, and reports the refusal', async () => {
    const { fetch, calls } = fakeFetch((mode) => (mode === 'omit' ? json({ error: 'login' }, 401) : json({ iceServers: [{ urls: REST.uris, username: REST.username, credential: REST.password }] })));
    const r = await fetchCredentialEndpoint(URL_, { fetch, pageOrigin: ORIGIN });
    expect(r).toMatchObject({ ok: true, anonymousAccess: false, response: { shape: 'ice-servers' } });
    expect(calls.map((c) => c.credentials)).toEqual(['omit', 'include']);
  });

  it('explains when both the anonymous and the cookie request are refused', async () => {
    const { fetch } = fakeFetch(() => new Response('', { status: 403, statusText: 'Forbidden' }));
    const r = await fetchCredentialEndpoint(URL_, { fetch, pageOrigin: ORIGIN });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(/without cookies was refused \(HTTP 403 Forbidden/);
      expect(r.error).toMatch(/refused too/);
    }
  });

  it('names HTTP errors with the status', async () => {
    const { fetch } = fakeFetch(() => new Response('oops', { status: 500, statusText: 'Internal Server Error' }));
    const r = await fetchCredentialEndpoint(URL_, { fetch, pageOrigin: ORIGIN });
    expect(r).toEqual({
      ok: false,
      error: 'Credential endpoint: the endpoint answered HTTP 500 Internal Server Error — the endpoint itself failed; check its logs.',
    });
    const notFound = await fetchCredentialEndpoint(URL_, { fetch: fakeFetch(() => new Response('', { status: 404 })).fetch, pageOrigin: ORIGIN });
    expect(notFound).toMatchObject({ ok: false, error: /HTTP 404 — check the path/ });
  });

  it('explains a network or CORS failure, naming the origin to allow', async () => {
    const fetch: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
    const r = await fetchCredentialEndpoint(URL_, { fetch, pageOrigin: ORIGIN });
    expect(r).toMatchObject({ ok: false, error: /network error/ });
    if (!r.ok) expect(r.error).toContain(`Access-Control-Allow-Origin: ${ORIGIN}`);
  });

  it('explains a response that is not JSON, with its content type', async () => {
    const { fetch } = fakeFetch(() => json('<!doctype html><p>Sign in</p>', 200, { 'content-type': 'text/html; charset=utf-8' }));
    const r = await fetchCredentialEndpoint(URL_, { fetch, pageOrigin: ORIGIN });
    expect(r).toEqual({
      ok: false,
      error: 'Credential endpoint: The endpoint answered HTTP 200, but not with JSON (Content-Type: text/html). Is this the right URL?',
    });
  });

  it('explains JSON of the wrong shape, naming the field', async () => {
    const { fetch } = fakeFetch(() => json({ username: 'u', uris: ['turn:a.example'] }));
    const r = await fetchCredentialEndpoint(URL_, { fetch, pageOrigin: ORIGIN });
    expect(r).toMatchObject({ ok: false, error: /not in a known format — password: expected a non-empty string/ });
  });

  it('gives up after the timeout', async () => {
    vi.useFakeTimers();
    try {
      const fetch: FetchLike = (_u, init) =>
        new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      const p = fetchCredentialEndpoint(URL_, { fetch, pageOrigin: ORIGIN, timeoutMs: 2000 });
      await vi.advanceTimersByTimeAsync(2000);
      expect(await p).toEqual({ ok: false, error: 'Credential endpoint: The endpoint did not answer within 2 s.' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const fetch: FetchLike = (_u, init) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const p = fetchCredentialEndpoint(URL_, { fetch, pageOrigin: ORIGIN, signal: controller.signal });
    controller.abort();
    expect(await p).toEqual({ ok: false, error: 'Cancelled.', cancelled: true });
  });

  it('refuses a huge body', async () => {
    const { fetch } = fakeFetch(() => json('x'.repeat(300 * 1024)));
    const r = await fetchCredentialEndpoint(URL_, { fetch, pageOrigin: ORIGIN });
    expect(r).toMatchObject({ ok: false, error: /too large/ });
  });

  it('reads an endless body as a stream and aborts the request just past 256 KB', async () => {
    let pulled = 0;
    let cancelled = false;
    let aborted = false;
    const chunk = new Uint8Array(64 * 1024).fill(0x78);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const fetch: FetchLike = async (_u, init) => {
      init.signal?.addEventListener('abort', () => (aborted = true));
      return new Response(endless, { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const r = await fetchCredentialEndpoint(URL_, { fetch, pageOrigin: ORIGIN });
    expect(r).toMatchObject({ ok: false, error: /over 256 KB/ });
    expect(aborted).toBe(true);
    expect(cancelled).toBe(true);
    // Read no more than the limit plus the stream's look-ahead, never the whole (endless) body.
    expect(pulled).toBeLessThanOrEqual(MAX_ENDPOINT_BODY_BYTES + 4 * chunk.byteLength);
  });

  it('refuses a body whose Content-Length is over the limit without reading it', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const res = new Response(body, { headers: { 'content-length': String(900 * 1024 * 1024) } });
    let aborted = false;
    const read = await readBodyLimited(res, MAX_ENDPOINT_BODY_BYTES, () => (aborted = true));
    expect(read).toEqual({ kind: 'too-large', bytes: 900 * 1024 * 1024 });
    expect(aborted).toBe(true);
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('decodes multi-byte characters split across chunks', async () => {
    const bytes = new TextEncoder().encode('{"a":"Łódź"}');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const b of bytes) controller.enqueue(new Uint8Array([b]));
        controller.close();
      },
    });
    expect(await readBodyLimited(new Response(body), 100, () => {})).toEqual({ kind: 'text', text: '{"a":"Łódź"}' });
  });
});
