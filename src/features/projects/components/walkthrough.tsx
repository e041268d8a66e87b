import { useEffect, useMemo, useRef, useState } from 'react';
import { checklist, getSection } from '@/entities/checklist/content';
import { appliesToProfile, scopeReason } from '@/entities/checklist/scope';
import { SEVERITIES, type ChecklistItem, type SectionId, type Severity } from '@/entities/checklist/types';
import { matchesFilter, type StatusFilter } from '@/entities/project/assessment';
import type { ProjectsActions } from '@/features/projects/store';
import { useShortcutsEnabled } from '@/features/projects/use-shortcuts-enabled';
import type { AnswerStatus, Project } from '@/entities/project/types';
import { ANSWER_OPTIONS, ItemCard } from './item-card';
import type { HandoffContext } from './item-handoff';
import { PrintAssessment, type AssessmentRow } from './print-assessment';

export interface WalkthroughView {
  section: SectionId | 'all';
  status: StatusFilter;
  severity: Severity | 'all';
}

interface Props {
  project: Project;
  actions: ProjectsActions;
  view: WalkthroughView;
  /** Changes part of the view (merged with the current URL, so quick successive changes all stick). */
  onViewChange: (patch: Partial<WalkthroughView>) => void;
  /** Item to focus after rendering (from "What to fix next" or a deep link). */
  focusItem: string | null;
  /** For each item's "Copy as Markdown" and "Open issue". */
  handoff?: HandoffContext;
}

const KEY_TO_STATUS: Record<string, AnswerStatus> = { y: 'yes', '1': 'yes', p: 'partial', '2': 'partial', n: 'no', '3': 'no', a: 'na', '4': 'na' };

/** Typing in these must never trigger a shortcut. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['radio', 'checkbox', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}

function visibleCards(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('article[data-item-id]')].filter((el) => el.getClientRects().length > 0);
}

const SECTION_IDS = checklist.sections.map((s) => s.id);

const STATUS_FILTER_TEXT: Record<StatusFilter, string> = {
  all: 'all items',
  unanswered: 'unanswered items',
  failing: 'failing items (No or Partial)',
};

/** The items of `pool` the view shows, with their answers and why they do not apply (if so). */
function assessmentRows(pool: readonly ChecklistItem[], project: Pick<Project, 'answers' | 'profile'>, view: WalkthroughView): AssessmentRow[] {
  return pool
    .map((item) => ({ item, answer: project.answers[item.id], reason: scopeReason(item, project.profile) }))
    .filter(({ item, answer, reason }) => {
      if (!matchesFilter(item, answer, view)) return false;
      // "Unanswered" lists what still needs an answer: items that apply.
      return !(view.status === 'unanswered' && reason !== null);
    });
}

/**
 * The guided assessment: one section at a time (or all), filters, and keyboard answering.
 * Items that do not apply to the profile stay listed, collapsed, with the reason.
 */
export function Walkthrough({ project, actions, view, onViewChange, focusItem, handoff }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const region = useRef<HTMLElement>(null);
  const [shortcutsOn, setShortcutsOn] = useShortcutsEnabled();
  const sectionHeading = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const sectionIndex = view.section === 'all' ? -1 : SECTION_IDS.indexOf(view.section);
  const section = view.section === 'all' ? null : getSection(view.section);
  const pool = view.section === 'all' ? checklist.items : checklist.items.filter((i) => i.section === view.section);
  const rows = assessmentRows(pool, project, view);
  const applicableInPool = pool.filter((i) => appliesToProfile(i, project.profile)).length;

  // Print shows every section (the status and severity filters still apply), as text.
  const { answers, profile } = project;
  const { status: statusFilter, severity: severityFilter } = view;
  const print = useMemo(() => {
    const printRows = assessmentRows(checklist.items, { answers, profile }, { section: 'all', status: statusFilter, severity: severityFilter });
    const applicable = checklist.items.filter((i) => appliesToProfile(i, profile)).length;
    const filtered = statusFilter !== 'all' || severityFilter !== 'all';
    const description = filtered
      ? `All sections, ${STATUS_FILTER_TEXT[statusFilter]}${severityFilter === 'all' ? '' : `, severity ${severityFilter}`}: ${printRows.length} of ${checklist.items.length} items.`
      : `All ${checklist.sections.length} sections, ${checklist.items.length} items (${applicable} apply to your architecture).`;
    return { rows: printRows, description };
  }, [answers, profile, statusFilter, severityFilter]);

  // Keyboard shortcuts (documented below). Listens on the document so they work wherever focus is,
  // except while typing in a text field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      // Only while focus is in the walkthrough (or nowhere in particular), and only when turned on (WCAG 2.1.4).
      const target = event.target instanceof Node ? event.target : null;
      if (!shortcutsOn || !(target === document.body || (target && region.current?.contains(target)))) return;
      const el = root.current;
      if (!el) return;
      const cards = visibleCards(el);
      const active = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('article[data-item-id]') : null;
      const current = active && el.contains(active) ? active : null;
      const index = current ? cards.indexOf(current) : -1;
      const focusCard = (card: HTMLElement | undefined) => {
        if (!card) return;
        card.focus();
        card.scrollIntoView({ block: 'nearest' });
      };
      if (event.key === 'j') {
        event.preventDefault();
        focusCard(cards[Math.min(index + 1, cards.length - 1)]);
      } else if (event.key === 'k') {
        event.preventDefault();
        focusCard(cards[Math.max(index - 1, 0)]);
      } else if ((event.key === ']' || event.key === '[') && view.section !== 'all') {
        const next = SECTION_IDS[sectionIndex + (event.key === ']' ? 1 : -1)];
        if (next) {
          event.preventDefault();
          onViewChange({ section: next });
        }
      } else if (KEY_TO_STATUS[event.key] && current) {
        const status = KEY_TO_STATUS[event.key] as AnswerStatus;
        const itemId = current.dataset.itemId ?? '';
        event.preventDefault();
        actions.updateAnswer(project.id, itemId, { status });
        const title = checklist.items.find((i) => i.id === itemId)?.title ?? itemId;
        setAnnouncement(`Answered ${ANSWER_OPTIONS.find((o) => o.value === status)?.label ?? status}: ${title}`);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [actions, onViewChange, project.id, sectionIndex, view.section, shortcutsOn]);

  useEffect(() => {
    if (!focusItem) return;
    const card = document.getElementById(`item-${focusItem}`);
    if (!card) return;
    const details = card.closest('details');
    if (details) details.open = true;
    card.focus();
    card.scrollIntoView({ block: 'start' });
  }, [focusItem, view.section]);

  const goToSection = (id: SectionId) => {
    onViewChange({ section: id });
    requestAnimationFrame(() => {
      sectionHeading.current?.focus();
      sectionHeading.current?.scrollIntoView({ block: 'start' });
    });
  };

  const prev = SECTION_IDS[sectionIndex - 1];
  const next = SECTION_IDS[sectionIndex + 1];

  return (
    <section ref={region} aria-labelledby="pj-walkthrough-heading" className="pj-walkthrough">
      <h2 id="pj-walkthrough-heading">Assessment</h2>
      <div className="pj-filters no-print" role="group" aria-label="Filters">
        <div className="field">
          <label htmlFor="pj-filter-section">Section</label>
          <select id="pj-filter-section" value={view.section} onChange={(e) => onViewChange({ section: e.target.value as SectionId | 'all' })}>
            {checklist.sections.map((s, i) => (
              <option key={s.id} value={s.id}>
                {i + 1}. {s.title}
              </option>
            ))}
            <option value="all">All sections</option>
          </select>
        </div>
        <fieldset>
          <legend>Show</legend>
          {(
            [
              ['all', 'All items'],
              ['unanswered', 'Unanswered'],
              ['failing', 'Failing (No or Partial)'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="pj-option">
              <input type="radio" name="pj-filter-status" value={value} checked={view.status === value} onChange={() => onViewChange({ status: value })} />
              {label}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="pj-filter-severity">Severity</label>
          <select id="pj-filter-severity" value={view.severity} onChange={(e) => onViewChange({ severity: e.target.value as Severity | 'all' })}>
            <option value="all">All severities</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {s[0]?.toUpperCase()}
                {s.slice(1)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <details className="pj-keys no-print">
        <summary>Keyboard shortcuts</summary>
        <dl>
          <dt>
            <kbd>j</kbd> / <kbd>k</kbd>
          </dt>
          <dd>Next / previous item</dd>
          <dt>
            <kbd>y</kbd> <kbd>p</kbd> <kbd>n</kbd> <kbd>a</kbd> (or <kbd>1</kbd>–<kbd>4</kbd>)
          </dt>
          <dd>Answer the focused item Yes, Partial, No or N/A</dd>
          <dt>
            <kbd>[</kbd> / <kbd>]</kbd>
          </dt>
          <dd>Previous / next section</dd>
          <dt>
            <kbd>Tab</kbd>, arrow keys
          </dt>
          <dd>Move through an item’s fields; arrows change the selected answer</dd>
        </dl>
        <p className="pj-hint">
          Shortcuts are off while you type in a text field, and work only while focus is in this assessment.
        </p>
        <p>
          <label className="pj-option">
            <input type="checkbox" checked={shortcutsOn} onChange={(e) => setShortcutsOn(e.target.checked)} /> Use single-key shortcuts
          </label>
        </p>
      </details>

      <div ref={root} className="pj-walkthrough-body no-print">
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
          Showing {rows.length} of {pool.length} items ({applicableInPool} apply to your architecture).
        </p>
        {rows.length === 0 && <p>No item matches these filters.</p>}
        {rows.map(({ item, answer, reason }) =>
          reason === null ? (
            <ItemCard key={item.id} projectId={project.id} item={item} answer={answer} actions={actions} handoff={handoff} />
          ) : (
            <details key={item.id} className="pj-not-applicable">
              <summary>
                <strong>{item.title}</strong> — Not applicable to your architecture: {reason}
              </summary>
              <ItemCard projectId={project.id} item={item} answer={answer} actions={actions} handoff={handoff} />
            </details>
          ),
        )}
      </div>

      <PrintAssessment rows={print.rows} description={print.description} />

      {section && (
        <nav className="pj-section-nav no-print" aria-label="Sections">
          <button type="button" disabled={!prev} onClick={() => prev && goToSection(prev)}>
            <span aria-hidden="true">←</span> Previous section
          </button>
          <span className="pj-hint">
            Section {sectionIndex + 1} of {SECTION_IDS.length}
          </span>
          <button type="button" className="primary" disabled={!next} onClick={() => next && goToSection(next)}>
            Next section <span aria-hidden="true">→</span>
          </button>
        </nav>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
