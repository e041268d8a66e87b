import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { appliesToProfile, EMPTY_PROFILE } from '@/entities/checklist/scope';
import { scoreProject } from '@/entities/checklist/scoring';
import { makeAnswer, makeProject } from '@/testing/projects';
import { closeRound, compareWithRound, roundScores, scoreTrend, trendText } from './rounds';

const items = checklist.items;
const [a, b, c, d] = items.filter((i) => appliesToProfile(i, EMPTY_PROFILE));
const T = Date.UTC(2026, 2, 1);

describe('rounds', () => {
  const project = makeProject({ answers: { [a!.id]: makeAnswer({ status: 'yes' }), [b!.id]: makeAnswer({ status: 'no' }), [c!.id]: makeAnswer({ status: null, note: 'x' }) } });

  it('closing a round keeps answered statuses, the applicable items, the score and the checklist version', () => {
    const round = closeRound(project, items, 'r-1', T);
    expect(Object.entries(round.statuses)).toEqual([[a!.id, 'yes'], [b!.id, 'no']].sort());
    expect(round.applicable).toEqual(items.filter((i) => appliesToProfile(i, EMPTY_PROFILE)).map((i) => i.id));
    const score = scoreProject(items, EMPTY_PROFILE, project.answers);
    expect(round).toMatchObject({ id: 'r-1', closedAt: T, contentVersion: '1.0.0', percent: score.percent, grade: score.grade });
  });

  it('compares: worse, improved, to/from N/A, new since the round, no longer applying, checklist version', () => {
    const round = { ...closeRound(project, items, 'r-1', T), applicable: [a!.id, b!.id, c!.id, 'retired-item'], contentVersion: '0.9.0' };
    const now = { ...project, answers: { [a!.id]: makeAnswer({ status: 'partial' }), [b!.id]: makeAnswer({ status: 'yes' }), [c!.id]: makeAnswer({ status: 'na' }), [d!.id]: makeAnswer({ status: 'no' }) } };
    const diff = compareWithRound(round, now, items, (id) => `Retired: ${id}`);
    expect(diff.worse).toEqual([{ id: a!.id, title: a!.title, before: 'yes', after: 'partial' }]);
    expect(diff.improved).toEqual([{ id: b!.id, title: b!.title, before: 'no', after: 'yes' }]);
    expect(diff.changed).toEqual([{ id: c!.id, title: c!.title, before: null, after: 'na' }]);
    expect(diff.added.map((x) => x.id)).toContain(d!.id);
    expect(diff.added.find((x) => x.id === d!.id)).toEqual({ id: d!.id, title: d!.title, before: null, after: 'no' });
    expect(diff.removed).toEqual([{ id: 'retired-item', title: 'Retired: retired-item', before: null }]);
    expect(diff.checklistChanged).toEqual({ from: '0.9.0', to: '1.0.0' });
  });

  it('an unchanged project compares empty; clearing an answer is worse', () => {
    const round = closeRound(project, items, 'r-1', T);
    const same = compareWithRound(round, project, items);
    expect([same.worse, same.improved, same.changed, same.added, same.removed]).toEqual([[], [], [], [], []]);
    expect(same.checklistChanged).toBeNull();
    const cleared = compareWithRound(round, { ...project, answers: { [b!.id]: makeAnswer({ status: 'no' }) } }, items);
    expect(cleared.worse.map((x) => x.id)).toEqual([a!.id]);
  });

  it('the trend lists closed rounds oldest first, then the current round, with the change', () => {
    const r1 = { ...closeRound(project, items, 'r-1', T), percent: 40, grade: 'F' as const };
    const r2 = { ...closeRound(project, items, 'r-2', T + 1000), percent: 55, grade: 'D' as const };
    const points = scoreTrend([r2, r1], { percent: 70, grade: 'C' });
    expect(points.map((p) => p.label)).toEqual(['Round 1', 'Round 2', 'Round 3 (current)']);
    expect(trendText(points)).toBe('Round 1: 40% (F) → Round 2: 55% (D) → Round 3 (current): 70% (C), +15 points since the last round');
    expect(trendText(scoreTrend([], { percent: null, grade: null }))).toBe('Round 1 (current): no score');
  });
});

describe('roundScores', () => {
  it('dates closed rounds for the executive summary, oldest first', () => {
    const r = (id: string, closedAt: number, percent: number) => ({ id, closedAt, contentVersion: '1.0.0', profile: EMPTY_PROFILE, statuses: {}, applicable: [], percent, grade: 'D' as const });
    expect(roundScores([r('b', Date.UTC(2026, 5, 2, 23), 60), r('a', Date.UTC(2026, 0, 5), 50)])).toEqual([
      { date: '2026-01-05', percent: 50, grade: 'D' },
      { date: '2026-06-02', percent: 60, grade: 'D' },
    ]);
    expect(roundScores(undefined)).toEqual([]);
  });
});
