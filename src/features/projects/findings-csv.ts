/**
 * "Export findings (CSV)" for ticket systems: RFC 4180 (quoted where needed, CRLF line ends),
 * one header row, one row per item that applies to the project's profile (plus items answered
 * N/A). Open findings come first — No, then Partial, then not answered — each group by severity;
 * then Yes, then N/A. Free text is redacted like every export, and cells that a spreadsheet would
 * evaluate as a formula are prefixed with an apostrophe (see src/lib/csv.ts).
 */
import { appliesToProfile } from '@/features/checklist/scope';
import { SEVERITY_WEIGHTS } from '@/features/checklist/scoring';
import type { ChecklistItem, Section } from '@/features/checklist/types';
import { toCsv } from '@/lib/csv';
import { redactSecrets } from './redact';
import type { AnswerStatus, Project } from './types';

export const FINDINGS_CSV_HEADER = ['item', 'title', 'section', 'severity', 'status', 'owner', 'due', 'note', 'naReason'] as const;

export const STATUS_LABELS: Record<AnswerStatus | 'none', string> = {
  yes: 'Yes',
  partial: 'Partial',
  no: 'No',
  na: 'N/A',
  none: 'Not answered',
};

const GROUP: Record<AnswerStatus | 'none', number> = { no: 0, partial: 1, none: 2, yes: 3, na: 4 };

export function findingsCsv(project: Project, items: readonly ChecklistItem[], sections: readonly Section[]): string {
  const sectionTitle = new Map(sections.map((s) => [s.id, s.title]));
  const rows = items
    .map((item, index) => ({ item, index, answer: project.answers[item.id] }))
    .filter(({ item, answer }) => appliesToProfile(item, project.profile) || answer?.status === 'na')
    .map((row) => ({ ...row, status: row.answer?.status ?? ('none' as const) }))
    .sort(
      (a, b) =>
        GROUP[a.status] - GROUP[b.status] ||
        SEVERITY_WEIGHTS[b.item.severity] - SEVERITY_WEIGHTS[a.item.severity] ||
        a.index - b.index,
    )
    .map(({ item, answer, status }) => [
      item.id,
      item.title,
      sectionTitle.get(item.section) ?? item.section,
      item.severity,
      STATUS_LABELS[status],
      redactSecrets(answer?.owner ?? ''),
      answer?.due ?? '',
      redactSecrets(answer?.note ?? ''),
      redactSecrets(answer?.naReason ?? ''),
    ]);
  return toCsv([[...FINDINGS_CSV_HEADER], ...rows]);
}

export function findingsFileName(project: Pick<Project, 'name'>, slug: (s: string) => string, date: Date = new Date()): string {
  return `${slug(project.name)}-findings-${date.toISOString().slice(0, 10)}.csv`;
}
