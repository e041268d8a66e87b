import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { currentUpgradeContent } from '@/features/projects/persistence/content-upgrade';
import { successorOf } from './successors';
import { retiredIndex } from './upgrade-index';

describe('upgrade index', () => {
  it('survives JSON (what the build inlines) unchanged', () => {
    expect(JSON.parse(JSON.stringify(retiredIndex))).toEqual(retiredIndex);
  });

  it('with the scoring index, remaps every current and retired id exactly as the full content does', () => {
    expect(currentUpgradeContent.version).toBe(checklist.version);
    const ids = [...checklist.items.map((i) => i.id), ...checklist.retired.map((r) => r.id), 'never-an-item'];
    for (const id of ids) expect(successorOf(currentUpgradeContent, id), id).toBe(successorOf(checklist, id));
    expect(currentUpgradeContent.retired.map((r) => r.title)).toEqual(checklist.retired.map((r) => r.title));
  });
});
