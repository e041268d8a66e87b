/**
 * The checklist without the items' texts (why, verify, fix, references): the ids, titles, sections,
 * severities, applicability, standards and evidence kinds, plus sections, retired items and the
 * changelog. A project page's overview (scores, what to fix next, overdue items, the update notice)
 * reads this, about 12 KB of the content's 55 KB gzip; the walkthrough, which shows the texts, loads the
 * whole content after the page has painted. In the production build `vite.config.ts` (build-time-data
 * plugin) replaces this module with the literal it evaluates to, so the outline is generated from
 * `content/` and cannot drift from it, while the texts stay out of the overview's JavaScript.
 */
import { checklist } from '@/entities/checklist/content';
import type { ChecklistItem, ChecklistItemOutline, ChecklistOutline } from './types';

function outlineOf(item: ChecklistItem): ChecklistItemOutline {
  const { why: _why, verify: _verify, fix: _fix, references: _references, ...outline } = item;
  return outline;
}

export const checklistOutline: ChecklistOutline = { ...checklist, items: checklist.items.map(outlineOf) };
