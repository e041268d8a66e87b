import { describe, expect, it } from 'vitest';
import { checklist, CHECKLIST_ITEM_IDS } from '@/entities/checklist/content';
import { fixNext, nextUnanswered, overdueItems } from '@/entities/project/assessment';
import { makeAnswer } from '@/testing/projects';
import { reviewEvidence } from '@/entities/project/evidence-rules';
import { checklistOutline } from './outline';
import { itemOutline, OUTLINE_ITEM_IDS, sectionOutline } from './outline-index';
import { EMPTY_PROFILE } from './scope';
import { scoreProject } from './scoring';
import { changesSince } from './successors';

describe('checklist outline', () => {
  it('is the content without the items’ texts, item for item', () => {
    const { items, ...rest } = checklistOutline;
    const { items: fullItems, ...fullRest } = checklist;
    expect(rest).toEqual(fullRest);
    expect(items).toHaveLength(fullItems.length);
    for (const [n, item] of items.entries()) {
      const { why: _why, verify: _verify, fix: _fix, references: _references, ...expected } = fullItems[n]!;
      expect(item).toEqual(expected);
      expect(Object.keys(item)).not.toEqual(expect.arrayContaining(['why']));
    }
  });

  it('survives JSON (what the build inlines) unchanged', () => {
    expect(JSON.parse(JSON.stringify(checklistOutline))).toEqual(checklistOutline);
  });

  it('gives the overview the same results as the full content', () => {
    const statuses = ['yes', 'partial', 'no', 'na', null] as const;
    const answers = Object.fromEntries(
      checklist.items.map((item, n) => [item.id, makeAnswer({ status: statuses[n % 5] ?? null, due: n % 7 === 0 ? '2026-01-01' : '' })]),
    );
    const profile = { ...EMPTY_PROFILE, topology: 'sfu' as const, turn: 'own' as const };
    const ids = (list: readonly { item: { id: string } }[]) => list.map((o) => o.item.id);
    expect(scoreProject(checklistOutline.items, profile, answers)).toEqual(scoreProject(checklist.items, profile, answers));
    expect(ids(fixNext(checklistOutline.items, profile, answers, Infinity))).toEqual(ids(fixNext(checklist.items, profile, answers, Infinity)));
    expect(ids(overdueItems(checklistOutline.items, profile, answers, '2026-12-01'))).toEqual(ids(overdueItems(checklist.items, profile, answers, '2026-12-01')));
    expect(nextUnanswered(checklistOutline.items, profile, answers)?.id).toBe(nextUnanswered(checklist.items, profile, answers)?.id);
    expect(reviewEvidence(checklistOutline.items, profile, answers, Date.now())).toEqual({ contradicted: [], stale: [] });
    expect(changesSince(checklistOutline, '1.0.0')).toEqual(changesSince(checklist, '1.0.0'));
  });

  it('looks items and sections up by id', () => {
    const first = checklist.items[0]!;
    expect(itemOutline(first.id)?.title).toBe(first.title);
    expect(itemOutline('no-such-item')).toBeUndefined();
    expect(sectionOutline(first.section)?.title).toBe(checklist.sections.find((s) => s.id === first.section)?.title);
    expect(sectionOutline('nope')).toBeUndefined();
    expect([...OUTLINE_ITEM_IDS]).toEqual([...CHECKLIST_ITEM_IDS]);
  });
});
