import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { successorOf } from './successors';
import { upgradeIndex } from './upgrade-index';

describe('upgrade index', () => {
  it('survives JSON (what the build inlines) unchanged', () => {
    expect(JSON.parse(JSON.stringify(upgradeIndex))).toEqual(upgradeIndex);
  });

  it('remaps every current and retired id exactly as the full content does', () => {
    expect(upgradeIndex.version).toBe(checklist.version);
    const ids = [...checklist.items.map((i) => i.id), ...checklist.retired.map((r) => r.id), 'never-an-item'];
    for (const id of ids) expect(successorOf(upgradeIndex, id), id).toBe(successorOf(checklist, id));
    expect(upgradeIndex.retired.map((r) => r.title)).toEqual(checklist.retired.map((r) => r.title));
  });
});
