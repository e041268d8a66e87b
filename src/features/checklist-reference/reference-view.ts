/** What the reference view shows for a filter and an architecture: pure, so the component only renders it. */
import { isFilterActive, matchesFilter } from '@/entities/checklist/filter';
import { appliesToProfile } from '@/entities/checklist/scope';
import type { ChecklistContent, ChecklistItem, Section } from '@/entities/checklist/types';
import type { ReferenceState } from './reference-params';

export interface SectionGroup {
  section: Section;
  applicable: ChecklistItem[];
  notApplicable: ChecklistItem[];
}

export interface ReferenceView {
  /** Every section, in order, with the items that match (possibly none). */
  groups: SectionGroup[];
  /** Items that match the filters. */
  shown: number;
  /** Of those, the items that apply to the architecture. */
  applicable: number;
  /** Whether a filter or the architecture scope is set. */
  active: boolean;
  /** What the CSV download holds: what the filters show (only what applies, when scoped). */
  exported: ChecklistItem[];
}

/** Whether a filter or the architecture scope is set: the list then shows a selection of the items. */
export function isReferenceActive(state: ReferenceState): boolean {
  return isFilterActive(state.filter) || state.profileActive;
}

export function referenceView(content: ChecklistContent, state: ReferenceState): ReferenceView {
  const { filter, profile } = state;
  const groups = content.sections.map((section) => {
    const items = content.items.filter((i) => i.section === section.id && matchesFilter(i, filter));
    return {
      section,
      applicable: items.filter((i) => appliesToProfile(i, profile)),
      notApplicable: items.filter((i) => !appliesToProfile(i, profile)),
    };
  });
  return {
    groups,
    shown: groups.reduce((n, g) => n + g.applicable.length + g.notApplicable.length, 0),
    applicable: groups.reduce((n, g) => n + g.applicable.length, 0),
    active: isReferenceActive(state),
    exported: groups.flatMap((g) => (state.profileActive ? g.applicable : [...g.applicable, ...g.notApplicable])),
  };
}
