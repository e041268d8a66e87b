/**
 * Secret values in a config: never shown, stored or exported. The masks replace every occurrence of
 * each value anywhere in findings, snippets and files, on top of the generic redaction.
 */
import { redactSecrets, scrubValues } from '@/lib/redaction';
import type { ParsedConfig } from './parser';

/** Options whose whole value is secret. `user` keeps the name before the colon. */
const SECRET_OPTIONS = new Set([
  'static-auth-secret',
  'cli-password',
  'pkey-pwd',
  'stateless-nonce-secret',
  'psql-userdb',
  'sql-userdb',
  'mysql-userdb',
  'mongo-userdb',
  'redis-userdb',
  'redis-statsdb',
  'userdb',
  'db',
]);

export function secretValues(parsed: ParsedConfig): string[] {
  const out = new Set<string>();
  for (const e of parsed.entries) {
    if (e.value === null) continue;
    if (e.name === 'user') {
      const colon = e.value.indexOf(':');
      const pw = colon < 0 ? e.value : e.value.slice(colon + 1);
      if (pw.length >= 4) out.add(pw);
    } else if (SECRET_OPTIONS.has(e.name) && e.value.length >= 4) {
      out.add(e.value);
    }
  }
  return [...out];
}

/** Replaces every secret value; `generic` also applies the app-wide credential redaction (for text that echoes config input). */
export function maskText(text: string, secrets: readonly string[], generic = true): string {
  const out = scrubValues(text, secrets);
  return generic ? redactSecrets(out) : out;
}
