/**
 * "Export findings (CSV)" for ticket systems: RFC 4180 (quoted where needed, CRLF line ends),
 * one header row, then by default one row per open finding (the item applies; No, Partial or not
 * answered). With scope "all": every item that applies to the project's profile (plus items
 * answered N/A), then one row per answer to a retired item (section "Retired"). Open findings come
 * first — No, then Partial, then not answered — each group by severity; then Yes, then N/A. The
 * evidence column lists each piece of evidence as "label <url> (kind, verdict, date)"; the link
 * column opens the item in the app. Free text is redacted like every export, and cells that a spreadsheet would
 * evaluate as a formula are prefixed with an apostrophe (see src/lib/csv.ts).
 */
import { appliesToProfile } from '@/entities/checklist/scope';
import { SEVERITY_WEIGHTS } from '@/entities/checklist/scoring';
import type { ChecklistItem, RetiredItem, Section } from '@/entities/checklist/types';
import { paths } from '@/config/paths';
import { toCsv } from '@/lib/csv';
import { redactSecrets } from '@/lib/redaction';
import type { Answer, AnswerStatus, Project } from '@/entities/project/types';
import { cleanEvidence } from './handoff/findings';

export const FINDINGS_CSV_HEADER = ['item', 'title', 'section', 'severity', 'status', 'owner', 'due', 'note', 'naReason', 'evidence', 'link'] as const;

export interface FindingsCsvOptions {
  /** 'open' (default): open findings only; 'all': every applicable item, N/A and retired answers too. */
  scope?: 'open' | 'all';
  /** Origin of the app, for the link column (empty: no link). */
  appUrl?: string;
}

/** The evidence cell: one line per piece of evidence, redacted, only http(s) URLs. */
function evidenceCell(answer: Answer | undefined): string {
  return (answer?.evidence ?? [])
    .map((e) => {
      const c = cleanEvidence(e);
      return `${c.label}${c.url ? ` <${c.url}>` : ''} (${c.summary})`;
    })
    .join('\n');
}

/** The address of an item inside its project in the app. */
function itemLink(appUrl: string, projectId: string, item: Pick<ChecklistItem, 'id' | 'section'>): string {
  if (!appUrl) return '';
  const q = new URLSearchParams({ section: item.section, item: item.id });
  return `${appUrl}${paths.project.getHref(projectId)}?${q.toString()}`;
}

export const STATUS_LABELS: Record<AnswerStatus | 'none', string> = {
  yes: 'Yes',
  partial: 'Partial',
  no: 'No',
  na: 'N/A',
  none: 'Not answered',
};

const GROUP: Record<AnswerStatus | 'none', number> = { no: 0, partial: 1, none: 2, yes: 3, na: 4 };

/** The rows before redaction (evidence is cleaned already), in FINDINGS_CSV_HEADER order. */
function findingsRows(
  project: Project,
  items: readonly ChecklistItem[],
  sections: readonly Section[],
  retired: readonly RetiredItem[],
  { scope = 'open', appUrl = '' }: FindingsCsvOptions,
): string[][] {
  const sectionTitle = new Map(sections.map((s) => [s.id, s.title]));
  const rows = items
    .map((item, index) => ({ item, index, answer: project.answers[item.id] }))
    .filter(({ item, answer }) => appliesToProfile(item, project.profile) || answer?.status === 'na')
    .map((row) => ({ ...row, status: row.answer?.status ?? ('none' as const) }))
    .filter((row) => scope === 'all' || GROUP[row.status] <= GROUP.none)
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
      answer?.owner ?? '',
      answer?.due ?? '',
      answer?.note ?? '',
      answer?.naReason ?? '',
      evidenceCell(answer),
      itemLink(appUrl, project.id, item),
    ]);
  if (scope === 'open') return rows;
  // Answers to items no longer in the checklist: kept in every export, never dropped.
  const current = new Set(items.map((i) => i.id));
  const known = new Map(retired.map((r) => [r.id, r]));
  const retiredRows = Object.keys(project.answers)
    .filter((id) => !current.has(id))
    .sort()
    .map((id) => {
      const answer = project.answers[id] as Answer;
      const r = known.get(id);
      return [
        id,
        r?.title ?? id,
        RETIRED_SECTION,
        r?.severity ?? '',
        STATUS_LABELS[answer.status ?? 'none'],
        answer.owner,
        answer.due,
        answer.note,
        answer.naReason,
        evidenceCell(answer),
        '',
      ];
    });
  return [...rows, ...retiredRows];
}

/** Columns with free text (owner, note, naReason), redacted in the file. */
const TEXT_COLUMNS = [5, 7, 8];

const RETIRED_SECTION = 'Retired';

export function findingsCsv(
  project: Project,
  items: readonly ChecklistItem[],
  sections: readonly Section[],
  retired: readonly RetiredItem[] = [],
  options: FindingsCsvOptions = {},
): string {
  const rows = findingsRows(project, items, sections, retired, options).map((row) =>
    row.map((cell, i) => (TEXT_COLUMNS.includes(i) ? redactSecrets(cell) : cell)),
  );
  return toCsv([[...FINDINGS_CSV_HEADER], ...rows]);
}

/** How many cells `findingsCsv` redacts (for the "N values … were replaced" message). */
export function findingsRedactedCount(
  project: Project,
  items: readonly ChecklistItem[],
  sections: readonly Section[],
  retired: readonly RetiredItem[] = [],
  options: FindingsCsvOptions = {},
): number {
  let count = 0;
  for (const row of findingsRows(project, items, sections, retired, options))
    for (const i of TEXT_COLUMNS) if (redactSecrets(row[i] ?? '') !== row[i]) count++;
  return count;
}

export function findingsFileName(project: Pick<Project, 'name'>, slug: (s: string) => string, date: Date = new Date(), scope: 'open' | 'all' = 'open'): string {
  return `${slug(project.name)}-${scope === 'open' ? 'open-findings' : 'findings'}-${date.toISOString().slice(0, 10)}.csv`;
}
