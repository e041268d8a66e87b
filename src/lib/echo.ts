/**
 * How error messages quote a value from a file or from storage: short, and never a secret. A
 * message that echoed a 4.9 M-character field, or a token, onto the screen (and into a
 * screenshot sent to support) would be worse than no quote at all.
 */
import { hasSecrets } from './redaction';

const MAX_ECHO_CHARS = 40;

/** A long unbroken run of letters and digits with both: an API key, a hash, a base64 secret. */
const TOKEN_LIKE = /^[A-Za-z0-9+/=_.~-]{24,}$/;

function looksLikeCredential(text: string): boolean {
  return hasSecrets(text) || (TOKEN_LIKE.test(text) && /\d/.test(text) && /[A-Za-z]/.test(text));
}

/**
 * A value for an error message: `"abc"` for a short string, `"first 40 characters…" (12 345
 * characters)` for a long one, `a string of 64 characters (not shown: it looks like a
 * credential)` for a secret-looking one; numbers and booleans as written; other types by name.
 */
export function echoValue(value: unknown): string {
  if (typeof value === 'string') {
    if (looksLikeCredential(value.length > 10_000 ? value.slice(0, 10_000) : value))
      return `a string of ${value.length} characters (not shown: it looks like a credential)`;
    if (value.length <= MAX_ECHO_CHARS) return JSON.stringify(value);
    return `${JSON.stringify(value.slice(0, MAX_ECHO_CHARS))}… (${value.length.toLocaleString('en')} characters)`;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return `a value of type ${typeof value}`;
}
