/**
 * What the checklist reference shows without the content: the counts and version in its heading, and
 * whether any item covers an ASVS level-1 requirement (the level filter's first option). In the
 * production build `vite.config.ts` (build-time-data plugin) replaces this module with the literal it
 * evaluates to, so /checklist hydrates without loading the content.
 */
import { checklist } from '@/entities/checklist/content';

export const checklistSummary = {
  version: checklist.version,
  date: checklist.date,
  itemCount: checklist.items.length,
  sectionCount: checklist.sections.length,
  hasLevel1: checklist.items.some((i) => i.standards.some((s) => s.level === 1)),
};
