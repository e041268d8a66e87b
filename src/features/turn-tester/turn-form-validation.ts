/**
 * Validation of the TURN tester form, pure: the URL list, the credentials of the chosen mode and
 * the no-answer timeout become a run request, or errors naming the field (messages shared with the
 * engine, see input-messages.ts). Nothing is lost: the values stay as typed.
 */

import { MAX_USERNAME_BYTES } from './credentials';
import { validateEndpointUrl } from './endpoint-url';
import { INPUT_MESSAGES as M } from './input-messages';
import type { RunCredentials } from './secrets';
import type { UrlList } from './uri';

export type CredentialMode = 'static' | 'shared-secret' | 'endpoint';

export interface CredentialValues {
  mode: CredentialMode;
  username: string;
  password: string;
  secret: string;
  userId: string;
  lifetime: string;
  endpointUrl: string;
}

export type FieldName = 'urls' | 'mode' | 'username' | 'password' | 'secret' | 'userId' | 'lifetime' | 'endpointUrl' | 'timeout';

export interface FormError {
  readonly field: FieldName;
  readonly message: string;
}

export interface FormValidation {
  readonly errors: FormError[];
  /** Null when there are errors. */
  readonly credentials: RunCredentials | null;
  readonly timeoutMs: number;
}

export const INITIAL_CREDENTIALS: CredentialValues = {
  mode: 'static',
  username: '',
  password: '',
  secret: '',
  userId: 'turn-tester',
  lifetime: '3600',
  endpointUrl: '',
};

/** Ten years: a longer "lifetime" is a typo, not a test. */
const MAX_LIFETIME_SECONDS = 10 * 365 * 86_400;

function validateUrls(urlList: UrlList, mode: CredentialMode): FormError[] {
  if (urlList.errors.length > 0) return urlList.errors.map((e) => ({ field: 'urls', message: M.urlLine(e) }));
  if (urlList.uris.length === 0 && mode !== 'endpoint') return [{ field: 'urls', message: M.noUrlExample }];
  if (urlList.uris.length > 0 && !urlList.uris.some((u) => u.isTurn)) return [{ field: 'urls', message: M.onlyStun }];
  return [];
}

type CredentialResult = { errors: FormError[]; credentials: RunCredentials | null };

function staticCredentials(values: CredentialValues): CredentialResult {
  const errors: FormError[] = [];
  if (values.username === '') errors.push({ field: 'username', message: M.noUsername });
  else if (new TextEncoder().encode(values.username).length > MAX_USERNAME_BYTES) {
    errors.push({ field: 'username', message: M.usernameTooLong(MAX_USERNAME_BYTES) });
  }
  if (values.password === '') errors.push({ field: 'password', message: M.noPasswordWhy });
  const credentials = errors.length === 0 ? ({ kind: 'static', username: values.username, password: values.password } as const) : null;
  return { errors, credentials };
}

/** A whole number of seconds from 1 to `MAX_LIFETIME_SECONDS`, or NaN. */
export function parseLifetime(text: string): number {
  const trimmed = text.trim();
  const ttl = /^[0-9]+$/.test(trimmed) ? Number(trimmed) : NaN;
  return Number.isSafeInteger(ttl) && ttl > 0 && ttl <= MAX_LIFETIME_SECONDS ? ttl : NaN;
}

function sharedSecretCredentials(values: CredentialValues): CredentialResult {
  const errors: FormError[] = [];
  if (values.secret === '') errors.push({ field: 'secret', message: M.noSecret });
  if (values.userId.includes(':')) errors.push({ field: 'userId', message: M.userIdColon });
  const ttl = parseLifetime(values.lifetime);
  if (Number.isNaN(ttl)) errors.push({ field: 'lifetime', message: M.badLifetime });
  const credentials =
    errors.length === 0
      ? ({ kind: 'shared-secret', secret: values.secret, userId: values.userId.trim(), ttlSeconds: ttl } as const)
      : null;
  return { errors, credentials };
}

function endpointCredentials(values: CredentialValues, pageOrigin: string): CredentialResult {
  const r = validateEndpointUrl(values.endpointUrl, pageOrigin);
  if (!r.ok) return { errors: [{ field: 'endpointUrl', message: r.error }], credentials: null };
  return { errors: [], credentials: { kind: 'endpoint', endpointUrl: r.url.href } };
}

/** Seconds from 1 to 60, in milliseconds; NaN when out of range or not a number. */
export function parseTimeout(text: string): number {
  const t = text.trim();
  const s = /^[0-9]+(\.[0-9]+)?$/.test(t) ? Number(t) : NaN;
  return s >= 1 && s <= 60 ? Math.round(s * 1000) : NaN;
}

export function validateForm(urlList: UrlList, values: CredentialValues, timeout: string, pageOrigin: string): FormValidation {
  const creds =
    values.mode === 'static'
      ? staticCredentials(values)
      : values.mode === 'shared-secret'
        ? sharedSecretCredentials(values)
        : endpointCredentials(values, pageOrigin);
  const errors = [...validateUrls(urlList, values.mode), ...creds.errors];
  const timeoutMs = parseTimeout(timeout);
  if (Number.isNaN(timeoutMs)) errors.push({ field: 'timeout', message: M.badTimeout });
  return { errors, credentials: errors.length === 0 ? creds.credentials : null, timeoutMs };
}
