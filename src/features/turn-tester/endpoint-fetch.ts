/**
 * Fetching TURN credentials from the team's own credential endpoint (draft-uberti-behave-turn-rest-00
 * §2.1), first as an anonymous caller. `fetch` is injected so every failure (network, CORS, HTTP
 * status, non-JSON, wrong shape, timeout) has a unit test and a message that names the problem.
 * Nothing here logs or stores the response.
 */

import type { EndpointCredentials } from './credentials';
import { parseCredentialEndpointText } from './credentials';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** The issue's "fast verdict" spirit: an endpoint that hangs is reported, not waited for. */
const ENDPOINT_TIMEOUT_MS = 10_000;
/**
 * A credential response is a few hundred bytes; anything this large is not one. The body is read
 * as a stream and the request aborted as soon as it passes this, so a huge (or endless) response
 * never sits in memory.
 */
export const MAX_ENDPOINT_BODY_BYTES = 256 * 1024;

type BodyRead = { kind: 'text'; text: string } | { kind: 'too-large'; bytes: number } | { kind: 'failed' };

/**
 * Reads `res`'s body up to `max` bytes. Past that (or when Content-Length already says so) it stops
 * reading, cancels the stream and aborts the request.
 */
export async function readBodyLimited(res: Response, max: number, abort: () => void): Promise<BodyRead> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > max) {
    abort();
    void res.body?.cancel().catch(() => {});
    return { kind: 'too-large', bytes: declared };
  }
  if (!res.body) {
    try {
      return { kind: 'text', text: await res.text() };
    } catch {
      return { kind: 'failed' };
    }
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > max) {
        abort();
        void reader.cancel().catch(() => {});
        return { kind: 'too-large', bytes };
      }
      text += decoder.decode(value, { stream: true });
    }
    return { kind: 'text', text: text + decoder.decode() };
  } catch {
    return { kind: 'failed' };
  }
}

export interface EndpointFetchSuccess {
  readonly ok: true;
  readonly response: EndpointCredentials;
  /** True when the request without cookies got the credentials; false when it was refused (401/403). */
  readonly anonymousAccess: boolean;
  /** HTTP status of the response that carried the credentials. */
  readonly status: number;
}

export type EndpointFetchResult =
  | EndpointFetchSuccess
  | { readonly ok: false; readonly error: string; readonly cancelled?: true };

type Attempt =
  | { kind: 'ok'; response: EndpointCredentials; status: number }
  | { kind: 'http'; status: number; statusText: string }
  | { kind: 'error'; error: string }
  | { kind: 'cancelled' };

export interface EndpointFetchDeps {
  readonly fetch: FetchLike;
  /** The app's origin, for messages (CORS) and the same-origin rule. */
  readonly pageOrigin: string;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

function describeStatus(status: number, statusText: string): string {
  const text = statusText.trim() !== '' ? ` ${statusText.trim()}` : '';
  const hint =
    status === 404
      ? ' — check the path'
      : status === 401 || status === 403
        ? ' — the endpoint wants a signed-in session or a key'
        : status === 405
          ? ' — the endpoint does not accept GET requests'
          : status >= 500
            ? ' — the endpoint itself failed; check its logs'
            : '';
  return `HTTP ${status}${text}${hint}`;
}

function networkError(mode: 'omit' | 'include', pageOrigin: string): string {
  return (
    'No response reached this page (network error). Likely causes: the address is wrong or the ' +
    `server is down; the endpoint does not allow this origin (CORS: it must answer with ` +
    `"Access-Control-Allow-Origin: ${pageOrigin}"${mode === 'include' ? ' and "Access-Control-Allow-Credentials: true"' : ''}); ` +
    'or its TLS certificate is not trusted.'
  );
}

/** The parsed credentials of a successful response's text, or why they are not credentials. */
function interpretBody(text: string, res: Response): Attempt {
  const parsed = parseCredentialEndpointText(text);
  if (parsed.ok) return { kind: 'ok', response: parsed.response, status: res.status };
  if (parsed.error === 'response: not valid JSON') {
    const type = res.headers.get('content-type');
    return {
      kind: 'error',
      error:
        `The endpoint answered HTTP ${res.status}, but not with JSON` +
        `${type !== null && type !== '' ? ` (Content-Type: ${type.split(';')[0]})` : ''}. Is this the right URL?`,
    };
  }
  return {
    kind: 'error',
    error:
      `The endpoint's JSON is not in a known format — ${parsed.error}. Expected ` +
      '{ "username", "password", "ttl", "uris" } (TURN REST API) or { "iceServers": [...] }.',
  };
}

/** One request's abort controller: the caller's cancel signal or the timeout ends it. */
class AttemptLifetime {
  readonly controller = new AbortController();
  timedOut = false;
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly onAbort = (): void => this.controller.abort();

  constructor(
    readonly timeoutMs: number,
    private readonly signal: AbortSignal | undefined,
  ) {
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort();
    }, timeoutMs);
    signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  /** A method, not a narrowed property read: the signal can flip while fetch is pending. */
  cancelled(): boolean {
    return this.signal?.aborted === true;
  }

  end(): void {
    clearTimeout(this.timer);
    this.signal?.removeEventListener('abort', this.onAbort);
  }
}

async function readResponse(res: Response, life: AttemptLifetime): Promise<Attempt> {
  if (!res.ok) return { kind: 'http', status: res.status, statusText: res.statusText };
  const body = await readBodyLimited(res, MAX_ENDPOINT_BODY_BYTES, () => life.controller.abort());
  if (body.kind === 'failed') {
    if (life.cancelled()) return { kind: 'cancelled' };
    return {
      kind: 'error',
      error: life.timedOut
        ? `The endpoint did not finish its answer within ${Math.round(life.timeoutMs / 1000)} s.`
        : 'The connection broke while reading the response.',
    };
  }
  if (body.kind === 'too-large') {
    return {
      kind: 'error',
      error: `The response is over ${MAX_ENDPOINT_BODY_BYTES / 1024} KB (${Math.round(body.bytes / 1024)} KB read): too large to be TURN credentials, so reading stopped.`,
    };
  }
  return interpretBody(body.text, res);
}

async function attempt(url: string, mode: 'omit' | 'include', deps: EndpointFetchDeps): Promise<Attempt> {
  const life = new AttemptLifetime(deps.timeoutMs ?? ENDPOINT_TIMEOUT_MS, deps.signal);
  try {
    if (life.cancelled()) return { kind: 'cancelled' };
    let res: Response;
    try {
      res = await deps.fetch(url, {
        method: 'GET',
        // A CORS-safelisted header: no preflight, so a plain JSON endpoint works cross-origin.
        headers: { Accept: 'application/json' },
        credentials: mode,
        cache: 'no-store',
        redirect: 'follow',
        referrerPolicy: 'no-referrer',
        signal: life.controller.signal,
      });
    } catch {
      if (life.cancelled()) return { kind: 'cancelled' };
      if (life.timedOut) return { kind: 'error', error: `The endpoint did not answer within ${Math.round(life.timeoutMs / 1000)} s.` };
      return { kind: 'error', error: networkError(mode, deps.pageOrigin) };
    }
    return await readResponse(res, life);
  } finally {
    life.end();
  }
}

/**
 * Fetches credentials as an anonymous caller (no cookies, no referrer). When that is refused with
 * 401/403 — the endpoint protects itself, as draft-uberti-behave-turn-rest-00 §2.1 asks — asks again
 * with this browser's cookies for the endpoint, so a signed-in user can still test the servers.
 */
export async function fetchCredentialEndpoint(url: string, deps: EndpointFetchDeps): Promise<EndpointFetchResult> {
  const first = await attempt(url, 'omit', deps);
  switch (first.kind) {
    case 'ok':
      return { ok: true, response: first.response, anonymousAccess: true, status: first.status };
    case 'cancelled':
      return { ok: false, error: 'Cancelled.', cancelled: true };
    case 'error':
      return { ok: false, error: `Credential endpoint: ${first.error}` };
    case 'http':
      break;
  }
  const anonymousStatus = describeStatus(first.status, first.statusText);
  if (first.status !== 401 && first.status !== 403) {
    return { ok: false, error: `Credential endpoint: the endpoint answered ${anonymousStatus}.` };
  }
  const second = await attempt(url, 'include', deps);
  switch (second.kind) {
    case 'ok':
      return { ok: true, response: second.response, anonymousAccess: false, status: second.status };
    case 'cancelled':
      return { ok: false, error: 'Cancelled.', cancelled: true };
    case 'error':
      return {
        ok: false,
        error:
          `Credential endpoint: a request without cookies was refused (${anonymousStatus}), which is ` +
          `good. The request with this browser's cookies failed: ${second.error}`,
      };
    case 'http':
      return {
        ok: false,
        error:
          `Credential endpoint: a request without cookies was refused (${anonymousStatus}), which is ` +
          `good. The request with this browser's cookies was refused too (${describeStatus(second.status, second.statusText)}): ` +
          'sign in to your app in this browser, or test your TURN server with "Username and password".',
      };
  }
}
