/**
 * Text helpers for the PDFs, independent of jsPDF: font coverage and line wrapping take an injected
 * measure / glyph lookup, so they are unit-tested without loading the PDF chunk.
 */
import { isBidiControl } from '@/lib/display-text';

/** Size in points and weight of a run of text; a text draw op is one too. */
export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean | undefined;
}

/** Width of `text` in the given style, in points. */
export type Measure = (text: string, style: TextStyle) => number;

/** Shown in place of a character the embedded font cannot draw (CJK, emoji…). */
export const REPLACEMENT_CHAR = '\u25a1'; // □ WHITE SQUARE

export interface SanitizedText {
  text: string;
  /** Distinct characters that were replaced, in order of first appearance. */
  replaced: string[];
}

/**
 * Prepares user text for the embedded font: NFC-normalises (so "É" typed as E + combining accent
 * prints as one glyph), turns tabs into spaces, drops other control characters (bidi controls too), and replaces any
 * character the font has no glyph for with a visible □ — never dropped, never mojibake.
 */
export function sanitizeForFont(input: string, hasGlyph: (codePoint: number) => boolean): SanitizedText {
  const replaced: string[] = [];
  let out = '';
  for (const ch of input.normalize('NFC')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '\n') out += ch;
    else if (ch === '\t') out += ' ';
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    else if (ch === '\u200d' || (cp >= 0xfe00 && cp <= 0xfe0f)) continue; // joiners and variation selectors of emoji sequences
    else if (isBidiControl(cp)) continue; // an override would reverse a name on screen; jsPDF draws left to right anyway
    else if (cp <= 0xffff && hasGlyph(cp)) out += ch;
    else {
      if (!replaced.includes(ch)) replaced.push(ch);
      out += REPLACEMENT_CHAR;
    }
  }
  return { text: out, replaced };
}

const BREAK_AFTER = /[/\-_.?&=:,;]/;

/**
 * Breaks a word wider than `maxWidth` into pieces that fit, preferring to break after URL
 * punctuation (/ - _ . ? & = :) so links stay readable.
 */
function breakLongWord(word: string, maxWidth: number, style: TextStyle, measure: Measure): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest && measure(rest, style) > maxWidth) {
    // Longest prefix that fits.
    let lo = 1;
    let hi = rest.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (measure(rest.slice(0, mid), style) <= maxWidth) lo = mid;
      else hi = mid - 1;
    }
    let cut = Math.max(1, lo);
    const window = rest.slice(0, cut);
    for (let i = window.length - 1; i >= Math.floor(cut * 0.6); i--) {
      if (BREAK_AFTER.test(window[i] ?? '')) {
        cut = i + 1;
        break;
      }
    }
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/**
 * Wraps text into lines no wider than `maxWidth`. Keeps explicit line breaks; breaks words that are
 * longer than a line (long URLs, hashes) so nothing runs off the page.
 *
 * Widths are additive (jsPDF applies no kerning to embedded fonts), so each word is measured once
 * and lines are summed: the poster wraps every title several times while it searches for the
 * largest size that fits.
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle, measure: Measure): string[] {
  const lines: string[] = [];
  const space = measure(' ', style);
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/ +/).filter((w) => w !== '');
    if (words.length === 0) {
      lines.push('');
      continue;
    }
    let line = '';
    let lineWidth = 0;
    for (const word of words) {
      const w = measure(word, style);
      if (line && lineWidth + space + w <= maxWidth) {
        line += ` ${word}`;
        lineWidth += space + w;
        continue;
      }
      if (line) lines.push(line);
      if (w <= maxWidth) {
        line = word;
        lineWidth = w;
      } else {
        const pieces = breakLongWord(word, maxWidth, style, measure);
        lines.push(...pieces.slice(0, -1));
        line = pieces[pieces.length - 1] ?? '';
        lineWidth = measure(line, style);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** `text` as is when it fits in `maxWidth`, otherwise shortened with "…" (for running headers and footers). */
export function fitText(text: string, maxWidth: number, style: TextStyle, measure: Measure): string {
  if (measure(text, style) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join('').trimEnd() + '…', style) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + '…';
}
