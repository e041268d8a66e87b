/**
 * What carrying answers over to the current content needs besides the current item ids (those come
 * from scoring-index.ts, so the build holds one list of ids, not two): the current version and each
 * retired item's title and successor. Persistence reads this on every load
 * (features/projects/persistence/content-upgrade.ts), so the projects list must not load the whole
 * content for it. Like scoring-index.ts, the production build replaces this module with the literal
 * it evaluates to (vite.config.ts, build-time-data), generated from `content/` on every build.
 */
import { checklist } from '@/entities/checklist/content';
import type { UpgradeContent } from './successors';

export const retiredIndex: Omit<UpgradeContent, 'items'> = {
  version: checklist.version,
  retired: checklist.retired.map(({ id, title, replacedBy }) => (replacedBy ? { id, title, replacedBy } : { id, title })),
};
