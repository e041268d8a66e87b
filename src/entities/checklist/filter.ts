/** Search and filters of the checklist reference view: pure, so the UI only renders the result. */
import type { ChecklistItem, Severity } from './types';

export interface ChecklistFilter {
  /**
   * Free text, matched against the whole item: title, why, how to verify, how to fix, references
   * (titles and URLs), tags, id and ASVS ids (all words must match).
   */
  query: string;
  /** Empty = all severities. */
  severities: readonly Severity[];
  /**
   * ASVS 5.0 level: 0 = all items; 1..3 = only items that verify an ASVS requirement at that level or
   * below (levels are cumulative: an L2 application verifies L1 and L2 requirements).
   */
  asvsLevel: 0 | 1 | 2 | 3;
}

export const EMPTY_FILTER: ChecklistFilter = { query: '', severities: [], asvsLevel: 0 };

/** Lower case without accents: how both the query and the item text are compared. */
export function normalizeSearchText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The words of a query, normalised; every one must occur. */
export function queryWords(query: string): string[] {
  return normalizeSearchText(query).split(/\s+/).filter(Boolean);
}

function haystack(item: ChecklistItem): string {
  return normalizeSearchText(
    [
      item.id,
      item.title,
      item.why,
      // Inline code marks are not part of the words (`static-auth-secret` is found as static-auth-secret).
      item.verify.replace(/`/g, ''),
      item.fix.replace(/`/g, ''),
      item.references.map((r) => `${r.title} ${r.url}`).join(' '),
      item.tags.join(' '),
      item.standards.map((s) => `asvs ${s.id} v${s.id}`).join(' '),
    ].join(' \u0000 '),
  );
}

const cache = new WeakMap<ChecklistItem, string>();

export function matchesQuery(item: ChecklistItem, query: string): boolean {
  const words = queryWords(query);
  if (words.length === 0) return true;
  let text = cache.get(item);
  if (text === undefined) {
    text = haystack(item);
    cache.set(item, text);
  }
  return words.every((w) => (text as string).includes(w));
}

export function matchesFilter(item: ChecklistItem, filter: ChecklistFilter): boolean {
  if (filter.severities.length && !filter.severities.includes(item.severity)) return false;
  if (filter.asvsLevel > 0 && !item.standards.some((s) => s.level <= filter.asvsLevel)) return false;
  return matchesQuery(item, filter.query);
}

export function isFilterActive(filter: ChecklistFilter): boolean {
  return filter.query.trim() !== '' || filter.severities.length > 0 || filter.asvsLevel > 0;
}
