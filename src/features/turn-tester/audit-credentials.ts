/**
 * Credential resolution for the audit: which username and credential each URL is probed with
 * (valid, and for a shared secret an expired one), and which URLs a credential endpoint offers.
 * Input errors come back as values naming the field, before any probe runs.
 */

import type { EndpointCredentials } from './credentials';
import { RECOMMENDED_MAX_TTL_SECONDS, mintRestCredential } from './credentials';
import { INPUT_MESSAGES } from './input-messages';
import type { ParsedUri } from './uri';
import { parseUri } from './uri';

export type CredentialSource =
  | { readonly kind: 'static'; readonly username: string; readonly password: string }
  | {
      readonly kind: 'shared-secret';
      readonly secret: string;
      readonly userId: string;
      readonly ttlSeconds: number;
    }
  | {
      readonly kind: 'endpoint';
      readonly response: EndpointCredentials;
      /** Whether a request without cookies also got credentials; undefined when not checked. */
      readonly anonymousAccess?: boolean;
    };

export interface Credential {
  readonly username: string;
  readonly credential: string;
}

export interface ResolvedCredentials {
  /** The working credential for a URL; undefined when the endpoint gave none for it. */
  readonly valid: (uri: ParsedUri) => Credential | undefined;
  /** A TURN REST credential that expired a day ago (shared secret only). */
  readonly expired?: Credential;
}

export type ResolveResult = ({ ok: true } & ResolvedCredentials) | { ok: false; error: string };

function endpointCredentialFor(response: EndpointCredentials, uri: ParsedUri): Credential | undefined {
  const withCreds = response.iceServers.filter((s) => s.username !== undefined && s.credential !== undefined);
  const match =
    withCreds.find((s) =>
      s.urls.some((u) => {
        const r = parseUri(u);
        return r.ok && r.uri.url === uri.url;
      }),
    ) ?? withCreds[0];
  return match?.username !== undefined && match.credential !== undefined
    ? { username: match.username, credential: match.credential }
    : undefined;
}

/** The endpoint's valid URIs, for a run without URLs of its own. */
export function endpointUris(response: EndpointCredentials): ParsedUri[] {
  const out: ParsedUri[] = [];
  for (const u of response.iceServers.flatMap((s) => s.urls)) {
    const r = parseUri(u);
    if (r.ok && !out.some((x) => x.url === r.uri.url)) out.push(r.uri);
  }
  return out;
}

async function mintPair(
  creds: Extract<CredentialSource, { kind: 'shared-secret' }>,
  now: number,
  subtle: SubtleCrypto | undefined,
): Promise<ResolveResult> {
  if (!Number.isSafeInteger(creds.ttlSeconds) || creds.ttlSeconds <= 0) return { ok: false, error: INPUT_MESSAGES.badLifetime };
  const base = { secret: creds.secret, userId: creds.userId, now };
  const minted = await mintRestCredential({ ...base, ttlSeconds: creds.ttlSeconds }, subtle);
  if (!minted.ok) return minted;
  const old = await mintRestCredential({ ...base, ttlSeconds: -RECOMMENDED_MAX_TTL_SECONDS }, subtle);
  if (!old.ok) return old;
  const c = { username: minted.credential.username, credential: minted.credential.password };
  return { ok: true, valid: () => c, expired: { username: old.credential.username, credential: old.credential.password } };
}

/** The credentials per URL, or the first input error. */
export async function resolveCredentials(
  creds: CredentialSource,
  uris: readonly ParsedUri[],
  now: number,
  subtle: SubtleCrypto | undefined,
): Promise<ResolveResult> {
  switch (creds.kind) {
    case 'static': {
      if (creds.username === '') return { ok: false, error: INPUT_MESSAGES.noUsername };
      if (creds.password === '') return { ok: false, error: INPUT_MESSAGES.noPassword };
      const c = { username: creds.username, credential: creds.password };
      return { ok: true, valid: () => c };
    }
    case 'shared-secret':
      return mintPair(creds, now, subtle);
    case 'endpoint': {
      const valid = (uri: ParsedUri) => endpointCredentialFor(creds.response, uri);
      if (uris.some((u) => u.isTurn && valid(u) === undefined)) {
        return { ok: false, error: INPUT_MESSAGES.endpointWithoutCredentials };
      }
      return { ok: true, valid };
    }
  }
}
