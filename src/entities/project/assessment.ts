/**
 * Pure views of a project's assessment: what to fix next, overdue items, retired answers, filters.
 */
import { appliesToProfile } from '@/entities/checklist/scope';
import { isOpen, SEVERITY_WEIGHTS } from '@/entities/checklist/scoring';
import type { ArchitectureProfile, ChecklistItem, ChecklistItemOutline, RetiredItem, Severity } from '@/entities/checklist/types';
import type { Answer } from './types';
import { compareCodeUnits } from '@/lib/compare';

export type StatusFilter = 'all' | 'unanswered' | 'failing';

export interface ItemFilter {
  status: StatusFilter;
  severity: Severity | 'all';
}

export function matchesFilter(item: ChecklistItem, answer: Answer | undefined, filter: ItemFilter): boolean {
  if (filter.severity !== 'all' && item.severity !== filter.severity) return false;
  const status = answer?.status ?? null;
  if (filter.status === 'unanswered') return status === null;
  if (filter.status === 'failing') return status === 'no' || status === 'partial';
  return true;
}

const STATUS_ORDER = { no: 0, partial: 1, none: 2 } as const;

/** An open item with its answer; `T` is the full item or its outline (no texts), as the caller passed. */
export interface OpenItem<T extends ChecklistItemOutline = ChecklistItem> {
  item: T;
  answer: Answer | undefined;
}

/**
 * Open items (apply, answered No or Partial or not answered) by severity, then No before Partial
 * before not answered, then checklist order. Critical and high come first by construction.
 */
export function fixNext<T extends ChecklistItemOutline>(
  items: readonly T[],
  profile: ArchitectureProfile,
  answers: Readonly<Record<string, Answer>>,
  limit = 10,
): OpenItem<T>[] {
  return items
    .map((item, index) => ({ item, index, answer: answers[item.id] }))
    .filter(({ item, answer }) => appliesToProfile(item, profile) && isOpen(answer?.status ?? null))
    .sort((a, b) => {
      const sev = SEVERITY_WEIGHTS[b.item.severity] - SEVERITY_WEIGHTS[a.item.severity];
      if (sev) return sev;
      const sa = a.answer?.status === 'no' || a.answer?.status === 'partial' ? a.answer.status : 'none';
      const sb = b.answer?.status === 'no' || b.answer?.status === 'partial' ? b.answer.status : 'none';
      return STATUS_ORDER[sa] - STATUS_ORDER[sb] || a.index - b.index;
    })
    .slice(0, limit)
    .map(({ item, answer }) => ({ item, answer }));
}

/** Today as YYYY-MM-DD in local time (due dates are calendar dates). */
export function todayIso(date: Date = new Date()): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Open applicable items whose due date is before `today`, earliest first. */
export function overdueItems<T extends ChecklistItemOutline>(
  items: readonly T[],
  profile: ArchitectureProfile,
  answers: Readonly<Record<string, Answer>>,
  today: string,
): (OpenItem<T> & { answer: Answer })[] {
  const out: (OpenItem<T> & { answer: Answer })[] = [];
  for (const item of items) {
    const answer = answers[item.id];
    if (!answer?.due || answer.due >= today) continue;
    if (!appliesToProfile(item, profile) || !isOpen(answer.status)) continue;
    out.push({ item, answer });
  }
  return out.sort((a, b) => compareCodeUnits(a.answer.due, b.answer.due));
}

export interface RetiredAnswer {
  id: string;
  title: string;
  reason: string;
  answer: Answer;
}

/** Answers whose item id is not in the current checklist: kept, shown, never scored or deleted. */
export function retiredAnswers(
  answers: Readonly<Record<string, Answer>>,
  currentIds: ReadonlySet<string>,
  retired: readonly RetiredItem[],
): RetiredAnswer[] {
  const known = new Map(retired.map((r) => [r.id, r]));
  return Object.entries(answers)
    .filter(([id]) => !currentIds.has(id))
    .map(([id, answer]) => {
      const r = known.get(id);
      return {
        id,
        title: r?.title ?? id,
        reason: r ? `Retired in checklist ${r.retiredIn}: ${r.reason}` : 'This item is not in the current checklist (retired, or from a newer version).',
        answer,
      };
    })
    .sort((a, b) => compareCodeUnits(a.id, b.id));
}

/**
 * The first item, in checklist order, that applies to the profile and has no answer yet: where
 * "Start assessment" / "Continue" takes the team. Null when every applicable item is answered.
 */
export function nextUnanswered<T extends ChecklistItemOutline>(
  items: readonly T[],
  profile: ArchitectureProfile,
  answers: Readonly<Record<string, Answer>>,
): T | null {
  return items.find((item) => appliesToProfile(item, profile) && (answers[item.id]?.status ?? null) === null) ?? null;
}
