/**
 * Whether evidence agrees with the answer it is attached to, and when it goes stale. Pure.
 *
 * - An item answered Yes with fresh failing evidence (a TURN tester run, a coturn analyzer finding
 *   or a probe result whose verdict, or any check's, is "fail") is *contradicted*.
 * - Evidence goes stale per kind: a TURN result reflects a live server that changes under you, so
 *   it is stale after 90 days ("re-test"); a coturn configuration review or an architecture inventory after 180 days; a link
 *   (ticket, review, scan report) after a year. Stale evidence is shown as such and never counted:
 *   it neither supports nor contradicts an answer until it is refreshed.
 */
import type { ArchitectureProfile, ChecklistItem, ChecklistItemOutline } from '@/entities/checklist/types';
import { appliesToProfile } from '@/entities/checklist/scope';
import type { Answer, Evidence, EvidenceKind, EvidenceVerdict } from './types';

export const STALE_AFTER_DAYS: Readonly<Record<EvidenceKind, number>> = { 'turn-test': 90, 'coturn-config': 180, inventory: 180, link: 365 };

const DAY_MS = 86_400_000;
const VERDICT_RANK: Record<EvidenceVerdict, number> = { skipped: 0, pass: 1, warn: 2, fail: 3 };

/** The evidence's verdict, or the worst verdict of its checks; null when it has neither. */
export function evidenceOutcome(e: Pick<Evidence, 'verdict' | 'checks'>): EvidenceVerdict | null {
  const verdicts = [...(e.verdict ? [e.verdict] : []), ...(e.checks ?? []).map((c) => c.verdict)];
  if (verdicts.length === 0) return null;
  return verdicts.reduce((worst, v) => (VERDICT_RANK[v] > VERDICT_RANK[worst] ? v : worst));
}

/** Whole days since the evidence was recorded, or null when its date cannot be read. */
export function evidenceAgeDays(e: Pick<Evidence, 'date'>, now: number): number | null {
  const t = Date.parse(e.date);
  return Number.isNaN(t) ? null : Math.max(0, Math.floor((now - t) / DAY_MS));
}

/**
 * Stale: older than its kind allows. Evidence with an unreadable date is stale too (its age cannot
 * be shown to be fine, so it must not be counted).
 */
export function isStale(e: Pick<Evidence, 'kind' | 'date'>, now: number): boolean {
  const age = evidenceAgeDays(e, now);
  return age === null || age > STALE_AFTER_DAYS[e.kind];
}

export interface EvidenceState {
  /** Fresh evidence that failed while the answer says Yes. */
  contradicting: Evidence[];
  /** Evidence too old to count. */
  stale: Evidence[];
}

export function answerEvidenceState(answer: Pick<Answer, 'status' | 'evidence'> | undefined, now: number): EvidenceState {
  const evidence = answer?.evidence ?? [];
  const stale = evidence.filter((e) => isStale(e, now));
  const contradicting = answer?.status === 'yes' ? evidence.filter((e) => !isStale(e, now) && evidenceOutcome(e) === 'fail') : [];
  return { contradicting, stale };
}

export interface EvidenceIssue<T extends ChecklistItemOutline = ChecklistItem> {
  item: T;
  answer: Answer;
  evidence: Evidence[];
}

export interface EvidenceReview<T extends ChecklistItemOutline = ChecklistItem> {
  /** Applicable items answered Yes that fresh evidence contradicts, in checklist order. */
  contradicted: EvidenceIssue<T>[];
  /** Applicable items with stale evidence ("re-test"), in checklist order. */
  stale: EvidenceIssue<T>[];
}

export function reviewEvidence<T extends ChecklistItemOutline>(
  items: readonly T[],
  profile: ArchitectureProfile,
  answers: Readonly<Record<string, Answer>>,
  now: number,
): EvidenceReview<T> {
  const review: EvidenceReview<T> = { contradicted: [], stale: [] };
  for (const item of items) {
    const answer = answers[item.id];
    if (!answer || answer.evidence.length === 0 || !appliesToProfile(item, profile)) continue;
    const state = answerEvidenceState(answer, now);
    if (state.contradicting.length) review.contradicted.push({ item, answer, evidence: state.contradicting });
    if (state.stale.length) review.stale.push({ item, answer, evidence: state.stale });
  }
  return review;
}

/** "3 answers contradicted by evidence" (null when none). */
export function contradictionText(count: number): string | null {
  return count === 0 ? null : `${count} answer${count === 1 ? '' : 's'} contradicted by evidence`;
}
