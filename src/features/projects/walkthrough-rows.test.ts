import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { appliesToProfile, EMPTY_PROFILE } from '@/entities/checklist/scope';
import { makeAnswer } from '@/testing/projects';
import { assessmentRows, poolCounts, printDescription, sectionEndText } from './walkthrough-rows';

const profile = { ...EMPTY_PROFILE, screenSharing: false };
const notApplicable = checklist.items.find((i) => !appliesToProfile(i, profile))!;
const pool = checklist.items.filter((i) => i.section === notApplicable.section);
const applicable = pool.filter((i) => appliesToProfile(i, profile));

describe('walkthrough rows', () => {
  it('lists every item of the pool with the reason it does not apply', () => {
    const rows = assessmentRows(pool, { answers: {}, profile }, { status: 'all', severity: 'all' });
    expect(rows).toHaveLength(pool.length);
    expect(rows.find((r) => r.item.id === notApplicable.id)?.reason).toMatch(/screen sharing/);
    expect(rows.find((r) => r.item.id === applicable[0]!.id)?.reason).toBeNull();
  });

  it('"Unanswered" leaves out answered items and items that do not apply', () => {
    const answers = { [applicable[0]!.id]: makeAnswer({ status: 'yes' }) };
    const rows = assessmentRows(pool, { answers, profile }, { status: 'unanswered', severity: 'all' });
    expect(rows.map((r) => r.item.id)).toEqual(applicable.slice(1).map((i) => i.id));
  });

  it('counts applicable and answered items (N/A counts as answered, not-applicable never)', () => {
    const answers = { [applicable[0]!.id]: makeAnswer({ status: 'na' }), [notApplicable.id]: makeAnswer({ status: 'yes' }) };
    expect(poolCounts(pool, { answers, profile })).toEqual({ total: pool.length, applicable: applicable.length, answered: 1 });
  });

  it('describes the printed assessment', () => {
    const all = printDescription(checklist.items, checklist.sections.length, { answers: {}, profile }, { status: 'all', severity: 'all' }, 0);
    expect(all).toMatch(new RegExp(`^All ${checklist.sections.length} sections, ${checklist.items.length} items \\(\\d+ apply`));
    expect(printDescription(checklist.items, 9, { answers: {}, profile }, { status: 'failing', severity: 'high' }, 3)).toBe(
      `All sections, failing items (No or Partial), severity high: 3 of ${checklist.items.length} items.`,
    );
  });

  it('says where the section ends and what comes next', () => {
    expect(sectionEndText({ index: 0, count: 9 }, { total: 5, applicable: 4, answered: 3 }, 'Signaling')).toBe(
      'End of section 1 of 9: 3 of 4 applicable items answered, 1 still open. Next: Signaling.',
    );
    expect(sectionEndText({ index: 8, count: 9 }, { total: 2, applicable: 0, answered: 0 }, null)).toBe(
      'End of section 9 of 9: no item applies to your architecture. This is the last section.',
    );
  });
});
