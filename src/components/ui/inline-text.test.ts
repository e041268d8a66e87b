import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { splitInlineCode } from './inline-text';

describe('splitInlineCode', () => {
  it('returns plain text unchanged as one segment', () => {
    expect(splitInlineCode('no code here')).toEqual([{ code: false, text: 'no code here' }]);
  });

  it('returns nothing for an empty string', () => {
    expect(splitInlineCode('')).toEqual([]);
  });

  it('splits backtick spans into code segments', () => {
    expect(splitInlineCode('set `use-auth-secret` and `static-auth-secret` in coturn')).toEqual([
      { code: false, text: 'set ' },
      { code: true, text: 'use-auth-secret' },
      { code: false, text: ' and ' },
      { code: true, text: 'static-auth-secret' },
      { code: false, text: ' in coturn' },
    ]);
  });

  it('handles code at the start, at the end and back to back', () => {
    expect(splitInlineCode('`a``b`')).toEqual([
      { code: true, text: 'a' },
      { code: true, text: 'b' },
    ]);
    expect(splitInlineCode('`only`')).toEqual([{ code: true, text: 'only' }]);
  });

  it('keeps an unmatched backtick as text', () => {
    expect(splitInlineCode('a `b` c ` d')).toEqual([
      { code: false, text: 'a ' },
      { code: true, text: 'b' },
      { code: false, text: ' c ` d' },
    ]);
    expect(splitInlineCode('it`s')).toEqual([{ code: false, text: 'it`s' }]);
  });

  it('keeps an empty pair as text', () => {
    expect(splitInlineCode('x `` y')).toEqual([{ code: false, text: 'x `` y' }]);
  });

  it('keeps HTML-like text as text, and spaces inside code', () => {
    expect(splitInlineCode('user `<expiry>:<user id>` <b>')).toEqual([
      { code: false, text: 'user ' },
      { code: true, text: '<expiry>:<user id>' },
      { code: false, text: ' <b>' },
    ]);
  });

  it('never loses or adds characters other than the delimiting backticks', () => {
    for (const item of checklist.items) {
      for (const text of [item.why, item.verify, item.fix]) {
        const segments = splitInlineCode(text);
        const rebuilt = segments.map((s) => (s.code ? `\`${s.text}\`` : s.text)).join('');
        expect(rebuilt).toBe(text);
      }
    }
  });
});
