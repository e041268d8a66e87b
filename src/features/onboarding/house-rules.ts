/**
 * House rules: the checklist items a contractor must follow (by default every critical and high
 * item that applies to the project) plus the team's own rules, turned into the numbered list the
 * pack, the brief and the contractor's walkthrough show.
 */
import { appliesToProfile } from '@/entities/checklist/scope';
import type { ArchitectureProfile, ChecklistItem, Severity } from '@/entities/checklist/types';
import type { HouseRules } from '@/entities/onboarding/types';

export interface PackRule {
  /** `item:<checklist id>` or `own:<n>`: what an acknowledgement refers to. */
  readonly key: string;
  readonly title: string;
  readonly itemId?: string;
  readonly severity?: Severity;
  readonly why?: string;
  readonly fix?: string;
}

/** The preselection: applicable critical and high items, in checklist order. */
export function defaultRuleItemIds(items: readonly ChecklistItem[], profile: ArchitectureProfile): string[] {
  return items.filter((i) => (i.severity === 'critical' || i.severity === 'high') && appliesToProfile(i, profile)).map((i) => i.id);
}

export function defaultHouseRules(items: readonly ChecklistItem[], profile: ArchitectureProfile): HouseRules {
  return { itemIds: defaultRuleItemIds(items, profile), ownRules: [], team: '', contacts: '', includeNotes: false };
}

/** The team's own rules first (they are what a contractor cannot know otherwise), then the items. */
export function packRules(rules: HouseRules, items: readonly ChecklistItem[]): PackRule[] {
  const own = rules.ownRules
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .map((title, i): PackRule => ({ key: `own:${i + 1}`, title }));
  const chosen = new Set(rules.itemIds);
  const fromItems = items
    .filter((i) => chosen.has(i.id))
    .map((i): PackRule => ({ key: `item:${i.id}`, itemId: i.id, title: i.title, severity: i.severity, why: i.why, fix: i.fix }));
  return [...own, ...fromItems];
}

/** Own rules as edited in a text area: one rule per line. */
export function parseOwnRules(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
}
