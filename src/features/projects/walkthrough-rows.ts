/**
 * What the walkthrough lists: the rows a view shows, the counts it states and the printed
 * description. Pure (no React): the walkthrough components render it, the tests check it.
 */
import { appliesToProfile } from '@/entities/checklist/scope';
import { scopeReason } from '@/entities/checklist/scope-reason';
import type { ChecklistItem } from '@/entities/checklist/types';
import { matchesFilter, type StatusFilter } from '@/entities/project/assessment';
import type { Answer, Project } from '@/entities/project/types';
import type { WalkthroughView } from './assessment-view';

export interface AssessmentRow {
  item: ChecklistItem;
  answer: Answer | undefined;
  /** Why the item does not apply to the profile, or null when it applies. */
  reason: string | null;
}

type Assessed = Pick<Project, 'answers' | 'profile'>;

/** The items of `pool` the view shows, with their answers and why they do not apply (if so). */
export function assessmentRows(pool: readonly ChecklistItem[], project: Assessed, view: Pick<WalkthroughView, 'status' | 'severity'>): AssessmentRow[] {
  return pool
    .map((item) => ({ item, answer: project.answers[item.id], reason: scopeReason(item, project.profile) }))
    .filter(({ item, answer, reason }) => {
      if (!matchesFilter(item, answer, view)) return false;
      // "Unanswered" lists what still needs an answer: items that apply.
      return !(view.status === 'unanswered' && reason !== null);
    });
}

export interface PoolCounts {
  total: number;
  applicable: number;
  /** Applicable items with an answer (N/A included). */
  answered: number;
}

export function poolCounts(pool: readonly ChecklistItem[], project: Assessed): PoolCounts {
  const applicable = pool.filter((i) => appliesToProfile(i, project.profile));
  return { total: pool.length, applicable: applicable.length, answered: applicable.filter((i) => (project.answers[i.id]?.status ?? null) !== null).length };
}

const STATUS_FILTER_TEXT: Record<StatusFilter, string> = {
  all: 'all items',
  unanswered: 'unanswered items',
  failing: 'failing items (No or Partial)',
};

/** The sentence above the printed assessment (print shows every section; status and severity filters apply). */
export function printDescription(items: readonly ChecklistItem[], sectionCount: number, project: Assessed, view: Pick<WalkthroughView, 'status' | 'severity'>, shown: number): string {
  if (view.status !== 'all' || view.severity !== 'all') {
    return `All sections, ${STATUS_FILTER_TEXT[view.status]}${view.severity === 'all' ? '' : `, severity ${view.severity}`}: ${shown} of ${items.length} items.`;
  }
  const applicable = items.filter((i) => appliesToProfile(i, project.profile)).length;
  return `All ${sectionCount} sections, ${items.length} items (${applicable} apply to your architecture).`;
}

/** The end-of-section sentence: where the team stands and what comes next. */
export function sectionEndText(position: { index: number; count: number }, counts: PoolCounts, nextTitle: string | null): string {
  const open = counts.applicable - counts.answered;
  const tally = counts.applicable === 0 ? 'no item applies to your architecture' : `${counts.answered} of ${counts.applicable} applicable items answered${open ? `, ${open} still open` : ''}`;
  const next = nextTitle ? `Next: ${nextTitle}.` : 'This is the last section.';
  return `End of section ${position.index + 1} of ${position.count}: ${tally}. ${next}`;
}
