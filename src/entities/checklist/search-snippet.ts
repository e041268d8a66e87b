/**
 * Where a search matched text the reference list does not show (how to verify, how to fix,
 * references), as a short excerpt with the matched words marked. Pure: the list renders it.
 */
import { normalizeSearchText, queryWords } from './filter';
import type { ChecklistItem } from './types';

export type SnippetField = 'verify' | 'fix' | 'references';

export const SNIPPET_FIELD_LABELS: Record<SnippetField, string> = { verify: 'How to verify', fix: 'How to fix', references: 'References' };

export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchSnippet {
  field: SnippetField;
  parts: SnippetPart[];
}

/** `text` normalised like the search, with the index in `text` of every normalised character. */
function normalizedWithMap(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const n = normalizeSearchText(text[i] as string);
    norm += n;
    for (let k = 0; k < n.length; k++) map.push(i);
  }
  return { norm, map };
}

/** Ranges of `text` where any of `words` occurs, merged and in order. */
function matchRanges(text: string, words: readonly string[]): [number, number][] {
  const { norm, map } = normalizedWithMap(text);
  const ranges: [number, number][] = [];
  for (const w of words) {
    for (let at = norm.indexOf(w); at !== -1; at = norm.indexOf(w, at + w.length)) {
      ranges.push([map[at] as number, (map[at + w.length - 1] as number) + 1]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

function fieldText(item: ChecklistItem, field: SnippetField): string {
  const raw = field === 'references' ? item.references.map((r) => `${r.title} ${r.url}`).join(' · ') : item[field];
  return raw.replace(/`/g, '');
}

/** The excerpt of `text` around its matches (about `radius` characters either side), split into marked parts. */
export function markMatches(text: string, words: readonly string[], radius = 60): SnippetPart[] {
  const ranges = matchRanges(text, words);
  const first = ranges[0];
  if (!first) return [{ text, match: false }];
  const from = Math.max(0, first[0] - radius);
  const to = Math.min(text.length, (ranges[ranges.length - 1] as [number, number])[1] + radius, first[1] + radius * 3);
  const parts: SnippetPart[] = from > 0 ? [{ text: '…', match: false }] : [];
  let at = from;
  for (const [s, e] of ranges) {
    if (s >= to) break;
    if (s > at) parts.push({ text: text.slice(at, s), match: false });
    parts.push({ text: text.slice(Math.max(s, at), Math.min(e, to)), match: true });
    at = Math.min(e, to);
  }
  if (at < to) parts.push({ text: text.slice(at, to), match: false });
  if (to < text.length) parts.push({ text: '…', match: false });
  return parts;
}

/**
 * The first of verify, fix and references that holds a query word the title and summary lack,
 * as an excerpt with the words marked; null when the visible text explains the match.
 */
export function searchSnippet(item: ChecklistItem, query: string): SearchSnippet | null {
  const words = queryWords(query);
  const visible = normalizeSearchText(`${item.title} ${item.why}`);
  const hidden = words.filter((w) => !visible.includes(w));
  if (hidden.length === 0) return null;
  for (const field of ['verify', 'fix', 'references'] as const) {
    const text = fieldText(item, field);
    if (hidden.some((w) => normalizeSearchText(text).includes(w))) return { field, parts: markMatches(text, words) };
  }
  return null;
}
