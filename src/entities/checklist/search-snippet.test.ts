import { describe, expect, it } from 'vitest';
import { checklist } from './content';
import { matchesQuery } from './filter';
import { markMatches, searchSnippet } from './search-snippet';
import type { ChecklistItem } from './types';

const item = (over: Partial<ChecklistItem>): ChecklistItem => ({
  id: 'x',
  section: 'turn-credentials',
  title: 'Issue TURN credentials that expire within hours',
  why: 'Static credentials in client JavaScript get reused by others.',
  verify: 'Open the app and read the ICE servers.',
  fix: 'With coturn, set `use-auth-secret` and `static-auth-secret`, and mint credentials with a TTL of a few hours.',
  severity: 'high',
  references: [{ title: 'RFC 8489 STUN', url: 'https://www.rfc-editor.org/rfc/rfc8489' }],
  tags: ['turn'],
  standards: [],
  evidence: [],
  ...over,
});

const marked = (parts: { text: string; match: boolean }[]) => parts.filter((p) => p.match).map((p) => p.text);

describe('search over the whole item', () => {
  it('finds words that occur only in verify, fix or references', () => {
    expect(matchesQuery(item({}), 'static-auth-secret')).toBe(true);
    expect(matchesQuery(item({}), 'ice servers')).toBe(true);
    expect(matchesQuery(item({}), 'rfc8489')).toBe(true);
    expect(matchesQuery(item({}), 'gitleaks')).toBe(false);
  });

  it('the real checklist: gitleaks and static-auth-secret are found (they are named only in verify/fix texts)', () => {
    const found = (q: string) => checklist.items.filter((i) => matchesQuery(i, q)).map((i) => i.id);
    expect(found('gitleaks').length).toBeGreaterThan(0);
    expect(found('static-auth-secret').length).toBeGreaterThan(1);
  });
});

describe('searchSnippet', () => {
  it('shows the fix text around the match with the word marked', () => {
    const s = searchSnippet(item({}), 'static-auth-secret');
    expect(s?.field).toBe('fix');
    expect(marked(s!.parts)).toEqual(['static-auth-secret']);
    expect(s!.parts.map((p) => p.text).join('')).toContain('set use-auth-secret and static-auth-secret, and mint');
  });

  it('is null when the title or summary already shows every word', () => {
    expect(searchSnippet(item({}), 'TURN javascript')).toBeNull();
    expect(searchSnippet(item({}), '')).toBeNull();
  });

  it('marks every query word in the excerpt, ignoring case and accents', () => {
    const s = searchSnippet(item({}), 'COTURN tésting mint');
    expect(s?.field).toBe('fix');
    expect(marked(s!.parts)).toEqual(['coturn', 'mint']);
  });

  it('falls back to references', () => {
    expect(searchSnippet(item({}), 'rfc-editor')?.field).toBe('references');
  });
});

describe('markMatches', () => {
  it('cuts a long text around the matches with ellipses', () => {
    const text = `${'a '.repeat(100)}needle${' b'.repeat(100)}`;
    const parts = markMatches(text, ['needle'], 10);
    expect(parts[0]).toEqual({ text: '…', match: false });
    expect(parts.at(-1)).toEqual({ text: '…', match: false });
    expect(marked(parts)).toEqual(['needle']);
    expect(parts.map((p) => p.text).join('').length).toBeLessThan(40);
  });

  it('merges overlapping matches and maps accented text back to the original characters', () => {
    expect(marked(markMatches('Café crème', ['cafe', 'afe cr']))).toEqual(['Café cr']);
    expect(markMatches('no match here', ['zzz'])).toEqual([{ text: 'no match here', match: false }]);
  });
});
