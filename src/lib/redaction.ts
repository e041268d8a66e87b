/**
 * The one place that decides what looks like a credential. Everything that leaves the app or is
 * stored from outside (project exports and imports, evidence, printouts, PDFs, the TURN tester's
 * results) goes through these functions.
 *
 * - `redactSecrets(text)` replaces credential-looking parts of free text with `[redacted]`:
 *   passwords in URLs (`https://u:pw@…`, `turn:u:pw@…`), secret-looking query parameters,
 *   `key=value` / `key: value` pairs with a secret-sounding key (coturn's `static-auth-secret`,
 *   `user=name:password`), bearer tokens, JWTs and PEM private keys. A `key: value` pair is
 *   redacted only when the value looks like a secret (quoted, containing a digit or a symbol, or a
 *   long mixed-case base64-like word), so "Rotate the TURN secret: done via vault" stays as
 *   written while "password: hunter2" becomes "password: [redacted]". Idempotent.
 * - `scrubValues(text, secrets)` removes known values (the password the user typed, the shared
 *   secret, a long username) wherever they occur.
 * - `fitRedacted(text, max)` keeps a text short enough that its redacted form fits `max`, so an
 *   export (which redacts) never produces a field its own importer rejects.
 *
 * Linear time: no rule can backtrack over the same characters from many start positions (every
 * greedy run is anchored with a look-behind at the start of its run, and trimming is a loop).
 * `redaction.test.ts` compares 10 000- and 100 000-character adversarial inputs for every rule.
 *
 * No imports: the bench and e2e seeders load this file in Node.
 */

export const REDACTED = '[redacted]';

const SECRET_KEY =
  '(?:static-auth-secret|auth-secret|shared[-_ ]?secret|client[-_]?secret|secret|password|passwd|passphrase|pwd|credential|credentials|api[-_]?key|access[-_]?key|access[-_]?token|refresh[-_]?token|token|auth[-_]?token|private[-_]?key)';

/** A secret value: up to whitespace, a quote or a separator (one class for every rule keeps redaction idempotent). */
const VALUE = `[^\\s"',;&]+`;

/** Not preceded by a URI-scheme character: a scheme is only tried at the start of its run. */
const SCHEME_START = '(?<![a-z0-9+.-])';

type Rule = readonly [RegExp, string | ((match: string, ...groups: string[]) => string)];

/** turn:user:password@ inside one run of non-space, non-"/", non-"@" characters that ends with "@". */
const TURN_USERINFO = new RegExp(`${SCHEME_START}((?:turns?|stuns?):[^:]+:)(.+)$`, 'i');

const RULES: readonly Rule[] = [
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g, `${REDACTED} private key`],
  // scheme://user:password@host — user stops at ":", password at "/", so each character is read once.
  [new RegExp(`${SCHEME_START}([a-z][a-z0-9+.-]*:\\/\\/[^\\s/@:]+:)[^\\s/@]+@`, 'gi'), `$1${REDACTED}@`],
  // turn:user:password@host (not RFC 7065, but seen in the wild): found from the "@" back, once per run.
  [
    /(?<![^\s/@])[^\s/@]+@/g,
    (run) => {
      const m = TURN_USERINFO.exec(run.slice(0, -1));
      if (!m || m[2] === REDACTED) return run;
      return `${run.slice(0, m.index)}${m[1]}${REDACTED}@`;
    },
  ],
  // ?password=…&token=…
  [new RegExp(`([?&;#](?:${SECRET_KEY}|key|sig|signature|auth|pass)=)${VALUE}`, 'gi'), `$1${REDACTED}`],
  // coturn: user=name:password
  [/(\buser\s*=\s*[^\s:=]+:)\S+/gi, `$1${REDACTED}`],
  // static-auth-secret=… (coturn config: always a secret)
  [new RegExp(`(\\bstatic-auth-secret\\s*[:=]\\s*["']?)${VALUE}`, 'gi'), `$1${REDACTED}`],
  [/(^|\s)(static-auth-secret\s+)(?!\[redacted\])\S+/gim, `$1$2${REDACTED}`],
  [/\b(Bearer|Basic)\s+(?!\[redacted\])[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${REDACTED}`],
  [/(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+/g, REDACTED],
];

/** password=…, "secret": "…", token: … — only when the value looks like a secret (see `looksSecret`). */
const KEY_VALUE = new RegExp(`(\\b${SECRET_KEY}(["']?)\\s*[:=]\\s*(["']?))(${VALUE})`, 'gi');

/** Ticket ids such as JIRA-12 or SEC-1042: references, not secrets. */
const TICKET_ID = /^[A-Z][A-Z0-9_]*-\d+$/;
const TRAILING_PUNCTUATION = '.,;:!?)]}';

/** `value` without trailing punctuation (a loop: a regex anchored at the end would be quadratic). */
function trimTrailingPunctuation(value: string): string {
  let end = value.length;
  while (end > 0 && TRAILING_PUNCTUATION.includes(value.charAt(end - 1))) end--;
  return value.slice(0, end);
}

/**
 * Whether the value of a `key: value` pair looks like a secret: quoted, or containing a digit or a
 * symbol (other than a word's hyphen and trailing punctuation), or ≥ 12 characters of
 * base64/hex-like text with mixed case. Plain words ("done", "stored", "short-lived") and ticket
 * ids do not.
 */
function looksSecret(value: string, quoted: boolean): boolean {
  if (value === REDACTED) return false;
  if (quoted) return true;
  const v = trimTrailingPunctuation(value);
  if (!v || TICKET_ID.test(v)) return false;
  if (/^[A-Za-z]+(?:-[A-Za-z]+)*$/.test(v)) {
    // Letters only: a secret when long and mixed case past the first letter (base64-like).
    return v.length >= 12 && /[a-z]/.test(v) && /[A-Z]/.test(v.slice(1));
  }
  return true;
}

export function redactSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of RULES) {
    out = typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
  }
  out = out.replace(KEY_VALUE, (match: string, prefix: string, keyQuote: string, valueQuote: string, value: string) =>
    looksSecret(value, keyQuote !== '' || valueQuote !== '') ? `${prefix}${REDACTED}` : match,
  );
  return out;
}

/** Whether redaction would change `text` (a credential-looking part is in it). */
export function hasSecrets(text: string): boolean {
  return redactSecrets(text) !== text;
}

/**
 * Replaces every occurrence of the given values (a password, a shared secret, a long username)
 * with `[redacted]`. Values shorter than 4 characters are ignored: they would mangle every text
 * they occur in. Longest first, so a value containing another is removed whole.
 */
export function scrubValues(text: string, secrets: readonly string[]): string {
  let out = text;
  const sorted = secrets.filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
  for (const s of sorted) out = out.split(s).join(REDACTED);
  return out;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * A prefix of `text` whose redacted form is at most `max` characters: `text` itself when it
 * already fits. Stored text goes through this, so `redactSecrets(stored).length <= max` holds for
 * every field and an export always passes the importer's length limits.
 *
 * Each pass shrinks the prefix in proportion to how much redaction lengthens it, so it usually
 * fits after one or two passes of linear redaction; a prefix that keeps ending inside one long
 * secret (whose "[redacted]" does not shrink) falls back to a binary search. Never splits a
 * surrogate pair.
 */
export function fitRedacted(text: string, max: number): string {
  return fit(text, max, null).prefix;
}

/** `fitRedacted` with the redacted form of the result (and of the whole text, when known). */
function fit(text: string, max: number, redactedWhole: string | null): { prefix: string; redacted: string } {
  const whole = (n: number) => (n > 0 && n < text.length && isHighSurrogate(text.charCodeAt(n - 1)) ? n - 1 : n);
  let end = whole(Math.min(text.length, max));
  for (let pass = 0; pass < 6; pass++) {
    const prefix = text.slice(0, end);
    const redacted = end === text.length && redactedWhole !== null ? redactedWhole : redactSecrets(prefix);
    if (redacted.length <= max || end === 0) return { prefix, redacted };
    // Shrink in proportion to how much redaction lengthens this text (always by at least one).
    end = whole(Math.floor((end * max) / redacted.length));
  }
  // Cutting inside one long secret does not shorten its "[redacted]": search the rest (log n passes).
  let lo = 0;
  let hi = end;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (redactSecrets(text.slice(0, mid)).length <= max) lo = mid;
    else hi = mid;
  }
  const best = whole(redactSecrets(text.slice(0, hi)).length <= max ? hi : lo);
  return { prefix: text.slice(0, best), redacted: redactSecrets(text.slice(0, best)) };
}

/** `redactSecrets(fitRedacted(text, max))`: redacted text of at most `max` characters (redacting again changes nothing). */
export function redactToFit(text: string, max: number): string {
  const redacted = redactSecrets(text);
  return redacted.length <= max ? redacted : fit(text, max, redacted).redacted;
}
