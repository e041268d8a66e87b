import { searchSnippet, SNIPPET_FIELD_LABELS } from '@/entities/checklist/search-snippet';
import type { ChecklistItem } from '@/entities/checklist/types';

/** Where the search matched text the list does not show (verify, fix, references), with the words marked. */
export function SearchMatch({ item, query }: { item: ChecklistItem; query: string }) {
  const snippet = query.trim() ? searchSnippet(item, query) : null;
  if (!snippet) return null;
  return (
    <p className="item-match">
      <span className="item-match-field">Found in {SNIPPET_FIELD_LABELS[snippet.field]}:</span>{' '}
      {snippet.parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </p>
  );
}
