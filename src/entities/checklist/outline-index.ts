/** Lookups in the checklist outline (outline.ts holds only data: the build replaces it with a literal). */
import { checklistOutline } from './outline';
import type { ChecklistItemOutline, Section } from './types';

const items: ReadonlyMap<string, ChecklistItemOutline> = new Map(checklistOutline.items.map((item) => [item.id, item]));
const sections: ReadonlyMap<string, Section> = new Map(checklistOutline.sections.map((section) => [section.id, section]));

/** Ids of all current items (as CHECKLIST_ITEM_IDS in content/, without loading the texts). */
export const OUTLINE_ITEM_IDS: ReadonlySet<string> = new Set(items.keys());

/** A current item's outline (title, section, severity…), or undefined for an unknown or retired id. */
export function itemOutline(id: string): ChecklistItemOutline | undefined {
  return items.get(id);
}

export function sectionOutline(id: string): Section | undefined {
  return sections.get(id);
}
