/**
 * Removes things that look like credentials from free text before it is stored as evidence or
 * written into an export: passwords in URLs (`https://u:pw@…`, `turn:u:pw@…`), secret-looking
 * query parameters, `key=value` / `key: value` pairs with a secret-sounding key (including coturn's
 * `static-auth-secret` and `user=name:password`), bearer tokens, JWTs and PEM private keys.
 *
 * It errs on the side of redacting: "password: hunter2" in a note is exported as
 * "password: [redacted]". Idempotent: redacting twice gives the same text.
 */

export const REDACTED = '[redacted]';

const SECRET_KEY =
  '(?:static-auth-secret|auth-secret|shared[-_ ]?secret|client[-_]?secret|secret|password|passwd|passphrase|pwd|credential|credentials|api[-_]?key|access[-_]?key|access[-_]?token|refresh[-_]?token|token|auth[-_]?token|private[-_]?key)';

/** A secret value: up to whitespace, a quote or a separator (one class for every rule keeps redaction idempotent). */
const VALUE = `[^\\s"',;&]+`;

const RULES: readonly (readonly [RegExp, string])[] = [
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g, `${REDACTED} private key`],
  // scheme://user:password@host
  [/\b([a-z][a-z0-9+.-]*:\/\/[^\s/@:]+:)[^\s/@]+@/gi, `$1${REDACTED}@`],
  // turn:user:password@host (not RFC 7065, but seen in the wild)
  [/\b((?:turns?|stuns?):[^\s/@:]+:)[^\s/@]+@/gi, `$1${REDACTED}@`],
  // ?password=…&token=…
  [new RegExp(`([?&;#](?:${SECRET_KEY}|key|sig|signature|auth|pass)=)${VALUE}`, 'gi'), `$1${REDACTED}`],
  // coturn: user=name:password
  [/(\buser\s*=\s*[^\s:=]+:)\S+/gi, `$1${REDACTED}`],
  // password=…, "secret": "…", static-auth-secret …
  [new RegExp(`(\\b${SECRET_KEY}["']?\\s*[:=]\\s*["']?)${VALUE}`, 'gi'), `$1${REDACTED}`],
  [/(^|\s)(static-auth-secret\s+)(?!\[redacted\])\S+/gim, `$1$2${REDACTED}`],
  [/\b(Bearer|Basic)\s+(?!\[redacted\])[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${REDACTED}`],
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+/g, REDACTED],
];

export function redactSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}
