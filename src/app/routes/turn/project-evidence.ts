/**
 * Turns a TURN test run into evidence on a project's checklist items: one evidence entry per check id
 * on every item whose `evidence` lists `turn:<check-id>` and that applies to the project's profile.
 * Only URLs and verdicts go in, never credentials.
 */

import { appliesToProfile } from '@/entities/checklist/scope';
import type { ArchitectureProfile, ChecklistItem } from '@/entities/checklist/types';
import type { EvidenceInput } from '@/features/projects/store';
import type { AuditRun } from '@/features/turn-tester/audit';
import { evidenceSourceLabel } from '@/entities/checklist/turn-check-info';
import { evidenceFromChecks } from '@/features/turn-tester/results-file';
import type { CheckId } from '@/features/turn-tester/verdicts';
import { scrubValues } from '@/lib/redaction';

export interface ItemEvidence {
  readonly itemId: string;
  readonly evidence: EvidenceInput;
}

export interface ProjectEvidencePlan {
  readonly entries: readonly ItemEvidence[];
  /** Distinct items that get evidence. */
  readonly itemIds: readonly string[];
  /** Items that would accept the evidence but do not apply to the project's profile. */
  readonly outOfScopeItemIds: readonly string[];
}

/**
 * Evidence ids derive from the run's start time and the check id, so attaching the same run twice
 * replaces the earlier entries instead of duplicating them.
 */
export function planProjectEvidence(
  run: AuditRun,
  items: readonly ChecklistItem[],
  profile: ArchitectureProfile,
  now: Date,
  secrets: readonly string[] = [],
): ProjectEvidencePlan {
  const entries: ItemEvidence[] = [];
  const itemIds = new Set<string>();
  const outOfScope = new Set<string>();
  for (const ev of evidenceFromChecks(run.checks, now)) {
    const id = ev.source.slice('turn:'.length) as CheckId;
    const rows = run.checks
      .filter((c) => c.id === id)
      .map((c) => ({
        id: c.id,
        url: scrubValues(c.target, secrets),
        verdict: c.verdict,
        ms: c.ms,
        ...(c.errorCode !== undefined ? { errorCode: c.errorCode } : {}),
        detail: scrubValues(c.detail, secrets),
      }));
    const evidence: EvidenceInput = {
      id: `turn-${run.startedAt}-${id}`,
      kind: 'turn-test',
      label: `${evidenceSourceLabel(`turn:${id}`)} — ${ev.summary}`,
      verdict: ev.verdict,
      date: now.toISOString(),
      checks: rows,
    };
    for (const item of items) {
      if (!item.evidence.includes(ev.source)) continue;
      if (!appliesToProfile(item, profile)) {
        outOfScope.add(item.id);
        continue;
      }
      itemIds.add(item.id);
      entries.push({ itemId: item.id, evidence });
    }
  }
  for (const id of itemIds) outOfScope.delete(id);
  return { entries, itemIds: [...itemIds], outOfScopeItemIds: [...outOfScope] };
}
