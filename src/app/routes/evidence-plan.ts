/**
 * Evidence for a project: which checklist items declare an evidence source and apply to the
 * project's profile. Shared by the TURN tester and the coturn analyzer.
 */
import { appliesToProfile } from '@/entities/checklist/scope';
import type { ArchitectureProfile, ChecklistItem } from '@/entities/checklist/types';
import type { EvidenceInput } from '@/features/projects/store';

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

/** One evidence entry per source, on every item that lists the source and applies to the profile. */
export function planEvidence(
  sources: readonly { readonly source: string; readonly evidence: EvidenceInput }[],
  items: readonly ChecklistItem[],
  profile: ArchitectureProfile,
): ProjectEvidencePlan {
  const entries: ItemEvidence[] = [];
  const itemIds = new Set<string>();
  const outOfScope = new Set<string>();
  for (const { source, evidence } of sources) {
    for (const item of items) {
      if (!(item.evidence as readonly string[]).includes(source)) continue;
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
