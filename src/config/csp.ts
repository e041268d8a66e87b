/**
 * The Content-Security-Policy of the served app. One definition for the build's meta tag, the
 * preview server's header and the hosting docs.
 *
 * - `connect-src 'self' https:`: the TURN tester fetches credentials from the team's own HTTPS
 *   endpoint, whose origin we cannot know in advance. WebRTC ICE traffic is not governed by CSP.
 * - `worker-src 'self'`: the offline service worker (/sw.js) comes from the app origin, nowhere else.
 * - `frame-ancestors` only works as an HTTP header; browsers ignore it in a meta tag, so the meta
 *   variant leaves it out (the header and the README keep it).
 */
const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self' https:",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

const HEADER_ONLY = new Set(['frame-ancestors']);

export function cspHeaderValue(): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}

export function cspMetaValue(): string {
  return Object.entries(CSP_DIRECTIVES)
    .filter(([k]) => !HEADER_ONLY.has(k))
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}

/** Headers we set on the preview server and recommend for any host. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': cspHeaderValue(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), display-capture=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}
