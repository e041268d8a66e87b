/**
 * TURN credentials: minting and analysing TURN REST API credentials (draft-uberti-behave-turn-rest-00,
 * coturn `use-auth-secret`) and normalizing a credential endpoint's response. Secrets stay in the
 * values passed in and out; nothing here logs or stores them.
 */

import { INPUT_MESSAGES } from './input-messages';

/** coturn `rest-api-separator` default. */
const REST_API_SEPARATOR = ':';

/** RFC 8489 §14.3: USERNAME is at most 509 bytes; browsers throw InvalidAccessError above it. */
export const MAX_USERNAME_BYTES = 509;

/** The lifetime draft-uberti-behave-turn-rest-00 §2.2 recommends, and our pass threshold. */
export const RECOMMENDED_MAX_TTL_SECONDS = 86_400;

export interface RestCredential {
  /** `<unix expiry in seconds>:<user id>` */
  readonly username: string;
  /** base64(HMAC-SHA1(secret, username)) */
  readonly password: string;
  /** Expiry, milliseconds since the epoch. */
  readonly expiresAt: number;
}

export interface MintRestCredentialInput {
  readonly secret: string;
  readonly userId: string;
  /** May be zero or negative to mint an already expired credential (the expired-credential probe). */
  readonly ttlSeconds: number;
  /** Wall-clock time, milliseconds since the epoch (`Date.now()`). */
  readonly now: number;
  readonly separator?: string;
}

export type MintResult = { ok: true; credential: RestCredential } | { ok: false; error: string };

const encoder = new TextEncoder();

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/**
 * Mints a TURN REST API credential (draft-uberti-behave-turn-rest-00 §2.2; coturn `use-auth-secret`
 * with `static-auth-secret`): `username = "<now/1000 + ttl>:<userId>"`,
 * `password = base64(HMAC-SHA1(secret, username))`. An empty user id gives a bare timestamp, which
 * coturn also accepts. `subtle` is `crypto.subtle`, absent outside secure contexts.
 */
export async function mintRestCredential(
  input: MintRestCredentialInput,
  subtle: SubtleCrypto | undefined,
): Promise<MintResult> {
  const separator = input.separator ?? REST_API_SEPARATOR;
  if (input.secret === '') return { ok: false, error: INPUT_MESSAGES.noSecret };
  if (!Number.isSafeInteger(input.ttlSeconds)) {
    return { ok: false, error: 'Lifetime (seconds): enter a whole number of seconds' };
  }
  if (!Number.isFinite(input.now)) return { ok: false, error: 'now: not a valid time' };
  if (subtle === undefined) {
    return {
      ok: false,
      error: 'WebCrypto is not available: open the app over https:// or on localhost to mint credentials',
    };
  }
  const expirySeconds = Math.floor(input.now / 1000) + input.ttlSeconds;
  const username = input.userId === '' ? `${expirySeconds}` : `${expirySeconds}${separator}${input.userId}`;
  if (encoder.encode(username).length > MAX_USERNAME_BYTES) {
    return {
      ok: false,
      error: `User ID: too long — the username may be at most ${MAX_USERNAME_BYTES} bytes (RFC 8489)`,
    };
  }
  try {
    const key = await subtle.importKey(
      'raw',
      encoder.encode(input.secret),
      { name: 'HMAC', hash: 'SHA-1' },
      false,
      ['sign'],
    );
    const mac = await subtle.sign('HMAC', key, encoder.encode(username));
    return {
      ok: true,
      credential: { username, password: toBase64(new Uint8Array(mac)), expiresAt: expirySeconds * 1000 },
    };
  } catch (e) {
    return { ok: false, error: `WebCrypto could not compute the HMAC: ${e instanceof Error ? e.name : 'unknown error'}` };
  }
}

export type PersonalDataKind = 'email' | 'phone' | 'name';

export interface PersonalDataFinding {
  readonly kind: PersonalDataKind;
  /** Describes the finding without repeating the value. */
  readonly description: string;
}

const EMAIL = /[^\s@:]+@[^\s@:]+\.[a-z]{2,}/i;
const PHONE_CHARS = /^\+?[0-9(][0-9 ().\-/]{5,22}[0-9]$/;
const PERSON_NAME = /^\p{L}[\p{L}'’-]*(?:[ ]+\p{L}[\p{L}'’.-]*)+$/u;

/**
 * Flags user ids that look like personal data. The TURN USERNAME travels in clear text in every STUN
 * request (draft-uberti-behave-turn-rest-00 §4 recommends opaque ids). A bare number is not flagged:
 * numeric database ids are common; a phone number needs a leading "+" or separators.
 */
export function detectPersonalData(userId: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const text = userId.trim();
  if (EMAIL.test(text)) {
    findings.push({ kind: 'email', description: 'looks like an email address' });
  }
  if (PHONE_CHARS.test(text)) {
    const digits = text.replace(/[^0-9]/g, '').length;
    const hasSeparator = text.startsWith('+') || /[ ().\-/]/.test(text);
    if (digits >= 7 && digits <= 15 && hasSeparator) {
      findings.push({ kind: 'phone', description: 'looks like a phone number' });
    }
  }
  if (PERSON_NAME.test(text)) {
    findings.push({ kind: 'name', description: 'looks like a person’s name' });
  }
  return findings;
}

export interface UsernameAnalysis {
  /** `expiring` when the username starts with a TURN REST timestamp. */
  readonly kind: 'expiring' | 'static';
  /** Expiry, milliseconds since the epoch (expiring only). */
  readonly expiresAt?: number;
  /** Seconds from `now` to expiry; negative when expired (expiring only). */
  readonly remainingSeconds?: number;
  readonly expired?: boolean;
  /** The timestamp has 13+ digits: probably milliseconds, which a server reads as seconds. */
  readonly timestampLooksLikeMilliseconds?: boolean;
  /** The part after the separator, or the whole username when static. */
  readonly userId: string;
  readonly personalData: readonly PersonalDataFinding[];
}

/** Numbers below this are not read as Unix times (1973-03-03): "1001" is a static user, not 1970. */
const MIN_PLAUSIBLE_TIMESTAMP = 100_000_000;

/**
 * Reads a username in TURN REST format, `<expiry>:<user id>` (draft-uberti-behave-turn-rest-00
 * §2.2, coturn `rest-api-separator`), with the expiry in Unix seconds. Anything else is static.
 */
export function analyzeUsername(
  username: string,
  now: number,
  separator: string = REST_API_SEPARATOR,
): UsernameAnalysis {
  const sep = username.indexOf(separator);
  const head = sep === -1 ? username : username.slice(0, sep);
  const userId = sep === -1 ? '' : username.slice(sep + separator.length);
  const timestamp = /^[0-9]{1,16}$/.test(head) ? Number(head) : NaN;
  if (!Number.isFinite(timestamp) || timestamp < MIN_PLAUSIBLE_TIMESTAMP) {
    return { kind: 'static', userId: username, personalData: detectPersonalData(username) };
  }
  const expiresAt = timestamp * 1000;
  const remainingSeconds = Math.floor((expiresAt - now) / 1000);
  return {
    kind: 'expiring',
    expiresAt,
    remainingSeconds,
    expired: expiresAt <= now,
    ...(head.length >= 13 ? { timestampLooksLikeMilliseconds: true } : {}),
    userId,
    personalData: detectPersonalData(userId),
  };
}

export interface EndpointIceServer {
  readonly urls: readonly string[];
  readonly username?: string;
  readonly credential?: string;
}

export interface EndpointCredentials {
  /** `turn-rest`: `{ username, password, ttl, uris }`; `ice-servers`: an RTCIceServer list. */
  readonly shape: 'turn-rest' | 'ice-servers';
  readonly iceServers: readonly EndpointIceServer[];
  readonly ttlSeconds?: number;
}

export type EndpointParseResult =
  | { ok: true; response: EndpointCredentials }
  | { ok: false; error: string };

type Obj = Record<string, unknown>;
type Step<T> = { ok: true; value: T } | { ok: false; error: string };

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(path: string, message: string): { ok: false; error: string } {
  return { ok: false, error: `${path}: ${message}` };
}

function isTurnUrl(url: string): boolean {
  return /^turns?:/i.test(url.trim());
}

function readTtl(value: unknown, path: string): Step<number | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  const n = typeof value === 'string' && /^[0-9]+$/.test(value.trim()) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) {
    return fail(path, 'expected a number of seconds');
  }
  return { ok: true, value: n };
}

function readUrls(value: unknown, path: string): Step<string[]> {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list)) return fail(path, 'expected a string or an array of strings');
  if (list.length === 0) return fail(path, 'the list is empty');
  const urls: string[] = [];
  for (const [i, u] of list.entries()) {
    if (typeof u !== 'string') return fail(`${path}[${i}]`, 'expected a string');
    urls.push(u);
  }
  return { ok: true, value: urls };
}

function readIceServer(value: unknown, path: string): Step<EndpointIceServer> {
  if (!isObject(value)) return fail(path, 'expected an object');
  const urlsKey = value['urls'] !== undefined ? 'urls' : value['url'] !== undefined ? 'url' : 'urls';
  const urls = readUrls(value[urlsKey], `${path}.${urlsKey}`);
  if (!urls.ok) return urls;
  const { username, credential } = value;
  if (username !== undefined && typeof username !== 'string') {
    return fail(`${path}.username`, 'expected a string');
  }
  if (credential !== undefined && typeof credential !== 'string') {
    return fail(`${path}.credential`, 'expected a string (OAuth credentials are not supported)');
  }
  if (urls.value.some(isTurnUrl)) {
    if (username === undefined || username === '') {
      return fail(`${path}.username`, 'missing for a turn: URL (browsers refuse TURN without credentials)');
    }
    if (credential === undefined || credential === '') {
      return fail(`${path}.credential`, 'missing for a turn: URL (browsers refuse TURN without credentials)');
    }
  }
  return {
    ok: true,
    value: {
      urls: urls.value,
      ...(username !== undefined ? { username } : {}),
      ...(credential !== undefined ? { credential } : {}),
    },
  };
}

function readIceServers(value: unknown, path: string, ttl: unknown): EndpointParseResult {
  const list = isObject(value) ? [value] : value;
  if (!Array.isArray(list)) return fail(path, 'expected an array of ICE servers');
  if (list.length === 0) return fail(path, 'the list is empty');
  const iceServers: EndpointIceServer[] = [];
  for (const [i, entry] of list.entries()) {
    const server = readIceServer(entry, `${path}[${i}]`);
    if (!server.ok) return server;
    iceServers.push(server.value);
  }
  const ttlSeconds = readTtl(ttl, 'ttl');
  if (!ttlSeconds.ok) return ttlSeconds;
  return {
    ok: true,
    response: {
      shape: 'ice-servers',
      iceServers,
      ...(ttlSeconds.value !== undefined ? { ttlSeconds: ttlSeconds.value } : {}),
    },
  };
}

/**
 * Normalizes a credential endpoint's JSON: the TURN REST shape `{ username, password | credential,
 * ttl, uris }` (draft-uberti-behave-turn-rest-00 §2.2), `{ iceServers: [...] }` (also a single
 * object, and Twilio's `ice_servers`), or a bare RTCIceServer array. Errors name the field path.
 */
export function parseCredentialEndpointResponse(json: unknown): EndpointParseResult {
  if (Array.isArray(json)) return readIceServers(json, 'response', undefined);
  if (!isObject(json)) {
    return { ok: false, error: 'response: expected a JSON object or an array of ICE servers' };
  }
  for (const key of ['iceServers', 'ice_servers'] as const) {
    if (json[key] !== undefined) return readIceServers(json[key], key, json['ttl']);
  }
  if (json['uris'] === undefined && json['username'] === undefined) {
    return {
      ok: false,
      error:
        'response: expected "iceServers" or the TURN REST fields "username", "password" and "uris"',
    };
  }
  const { username } = json;
  if (typeof username !== 'string' || username === '') return fail('username', 'expected a non-empty string');
  const passwordKey = json['password'] !== undefined ? 'password' : 'credential';
  const password = json[passwordKey];
  if (typeof password !== 'string' || password === '') {
    return fail(passwordKey, 'expected a non-empty string ("password" or "credential")');
  }
  const uris = readUrls(json['uris'], 'uris');
  if (!uris.ok) return uris;
  const ttlSeconds = readTtl(json['ttl'], 'ttl');
  if (!ttlSeconds.ok) return ttlSeconds;
  return {
    ok: true,
    response: {
      shape: 'turn-rest',
      iceServers: [{ urls: uris.value, username, credential: password }],
      ...(ttlSeconds.value !== undefined ? { ttlSeconds: ttlSeconds.value } : {}),
    },
  };
}

/** `parseCredentialEndpointResponse` on the raw body text. */
export function parseCredentialEndpointText(text: string): EndpointParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'response: not valid JSON' };
  }
  return parseCredentialEndpointResponse(json);
}

/** What the UI shows instead of a password: its length only. */
export function maskSecret(secret: string): string {
  return secret === '' ? '(empty)' : `${'•'.repeat(8)} (${secret.length} characters)`;
}
