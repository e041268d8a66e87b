/**
 * The checklist items each TURN check is evidence for (id and title), for the TURN tester's guide. Like
 * `scoring-index.ts`, the production build replaces this module with the literal it evaluates to
 * (vite.config.ts, buildTimeData), so the tester page never loads the whole checklist content.
 */
import { checklist } from '@/entities/checklist/content';
import { CHECK_IDS, type CheckId } from './turn-check-ids';
import { relatedItems } from './turn-check-info';

export interface RelatedItemRef {
  readonly id: string;
  readonly title: string;
}

function refs(): Record<CheckId, readonly RelatedItemRef[]> {
  const related = relatedItems(checklist.items);
  const out = {} as Record<CheckId, readonly RelatedItemRef[]>;
  for (const check of CHECK_IDS) out[check] = related[check].map(({ id, title }) => ({ id, title }));
  return out;
}

export const turnRelatedItems: Readonly<Record<CheckId, readonly RelatedItemRef[]>> = refs();
