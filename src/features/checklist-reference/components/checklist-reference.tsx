import { use, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useStaticLinkClick } from '@/components/ui/link';
import { saveText } from '@/lib/download';
import { prerenderedHtml } from '@/lib/prerendered-html';
import { checklistCsvFileName, toChecklistCsv } from '@/entities/checklist/publication';
import { checklistSummary } from '@/entities/checklist/reference-summary';
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import { EMPTY_FILTER } from '@/entities/checklist/filter';
import { loadChecklistContent } from '@/features/checklist-reference/load-content';
import { useReferenceState } from '@/features/checklist-reference/use-checklist-filter';
import { isReferenceActive, referenceView } from '@/features/checklist-reference/reference-view';
import { ReferenceFilters } from './reference-filters';
import { SectionIndex, SectionList } from './section-list';
import './checklist.css';

/** The section index and the items: prerendered HTML that hydration leaves alone while no filter is set. */
const LIST_ID = 'checklist-items';
const { itemCount } = checklistSummary;

/**
 * `poster` is the poster download, composed in by the route (the PDF feature is not imported here).
 *
 * Unfiltered, the items are the page's prerendered HTML, which React does not hydrate (src/lib/
 * prerendered-html.ts): hydrating /checklist walks the header and the filters, not 119 items, and needs
 * no content. A filter renders the list from the content, loaded then: the list follows the filters
 * through a deferred value, so the prerendered items stay on screen until the content has arrived.
 */
export function ChecklistReference({ poster }: { poster?: ReactNode }) {
  const { state, update, search } = useReferenceState();
  const shownState = useDeferredValue(state);
  const [staticList] = useState(() => prerenderedHtml(LIST_ID));
  const followLink = useStaticLinkClick();
  const listActive = isReferenceActive(shownState);
  const content = !listActive && staticList !== null ? null : use(loadChecklistContent());
  const view = useMemo(() => (content ? referenceView(content, shownState) : null), [content, shownState]);
  const active = isReferenceActive(state);
  const [csvFailed, setCsvFailed] = useState(false);
  const csvHint = useId();
  const csvCount = active && view ? view.exported.length : null;
  const clearAll = (keepProfile: boolean) => {
    update({ filter: EMPTY_FILTER, ...(keepProfile ? {} : { profile: EMPTY_PROFILE }) });
  };
  const downloadCsv = () => {
    loadChecklistContent().then((c) => {
      setCsvFailed(false);
      saveText(toChecklistCsv(c, active ? referenceView(c, state).exported : c.items), checklistCsvFileName(c.version, active), 'text/csv');
    }, () => setCsvFailed(true));
  };
  useScrollToHash(view?.shown ?? itemCount);

  return (
    <div className="checklist-reference">
      <header className="page-header">
        <h1 id="page-heading">WebRTC security checklist</h1>
        <p className="lede">
          {itemCount} items in {checklistSummary.sectionCount} sections · version {checklistSummary.version} ({checklistSummary.date}).
          Every item says why it matters, how to verify it and how to fix it, with sources.
        </p>
        <div className="actions no-print">
          <button type="button" aria-describedby={csvCount !== null ? csvHint : undefined} onClick={downloadCsv}>
            Download checklist (CSV)
          </button>
          <a className="button" href="/checklist.json" download={`webrtc-security-checklist-${checklistSummary.version}.json`}>
            Download checklist (JSON)
          </a>
          {csvCount !== null && (
            <p className="hint" id={csvHint}>
              The CSV holds the {csvCount} item{csvCount === 1 ? '' : 's'} the filters below show.
            </p>
          )}
          {csvFailed && (
            <p className="hint" role="alert">
              The checklist could not be loaded for the CSV. Check the connection and try again.
            </p>
          )}
        </div>
        {poster}
      </header>

      <ReferenceFilters state={state} update={update} onClear={active ? () => clearAll(false) : null} />

      <p className="result-count" role="status" aria-live="polite">
        {view && listActive
          ? `${view.shown} of ${itemCount} items match${shownState.profileActive ? `; ${view.applicable} apply to this architecture` : ''}.`
          : `Showing all ${itemCount} items.`}
      </p>

      {view ? (
        <div key="rendered" id={listActive ? undefined : LIST_ID}>
          <SectionIndex groups={view.groups} />
          <SectionList groups={view.groups} profile={shownState.profile} search={search} query={shownState.filter.query} />
        </div>
      ) : (
        <div key="prerendered" id={LIST_ID} onClick={followLink} dangerouslySetInnerHTML={{ __html: staticList ?? '' }} />
      )}
      {view?.shown === 0 && (
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
