/**
 * What the TURN tester must never let out of a run: the values typed into the form or fetched
 * from the credential endpoint. Everything derived from a run (the results file, evidence on a
 * project) is passed through `scrubValues(text, secretsOf(…))` (lib/redaction.ts) on top of the
 * pattern-based redaction.
 */
import type { EndpointCredentials } from './credentials';

export type RunCredentials =
  | { readonly kind: 'static'; readonly username: string; readonly password: string }
  | { readonly kind: 'shared-secret'; readonly secret: string; readonly userId: string; readonly ttlSeconds: number }
  | { readonly kind: 'endpoint'; readonly endpointUrl: string };

/** Values that must never appear in an export: passwords, secrets, usernames, the endpoint URL. */
export function secretsOf(credentials: RunCredentials, endpoint: EndpointCredentials | null): string[] {
  const out: string[] = [];
  switch (credentials.kind) {
    case 'static':
      out.push(credentials.password);
      // A short username ("user") would mangle every text it occurs in; it is not secret on its own.
      if (credentials.username.length >= 8) out.push(credentials.username);
      break;
    case 'shared-secret':
      out.push(credentials.secret);
      break;
    case 'endpoint': {
      out.push(credentials.endpointUrl);
      try {
        const url = new URL(credentials.endpointUrl);
        for (const value of url.searchParams.values()) out.push(value);
      } catch {
        // Validated before the run; nothing more to collect.
      }
      break;
    }
  }
  for (const s of endpoint?.iceServers ?? []) {
    if (s.credential !== undefined) out.push(s.credential);
    if (s.username !== undefined && s.username.length >= 8) out.push(s.username);
  }
  // Longest first, so a secret containing another is removed whole.
  return out.filter((s) => s !== '').sort((a, b) => b.length - a.length);
}

