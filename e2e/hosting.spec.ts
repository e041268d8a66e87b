/**
 * What `npm start` serves (vite preview, the same server playwright starts): the security headers
 * exactly as the README's deploy section documents them, on the page, deep links, assets and
 * robots.txt, and a real robots.txt instead of the SPA fallback.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

/** The header block under "Send these security headers" in README.md, as name → value. */
function documentedHeaders(): Record<string, string> {
  const readme = readFileSync('README.md', 'utf8');
  const block = /Send these security headers[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('README.md: no header block under "Send these security headers"');
  const headers: Record<string, string> = {};
  for (const line of block.split('\n').filter((l) => l.trim())) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

test.describe('hosting', () => {
  const documented = documentedHeaders();

  test('the README documents the six security headers', () => {
    expect(Object.keys(documented).sort()).toEqual([
      'content-security-policy',
      'cross-origin-opener-policy',
      'permissions-policy',
      'referrer-policy',
      'x-content-type-options',
      'x-frame-options',
    ]);
  });

  test('the nginx example in the README sends the same headers, value for value', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const sent: Record<string, string> = {};
    for (const m of block.matchAll(/^\s*add_header\s+(\S+)\s+(?:"([^"]*)"|(\S+))\s+always;$/gm)) sent[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? '';
    expect(sent).toEqual(documented);
  });

  for (const path of ['/', '/checklist', '/turn', '/checklist/turn-cred-ephemeral', '/projects/some-id', '/robots.txt', '/favicon.svg', '/checklist.json', '/sw.js']) {
    test(`${path} is served with the documented security headers`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(200);
      const sent = res.headers();
      for (const [name, value] of Object.entries(documented)) expect(sent[name], name).toBe(value);
    });
  }

  test('robots.txt is a plain-text robots file, not the app', async ({ request }) => {
    const res = await request.get('/robots.txt');
    expect(res.headers()['content-type']).toMatch(/^text\/plain\b/);
    const text = await res.text();
    expect(text).not.toContain('<html');
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(/^Allow: \/$/m);
    expect(text).toMatch(/^Disallow: \/projects\/$/m);
    // Every non-comment line is a "field: value" record.
    for (const line of text.split('\n').filter((l) => l.trim() && !l.startsWith('#'))) {
      expect(line).toMatch(/^(User-agent|Allow|Disallow|Sitemap): \S+$/);
    }
  });
});
