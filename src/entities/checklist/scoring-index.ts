/**
 * What scoring needs from the checklist: each item's id, section, severity and applicability, and the
 * content version. Pages that only score projects (the projects list) read this instead of the whole
 * content. In the production build `vite.config.ts` (scoringIndex plugin) replaces this module with
 * the literal it evaluates to, so the index is generated from `content/` and cannot drift from it,
 * while the content stays out of those pages' JavaScript.
 */
import { checklist } from '@/entities/checklist/content';
import type { ScorableItem } from './scoring';

export interface ScoringIndex {
  readonly version: string;
  readonly items: readonly ScorableItem[];
}

export const scoringIndex: ScoringIndex = {
  version: checklist.version,
  items: checklist.items.map(({ id, section, severity, appliesTo }) => (appliesTo ? { id, section, severity, appliesTo } : { id, section, severity })),
};
