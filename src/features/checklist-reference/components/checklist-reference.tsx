import { useDeferredValue, useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { saveText } from '@/lib/download';
import { checklist } from '@/entities/checklist/content';
import { checklistCsvFileName, toChecklistCsv } from '@/entities/checklist/publication';
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import { EMPTY_FILTER } from '@/entities/checklist/filter';
import { useReferenceState } from '@/features/checklist-reference/use-checklist-filter';
import { referenceView } from '@/features/checklist-reference/reference-view';
import { ReferenceFilters } from './reference-filters';
import { SectionIndex, SectionList } from './section-list';
import './checklist.css';

/** `poster` is the poster download, composed in by the route (the PDF feature is not imported here). */
export function ChecklistReference({ poster }: { poster?: ReactNode }) {
  const { state, update, search } = useReferenceState();
  const query = useDeferredValue(state.filter.query);
  const view = useMemo(() => referenceView(checklist, state, query), [state, query]);
  const { groups, shown, applicable, active, exported } = view;
  const csvHint = useId();
  const clearAll = (keepProfile: boolean) => {
    update({ filter: EMPTY_FILTER, ...(keepProfile ? {} : { profile: EMPTY_PROFILE }) });
  };
  useScrollToHash(shown);

  return (
    <div className="checklist-reference">
      <header className="page-header">
        <h1 id="page-heading">WebRTC security checklist</h1>
        <p className="lede">
          {checklist.items.length} items in {checklist.sections.length} sections · version {checklist.version} (
          {checklist.date}). Every item says why it matters, how to verify it and how to fix it, with sources.
        </p>
        <div className="actions no-print">
          <button
            type="button"
            aria-describedby={active ? csvHint : undefined}
            onClick={() => saveText(toChecklistCsv(checklist, exported), checklistCsvFileName(checklist.version, active), 'text/csv')}
          >
            Download checklist (CSV)
          </button>
          <a className="button" href="/checklist.json" download={`webrtc-security-checklist-${checklist.version}.json`}>
            Download checklist (JSON)
          </a>
          {active && (
            <p className="hint" id={csvHint}>
              The CSV holds the {exported.length} item{exported.length === 1 ? '' : 's'} the filters below show.
            </p>
          )}
        </div>
        {poster}
      </header>

      <ReferenceFilters state={state} update={update} onClear={active ? () => clearAll(false) : null} />

      <p className="result-count" role="status" aria-live="polite">
        {active
          ? `${shown} of ${checklist.items.length} items match${state.profileActive ? `; ${applicable} apply to this architecture` : ''}.`
          : `Showing all ${checklist.items.length} items.`}
      </p>

      <SectionIndex groups={groups} />
      <SectionList groups={groups} profile={state.profile} search={search} query={query} />
      {shown === 0 && (
        <p className="empty">
          No item matches these filters.{' '}
          <button type="button" onClick={() => clearAll(true)}>
            Clear search and filters
          </button>
        </p>
      )}
    </div>
  );
}

/**
 * A #section-… link opened from outside (or a reload) arrives before this lazy route has rendered,
 * so the browser found no target. Once the list is on screen, scroll to it (once per mount).
 */
function useScrollToHash(shown: number): void {
  const hashHandled = useRef(false);
  useEffect(() => {
    if (hashHandled.current || shown === 0) return;
    hashHandled.current = true;
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView({ block: 'start' });
  }, [shown]);
}
