import { describe, expect, it } from 'vitest';
import { REPLACEMENT_CHAR, sanitizeForFont, wrapText, type Measure } from './text-layout';

// A monospaced stand-in: every character is 0.5 em wide.
const mono: Measure = (t, { size }) => [...t].length * size * 0.5;
const latinGreekCyrillic = (cp: number) => cp < 0x2000 || (cp >= 0x2010 && cp <= 0x2026) || cp === 0x25a1;

describe('sanitizeForFont', () => {
  it('keeps accented Latin, Greek and Cyrillic untouched', () => {
    const r = sanitizeForFont('Équipe Ωmega — Łódź, Москва', (cp) => cp < 0x2100);
    expect(r.text).toBe('Équipe Ωmega — Łódź, Москва');
    expect(r.replaced).toEqual([]);
  });

  it('composes decomposed accents (NFC)', () => {
    expect(sanitizeForFont('E\u0301quipe', latinGreekCyrillic).text).toBe('Équipe');
  });

  it('replaces characters the font lacks visibly and reports them once', () => {
    const r = sanitizeForFont('会议 ok 😀😀', latinGreekCyrillic);
    expect(r.text).toBe(`${REPLACEMENT_CHAR}${REPLACEMENT_CHAR} ok ${REPLACEMENT_CHAR}${REPLACEMENT_CHAR}`);
    expect(r.replaced).toEqual(['会', '议', '😀']);
  });

  it('drops control characters and emoji joiners but keeps line breaks', () => {
    const r = sanitizeForFont('a\u0007b\tc\nd\u200d', latinGreekCyrillic);
    expect(r.text).toBe('ab c\nd');
  });
});

describe('wrapText', () => {
  it('wraps at word boundaries within the width', () => {
    const lines = wrapText('one two three four five', 40, { size: 10 }, mono); // 8 chars per line
    expect(lines).toEqual(['one two', 'three', 'four', 'five']);
    for (const l of lines) expect(mono(l, { size: 10 })).toBeLessThanOrEqual(40);
  });

  it('breaks words longer than a line, preferring URL punctuation', () => {
    const url = 'https://example.org/a/very/long/path?with=query&and=more';
    const lines = wrapText(`see ${url}`, 100, { size: 10 }, mono); // 20 chars per line
    for (const l of lines) expect(mono(l, { size: 10 })).toBeLessThanOrEqual(100);
    expect(lines.join('').replace(/ /g, '')).toBe(`see${url}`);
    expect(lines[1]).toMatch(/[/?&=.:]$/);
  });

  it('keeps explicit line breaks and empty lines', () => {
    expect(wrapText('a\n\nb', 100, { size: 10 }, mono)).toEqual(['a', '', 'b']);
  });

  it('never loops on a width smaller than one character', () => {
    expect(wrapText('abc', 1, { size: 10 }, mono)).toEqual(['a', 'b', 'c']);
  });
});
