/**
 * The findings a project hands off (Markdown, issue links, Jira CSV): open items in "fix next" order,
 * with user text already redacted. One place decides what a finding is, so every export agrees.
 */
import { appliesToProfile } from '@/entities/checklist/scope';
import type { ChecklistContent, ChecklistItem, Severity } from '@/entities/checklist/types';
import { fixNext } from '@/entities/project/assessment';
import { redactSecrets } from '@/lib/redaction';
import type { Answer, AnswerStatus, Evidence, Project } from '@/entities/project/types';

export const SEVERITY_LABELS: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

const STATUS_TEXT: Record<AnswerStatus | 'none', string> = { yes: 'Yes', partial: 'Partial', no: 'No', na: 'N/A', none: 'Not answered' };

const EVIDENCE_KIND_TEXT: Record<Evidence['kind'], string> = { link: 'Link', 'turn-test': 'TURN test', 'coturn-config': 'coturn config', inventory: 'Architecture inventory' };

/** User-entered parts of an answer, redacted like every export. */
export interface CleanAnswer {
  status: AnswerStatus | null;
  statusText: string;
  owner: string;
  due: string;
  note: string;
  naReason: string;
  evidence: CleanEvidence[];
}

export interface CleanEvidence {
  label: string;
  /** Only http(s) URLs survive: evidence can come from imported files. */
  url: string | null;
  /** "TURN test, fail, 2026-11-20" */
  summary: string;
}

export interface Finding {
  item: ChecklistItem;
  sectionTitle: string;
  answer: CleanAnswer;
}

function statusText(status: AnswerStatus | null | undefined): string {
  return STATUS_TEXT[status ?? 'none'];
}

/** The URL as written when it is an http(s) URL, else null (no javascript:, data:, file:…). */
export function safeUrl(url: string | undefined): string | null {
  const text = url?.trim();
  if (!text || !/^https?:\/\//i.test(text)) return null;
  try {
    new URL(text);
    return text;
  } catch {
    return null;
  }
}

export function cleanEvidence(ev: Evidence): CleanEvidence {
  const label = redactSecrets(ev.label);
  const url = safeUrl(ev.url === undefined ? undefined : redactSecrets(ev.url));
  const summary = [EVIDENCE_KIND_TEXT[ev.kind], ev.verdict, ev.date.slice(0, 10)].filter(Boolean).join(', ');
  return { label, url, summary };
}

function cleanAnswer(answer: Answer | undefined): CleanAnswer {
  return {
    status: answer?.status ?? null,
    statusText: statusText(answer?.status),
    owner: redactSecrets(answer?.owner ?? ''),
    due: answer?.due ?? '',
    note: redactSecrets(answer?.note ?? ''),
    naReason: redactSecrets(answer?.naReason ?? ''),
    evidence: (answer?.evidence ?? []).map(cleanEvidence),
  };
}

function sectionTitles(content: ChecklistContent): Map<string, string> {
  return new Map(content.sections.map((s) => [s.id, s.title]));
}

export function findingFor(content: ChecklistContent, item: ChecklistItem, answer: Answer | undefined): Finding {
  return { item, sectionTitle: sectionTitles(content).get(item.section) ?? item.section, answer: cleanAnswer(answer) };
}

/**
 * Open findings (the item applies; No, Partial or not answered) in "fix next" order: severity, then
 * No before Partial before not answered, then checklist order. Stable for equal input.
 */
export function openFindings(content: ChecklistContent, project: Project): Finding[] {
  const titles = sectionTitles(content);
  return fixNext(content.items, project.profile, project.answers, Infinity).map(({ item, answer }) => ({
    item,
    sectionTitle: titles.get(item.section) ?? item.section,
    answer: cleanAnswer(answer),
  }));
}

/** Every applicable item with evidence attached (open or not), in checklist order. */
export function itemsWithEvidence(content: ChecklistContent, project: Project): Finding[] {
  const titles = sectionTitles(content);
  return content.items
    .filter((item) => appliesToProfile(item, project.profile) && (project.answers[item.id]?.evidence.length ?? 0) > 0)
    .map((item) => ({ item, sectionTitle: titles.get(item.section) ?? item.section, answer: cleanAnswer(project.answers[item.id]) }));
}
