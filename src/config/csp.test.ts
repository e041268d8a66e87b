import { describe, expect, it } from 'vitest';
import { cspHeaderValue, cspMetaValue, securityHeaders } from './csp';

describe('Content-Security-Policy', () => {
  it('allows scripts and styles only from the app origin', () => {
    const csp = cspHeaderValue();
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(csp).toContain("worker-src 'self'");
  });

  it('keeps frame-ancestors in the header but not in the meta tag, where browsers ignore it', () => {
    expect(cspHeaderValue()).toContain("frame-ancestors 'none'");
    expect(cspMetaValue()).not.toContain('frame-ancestors');
  });

  it('sends the CSP with the other hardening headers', () => {
    const h = securityHeaders();
    expect(h['Content-Security-Policy']).toBe(cspHeaderValue());
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Referrer-Policy']).toBe('no-referrer');
  });
});
