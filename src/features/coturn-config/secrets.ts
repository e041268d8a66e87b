/**
 * Secret values in a config: never shown, stored or exported. The masks replace every occurrence of
 * each value anywhere in findings, snippets and files, on top of the generic redaction.
 */
import { redactSecrets } from '@/lib/redaction';

const MASK = '[redacted]';
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
      if (pw.length >= 3) out.add(pw);
    } else if (SECRET_OPTIONS.has(e.name) && e.value.length >= 3) {
      out.add(e.value);
    }
  }
  // Longest first, so a value containing another is masked whole.
  return [...out].sort((a, b) => b.length - a.length);
}

/** Replaces every secret value; `generic` also applies the app-wide credential redaction (for text that echoes config input). */
export function maskText(text: string, secrets: readonly string[], generic = true): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join(MASK);
  return generic ? redactSecrets(out) : out;
}
