import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { appliesToProfile, EMPTY_PROFILE } from '@/entities/checklist/scope';
import { makeAnswer } from '@/testing/projects';
import { nextUnanswered } from './assessment';

describe('nextUnanswered', () => {
  const items = checklist.items;

  it('is the first item in checklist order on a new project', () => {
    expect(nextUnanswered(items, EMPTY_PROFILE, {})?.id).toBe(items[0]?.id);
  });

  it('skips answered items and items that do not apply', () => {
    const profile = { ...EMPTY_PROFILE, screenSharing: false };
    const skipped = items.find((i) => !appliesToProfile(i, profile));
    expect(skipped).toBeDefined();
    const index = items.indexOf(skipped!);
    const answers = Object.fromEntries(items.slice(0, index).map((i) => [i.id, makeAnswer({ status: 'yes' })]));
    const next = nextUnanswered(items, profile, answers);
    expect(next?.id).not.toBe(skipped?.id);
    expect(items.indexOf(next!)).toBeGreaterThan(index);
  });

  it('an unanswered answer record (cleared) still counts as unanswered; all answered gives null', () => {
    const first = items[0]!;
    expect(nextUnanswered(items, EMPTY_PROFILE, { [first.id]: makeAnswer({ status: null, note: 'x' }) })?.id).toBe(first.id);
    const all = Object.fromEntries(items.map((i) => [i.id, makeAnswer({ status: 'na' })]));
    expect(nextUnanswered(items, EMPTY_PROFILE, all)).toBeNull();
  });
});
