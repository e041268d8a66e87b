import type { Evidence, EvidenceKind, EvidenceVerdict } from './types';

/** How each kind of evidence is named wherever it is shown or exported (item pages, report, hand-off). */
export const EVIDENCE_KIND_LABELS: Readonly<Record<EvidenceKind, string>> = {
  link: 'Link',
  'turn-test': 'TURN test',
  'coturn-config': 'coturn config',
  inventory: 'Architecture inventory',
};

/** The same, as a noun inside a sentence ("the TURN test of 3 Nov failed", "link of 1 Oct"). */
export const EVIDENCE_KIND_NOUNS: Readonly<Record<EvidenceKind, string>> = {
  link: 'link',
  'turn-test': 'TURN test',
  'coturn-config': 'coturn config review',
  inventory: 'architecture inventory',
};

export const EVIDENCE_VERDICT_LABELS: Readonly<Record<EvidenceVerdict, string>> = { pass: 'Pass', warn: 'Warning', fail: 'Fail', skipped: 'Skipped' };

/** One line naming a piece of evidence without its user text: "TURN test, fail, 2026-11-20". */
export function evidenceSummary(ev: Pick<Evidence, 'kind' | 'verdict' | 'date'>): string {
  return [EVIDENCE_KIND_LABELS[ev.kind], ev.verdict, ev.date.slice(0, 10)].filter(Boolean).join(', ');
}
