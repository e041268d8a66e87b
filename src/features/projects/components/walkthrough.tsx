import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { checklist, getSection } from '@/entities/checklist/content';
import type { SectionId } from '@/entities/checklist/types';
import type { AnswerStatus, Project } from '@/entities/project/types';
import type { FocusRequest, FocusTarget, WalkthroughView } from '@/features/projects/assessment-view';
import type { ProjectsActions } from '@/features/projects/store';
import { useShortcutsEnabled } from '@/features/projects/use-shortcuts-enabled';
import { useWalkthroughKeys } from '@/features/projects/use-walkthrough-keys';
import { usePrintRequested } from '@/lib/use-print-requested';
import { assessmentRows, poolCounts, printDescription } from '@/features/projects/walkthrough-rows';
import { ANSWER_OPTIONS } from './item-card';
import type { HandoffContext } from './item-handoff';
import { KeyboardHelp } from './keyboard-help';
import { PrintAssessment } from './print-assessment';
import { SectionEnd } from './section-end';
import { WalkthroughFilters } from './walkthrough-filters';
import { WalkthroughItems } from './walkthrough-items';

interface Props {
  project: Project;
  actions: ProjectsActions;
  view: WalkthroughView;
  /** Changes part of the view (merged with the current URL) and optionally asks for focus once it renders. */
  onViewChange: (patch: Partial<WalkthroughView>, focus?: FocusTarget) => void;
  /** Focus to move once rendered (Start/Continue, "What to fix next", a progress link, a deep link). */
  focus: FocusRequest | null;
  /** For each item's "Copy as Markdown" and "Open issue". */
  handoff?: HandoffContext;
}

const SECTION_IDS = checklist.sections.map((s) => s.id);

function applyFocus(request: FocusRequest, heading: HTMLElement | null) {
  const el = request.target.kind === 'section' ? heading : document.getElementById(`item-${request.target.id}`);
  if (!el) return;
  const details = el.closest('details');
  if (details) details.open = true;
  el.focus();
  el.scrollIntoView({ block: 'start' });
}

function announcementFor(itemId: string, status: AnswerStatus, project: Project): string {
  const title = checklist.items.find((i) => i.id === itemId)?.title ?? itemId;
  const label = ANSWER_OPTIONS.find((o) => o.value === status)?.label ?? status;
  const ask = status === 'na' && !project.answers[itemId]?.naReason.trim() ? ' Add a reason for N/A in the item’s field (optional).' : '';
  return `Answered ${label}: ${title}.${ask}`;
}

/**
 * The guided assessment: one section at a time (or all), filters, and keyboard answering.
 * Items that do not apply to the profile stay listed, collapsed, with the reason.
 */
export function Walkthrough({ project, actions, view, onViewChange, focus, handoff }: Props) {
  const region = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const end = useRef<HTMLElement>(null);
  const sectionHeading = useRef<HTMLHeadingElement>(null);
  const [shortcutsOn, setShortcutsOn] = useShortcutsEnabled();
  const [announcement, setAnnouncement] = useState('');
  const sectionIndex = view.section === 'all' ? -1 : SECTION_IDS.indexOf(view.section);
  const section = view.section === 'all' ? null : getSection(view.section);
  const pool = view.section === 'all' ? checklist.items : checklist.items.filter((i) => i.section === view.section);
  const rows = assessmentRows(pool, project, view);
  const counts = poolCounts(pool, project);

  const { answers, profile } = project;
  const { status, severity } = view;
  // The print version of every section renders once the page is printed: it is hidden on screen.
  const printRequested = usePrintRequested();
  const print = useMemo(() => {
    if (!printRequested) return null;
    const printRows = assessmentRows(checklist.items, { answers, profile }, { status, severity });
    return { rows: printRows, description: printDescription(checklist.items, SECTION_IDS.length, { answers, profile }, { status, severity }, printRows.length) };
  }, [printRequested, answers, profile, status, severity]);

  useEffect(() => {
    if (focus) applyFocus(focus, sectionHeading.current);
  }, [focus]);

  const goToSection = useCallback((id: SectionId) => onViewChange({ section: id }, { kind: 'section' }), [onViewChange]);
  const onSection = useCallback(
    (direction: 1 | -1) => {
      const next = sectionIndex === -1 ? undefined : SECTION_IDS[sectionIndex + direction];
      if (next) goToSection(next);
      return next !== undefined;
    },
    [goToSection, sectionIndex],
  );
  const onAnswer = useCallback(
    (itemId: string, answer: AnswerStatus) => {
      actions.updateAnswer(project.id, itemId, { status: answer });
      setAnnouncement(announcementFor(itemId, answer, project));
    },
    [actions, project],
  );
  useWalkthroughKeys({ enabled: shortcutsOn, region, body, end, onSection, onAnswer });

  return (
    <section ref={region} aria-labelledby="pj-walkthrough-heading" className="pj-walkthrough">
      <h2 id="pj-walkthrough-heading">Assessment</h2>
      <WalkthroughFilters view={view} onViewChange={onViewChange} />
      <KeyboardHelp shortcutsOn={shortcutsOn} onShortcutsChange={setShortcutsOn} />
      <div ref={body} className="pj-walkthrough-body no-print">
        <h3 ref={sectionHeading} tabIndex={-1} className="pj-section-heading">
          {section ? (
            <>
              <span className="pj-section-number">
                Section {sectionIndex + 1} of {SECTION_IDS.length}
              </span>{' '}
              {section.title}
            </>
          ) : (
            'All sections'
          )}
        </h3>
        {section && <p className="pj-hint">{section.summary}</p>}
        <p className="pj-count">
          Showing {rows.length} of {counts.total} items ({counts.applicable} apply to your architecture).
        </p>
        <WalkthroughItems projectId={project.id} rows={rows} actions={actions} handoff={handoff} focusItemId={focus?.target.kind === 'item' ? focus.target.id : undefined} />
      </div>
      {print && <PrintAssessment rows={print.rows} description={print.description} />}
      {section && <SectionEnd ref={end} sectionIndex={sectionIndex} counts={counts} onGo={goToSection} />}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
