/**
 * Removes things that look like credentials from free text before it is stored as evidence or
 * written into an export: passwords in URLs (`https://u:pw@…`, `turn:u:pw@…`), secret-looking
 * query parameters, `key=value` / `key: value` pairs with a secret-sounding key (including coturn's
 * `static-auth-secret` and `user=name:password`), bearer tokens, JWTs and PEM private keys.
 *
 * A `key: value` / `key=value` pair is redacted only when the value looks like a secret (quoted,
 * containing a digit or a symbol, or a long base64/hex-like string), so prose such as "Rotate the
 * TURN secret: done via vault" or "token: see JIRA-12" stays as written, while "password: hunter2"
 * becomes "password: [redacted]". Idempotent: redacting twice gives the same text.
 */

const REDACTED = '[redacted]';

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
  // static-auth-secret=… (coturn config: always a secret)
  [new RegExp(`(\\bstatic-auth-secret\\s*[:=]\\s*["']?)${VALUE}`, 'gi'), `$1${REDACTED}`],
  [/(^|\s)(static-auth-secret\s+)(?!\[redacted\])\S+/gim, `$1$2${REDACTED}`],
  [/\b(Bearer|Basic)\s+(?!\[redacted\])[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${REDACTED}`],
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+/g, REDACTED],
];

/** password=…, "secret": "…", token: … — only when the value looks like a secret (see `looksSecret`). */
const KEY_VALUE = new RegExp(`(\\b${SECRET_KEY}(["']?)\\s*[:=]\\s*(["']?))(${VALUE})`, 'gi');

/** Ticket ids such as JIRA-12 or SEC-1042: references, not secrets. */
const TICKET_ID = /^[A-Z][A-Z0-9_]*-\d+$/;

/**
 * Whether the value of a `key: value` pair looks like a secret: quoted, or containing a digit or a
 * symbol (other than a word's hyphen and trailing punctuation), or ≥ 12 characters of
 * base64/hex-like text with mixed case. Plain words ("done", "stored", "short-lived") and ticket
 * ids do not.
 */
function looksSecret(value: string, quoted: boolean): boolean {
  if (value === REDACTED) return false;
  if (quoted) return true;
  const v = value.replace(/[.,;:!?)\]}]+$/, '');
  if (!v || TICKET_ID.test(v)) return false;
  if (/^[A-Za-z]+(?:-[A-Za-z]+)*$/.test(v)) {
    // Letters only: a secret when long and mixed case past the first letter (base64-like).
    return v.length >= 12 && /[a-z]/.test(v) && /[A-Z]/.test(v.slice(1));
  }
  return true;
}

export function redactSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  out = out.replace(KEY_VALUE, (match: string, prefix: string, keyQuote: string, valueQuote: string, value: string) =>
    looksSecret(value, keyQuote !== '' || valueQuote !== '') ? `${prefix}${REDACTED}` : match,
  );
  return out;
}
