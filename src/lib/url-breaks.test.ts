import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { urlBreakParts } from './url-breaks';

describe('urlBreakParts', () => {
  it.each([
    ['turn:127.0.0.1:3478?transport=udp', ['turn:', '127.0.0.1:3478', '?transport=udp']],
    ['turns:turn-eu.example.com:443?transport=tcp', ['turns:', 'turn-', 'eu.', 'example.', 'com:443', '?transport=tcp']],
    ['turn:[::1]:3478', ['turn:', '[::1]:3478']],
    ['127.0.0.1:3478', ['127.0.0.1:3478']],
    ['turn:[2001:db8::1]:3478?transport=tcp', ['turn:', '[2001:db8::1]:3478', '?transport=tcp']],
    ['localhost:3478', ['localhost:3478']],
    ['https://creds.example/x?a=1&b=2', ['https:', '//creds.', 'example/x', '?a=1', '&b=2']],
    ['', []],
  ])('%s', (text, parts) => {
    expect(urlBreakParts(text)).toEqual(parts);
  });

  it('gives back the text when joined, and never cuts between two digits, inside an IP address or inside the query', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.webUrl(), fc.stringMatching(/^turns?:[a-z0-9.-]{1,30}(:\d{1,5})?(\?transport=(udp|tcp))?$/), fc.tuple(fc.ipV4(), fc.nat(65535)).map(([ip, port]) => `turn:${ip}:${port}`), fc.ipV6().map((ip) => `turns:[${ip}]:443`)), (text) => {
        const parts = urlBreakParts(text);
        expect(parts.join('')).toBe(text);
        let at = 0;
        for (const part of parts.slice(0, -1)) {
          at += part.length;
          expect(/\d/.test(text[at - 1]!) && /\d/.test(text[at]!)).toBe(false);
          const ip = /^turns?:(\d{1,3}(\.\d{1,3}){3}|\[[^\]]*\])(:\d+)?/.exec(text)?.[0];
          if (ip !== undefined) expect(at <= text.indexOf(':') + 1 || at >= ip.length).toBe(true);
          const query = text.indexOf('?');
          if (query >= 0 && at > query) expect('?&').toContain(text[at]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
