import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { EMPTY_PROFILE } from './scope';
import { scoreProject } from './scoring';
import { scoringIndex } from './scoring-index';

describe('scoring index', () => {
  it('has every item, in order, with the fields scoring reads and nothing else', () => {
    expect(scoringIndex.version).toBe(checklist.version);
    expect(scoringIndex.items.map((i) => i.id)).toEqual(checklist.items.map((i) => i.id));
    for (const [n, item] of scoringIndex.items.entries()) {
      const full = checklist.items[n]!;
      expect(item).toEqual({ id: full.id, section: full.section, severity: full.severity, ...(full.appliesTo ? { appliesTo: full.appliesTo } : {}) });
    }
  });

  it('survives JSON (what the build inlines) unchanged', () => {
    expect(JSON.parse(JSON.stringify(scoringIndex))).toEqual(scoringIndex);
  });

  it('scores a project exactly as the full content does', () => {
    const answers = Object.fromEntries(checklist.items.map((item, n) => [item.id, { status: (['yes', 'partial', 'no', 'na', null] as const)[n % 5] ?? null }]));
    const profile = { ...EMPTY_PROFILE, topology: 'sfu' as const, turn: 'none' as const, recording: false };
    expect(scoreProject(scoringIndex.items, profile, answers)).toEqual(scoreProject(checklist.items, profile, answers));
  });
});

describe('TURN related-items index', () => {
  it('lists, per check, the id and title of every item that takes its result as evidence', async () => {
    const { turnRelatedItems } = await import('./turn-related-index');
    const { CHECK_IDS } = await import('./turn-check-ids');
    expect(Object.keys(turnRelatedItems).sort()).toEqual([...CHECK_IDS].sort());
    for (const check of CHECK_IDS) {
      const expected = checklist.items.filter((i) => i.evidence.includes(`turn:${check}`)).map(({ id, title }) => ({ id, title }));
      expect(turnRelatedItems[check]).toEqual(expected);
    }
    expect(Object.values(turnRelatedItems).flat().length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(turnRelatedItems))).toEqual(turnRelatedItems);
  });
});
