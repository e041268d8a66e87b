/**
 * Machine-readable publication of the checklist: /checklist.json (generated at build time) and the
 * CSV download. Both read the same content data as the UI and the PDFs.
 */
import { toCsv } from '@/lib/csv';
import type { ChecklistContent } from './types';

export const CHECKLIST_JSON_FORMAT = 'webrtc-security-checklist';
export const CHECKLIST_JSON_SCHEMA_VERSION = 1;

export interface ChecklistJson {
  format: typeof CHECKLIST_JSON_FORMAT;
  schemaVersion: typeof CHECKLIST_JSON_SCHEMA_VERSION;
  contentVersion: string;
  date: string;
  sections: { id: string; title: string; summary: string; itemCount: number }[];
  items: {
    id: string;
    section: string;
    title: string;
    why: string;
    verify: string;
    fix: string;
    severity: string;
    appliesTo: Record<string, readonly string[] | readonly boolean[]>;
    references: { title: string; url: string }[];
    tags: string[];
    standards: { id: string; level: number }[];
    evidence: string[];
  }[];
  retired: { id: string; title: string; retiredIn: string; reason: string; replacedBy?: string }[];
  /** Newest first: what each content version added, merged, removed and corrected. */
  changelog: {
    version: string;
    date: string;
    summary: string;
    added: string[];
    merged: { from: string[]; into: string }[];
    removed: string[];
    severities: { id: string; from: string; to: string; reason: string }[];
    corrections: string[];
  }[];
}

export function toChecklistJson(content: ChecklistContent): ChecklistJson {
  return {
    format: CHECKLIST_JSON_FORMAT,
    schemaVersion: CHECKLIST_JSON_SCHEMA_VERSION,
    contentVersion: content.version,
    date: content.date,
    sections: content.sections.map((s) => ({
      id: s.id,
      title: s.title,
      summary: s.summary,
      itemCount: content.items.filter((i) => i.section === s.id).length,
    })),
    items: content.items.map((i) => ({
      id: i.id,
      section: i.section,
      title: i.title,
      why: i.why,
      verify: i.verify,
      fix: i.fix,
      severity: i.severity,
      appliesTo: { ...(i.appliesTo ?? {}) } as Record<string, readonly string[] | readonly boolean[]>,
      references: i.references.map((r) => ({ title: r.title, url: r.url })),
      tags: [...i.tags],
      standards: i.standards.map((s) => ({ id: s.id, level: s.level })),
      evidence: [...i.evidence],
    })),
    retired: content.retired.map((r) => ({ ...r })),
    changelog: content.changelog.map((c) => ({
      version: c.version,
      date: c.date,
      summary: c.summary,
      added: [...c.added],
      merged: c.merged.map((m) => ({ from: [...m.from], into: m.into })),
      removed: [...c.removed],
      severities: c.severities.map((m) => ({ ...m })),
      corrections: [...c.corrections],
    })),
  };
}

const CHECKLIST_CSV_HEADER = [
  'id',
  'section',
  'title',
  'severity',
  'applies_to',
  'why',
  'verify',
  'fix',
  'asvs',
  'references',
  'tags',
] as const;

/** Describes appliesTo in words for spreadsheets, e.g. "topology: sfu|mcu; turn: own". */
export function appliesToText(appliesTo: Readonly<Record<string, readonly unknown[] | undefined>> | undefined): string {
  if (!appliesTo) return 'always';
  const parts = Object.entries(appliesTo)
    .filter((e): e is [string, readonly unknown[]] => Array.isArray(e[1]))
    .map(([k, v]) => `${k}: ${v.map(String).join('|')}`);
  return parts.length ? parts.join('; ') : 'always';
}

/** The checklist as CSV; `items` (default: all) is the filtered view when filters are active. */
export function toChecklistCsv(content: ChecklistContent, items: readonly ChecklistContent['items'][number][] = content.items): string {
  const sectionTitle = new Map(content.sections.map((s) => [s.id, s.title]));
  return toCsv([
    [...CHECKLIST_CSV_HEADER],
    ...items.map((i) => [
      i.id,
      sectionTitle.get(i.section) ?? i.section,
      i.title,
      i.severity,
      appliesToText(i.appliesTo),
      i.why,
      i.verify,
      i.fix,
      i.standards.map((s) => `ASVS ${s.id} (L${s.level})`).join('; '),
      i.references.map((r) => `${r.title} <${r.url}>`).join('; '),
      i.tags.join('; '),
    ]),
  ]);
}

export function checklistCsvFileName(version: string, filtered: boolean): string {
  return `webrtc-security-checklist-${version}${filtered ? '-filtered' : ''}.csv`;
}
