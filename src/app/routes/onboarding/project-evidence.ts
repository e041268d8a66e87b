/**
 * The inventory rules as evidence on a project: one entry per rule that applies, on each checklist
 * item the rule is about (and that applies to the project's profile). Re-attaching replaces the
 * previous entry (the id is the rule's), so the evidence follows the inventory as it is now.
 */
import { appliesToProfile } from '@/entities/checklist/scope';
import type { ArchitectureProfile, ChecklistItem, Severity } from '@/entities/checklist/types';
import type { RuleOutcome } from '@/features/onboarding/inventory-rules';
import type { EvidenceEntry, EvidenceInput } from '@/features/projects/store';

type Verdict = NonNullable<EvidenceInput['verdict']>;
const verdictOf = (s: Severity): Verdict => (s === 'critical' || s === 'high' ? 'fail' : 'warn');

export function planInventoryEvidence(outcomes: readonly RuleOutcome[], items: readonly ChecklistItem[], profile: ArchitectureProfile, now: Date): EvidenceEntry[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  return outcomes
    .filter((o) => o.applicable)
    .flatMap((o) => {
      const worst = o.findings[0];
      const evidence: EvidenceInput = {
        id: `inventory-${o.rule}`,
        kind: 'inventory',
        label: worst
          ? `Architecture inventory: ${o.findings.length} ${o.findings.length === 1 ? 'finding' : 'findings'} — ${worst.title}`
          : `Architecture inventory: ${o.summary}`,
        verdict: worst ? verdictOf(worst.severity) : 'pass',
        date: now.toISOString(),
        checks: o.findings.map((f) => ({ id: f.id, url: 'inventory', verdict: verdictOf(f.severity), ms: 0, detail: `${f.severity}: ${f.title}. ${f.detail}` })),
      };
      const itemIds = new Set([...o.itemIds, ...o.findings.flatMap((f) => f.itemIds)]);
      return [...itemIds].flatMap((itemId) => {
        const item = byId.get(itemId);
        return item && appliesToProfile(item, profile) ? [{ itemId, evidence }] : [];
      });
    });
}
