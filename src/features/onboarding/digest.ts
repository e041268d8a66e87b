/**
 * SHA-256 digests of onboarding files, over a canonical JSON form (object keys sorted at every
 * level, no whitespace), so the same content always gives the same digest whatever the key order
 * or indentation of the file. The hash function is injected: WebCrypto in the app, any
 * implementation in tests.
 */

/** SHA-256 of `bytes` (WebCrypto's `crypto.subtle.digest('SHA-256', …)` in the app). */
export type Sha256 = (bytes: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer>;

export const webCryptoSha256: Sha256 = (bytes) => globalThis.crypto.subtle.digest('SHA-256', bytes);

/** JSON with object keys sorted (arrays keep their order); `undefined` members are left out, as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** `sha256:` and the lower-case hex digest of the canonical JSON of `value`. */
export async function digestOf(value: unknown, sha256: Sha256): Promise<string> {
  const hash = new Uint8Array(await sha256(new TextEncoder().encode(canonicalJson(value))));
  return `sha256:${Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The first hex digits of a digest, for display ("sha256 1a2b3c4d"). */
export function shortDigest(digest: string): string {
  return `sha256 ${digest.slice('sha256:'.length, 'sha256:'.length + 12)}`;
}
