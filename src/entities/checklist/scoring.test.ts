import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from './scope';
import {
  applyCriticalCap,
  gradeFor,
  SCORE_FORMULA_TEXT,
  scoreProject,
  SEVERITY_WEIGHTS,
  type AnswerLike,
  type ScorableItem,
} from './scoring';
import type { ArchitectureProfile } from './types';

const item = (id: string, severity: ScorableItem['severity'], extra: Partial<ScorableItem> = {}): ScorableItem => ({
  id,
  section: 'baseline',
  severity,
  ...extra,
});

const answers = (map: Record<string, AnswerLike['status']>) =>
  Object.fromEntries(Object.entries(map).map(([id, status]) => [id, { status }]));

describe('scoreProject', () => {
  const items = [item('c', 'critical'), item('h', 'high'), item('m', 'medium'), item('l', 'low')];

  it('weights by severity and credits Yes 1, Partial 0.5, No and unanswered 0', () => {
    const s = scoreProject(items, EMPTY_PROFILE, answers({ c: 'yes', h: 'partial', m: 'no' }));
    expect(s.possible).toBe(18);
    expect(s.earned).toBe(12.5);
    expect(s.percent).toBe(Math.floor((100 * 12.5) / 18)); // 69
    expect(s.answered).toBe(3);
    expect(s.applicable).toBe(4);
    expect(s.failing).toBe(2);
  });

  it('excludes N/A from the score but counts it as answered', () => {
    const s = scoreProject(items, EMPTY_PROFILE, answers({ c: 'yes', h: 'na', m: 'yes', l: 'yes' }));
    expect(s.possible).toBe(13);
    expect(s.percent).toBe(100);
    expect(s.grade).toBe('A');
    expect(s.answered).toBe(4);
  });

  it('excludes items that do not apply to the profile, and ignores answers to unknown ids', () => {
    const scoped = [...items, item('turn', 'critical', { appliesTo: { turn: ['own'] } })];
    const profile: ArchitectureProfile = { ...EMPTY_PROFILE, turn: 'provider' };
    const s = scoreProject(scoped, profile, answers({ c: 'yes', h: 'yes', m: 'yes', l: 'yes', retired: 'no' }));
    expect(s.applicable).toBe(4);
    expect(s.total).toBe(5);
    expect(s.percent).toBe(100);
    expect(s.openCritical).toBe(0);
    // With the question unanswered the item applies (conservative scoping).
    expect(scoreProject(scoped, EMPTY_PROFILE, {}).applicable).toBe(5);
  });

  it('has no score and no grade when nothing counts', () => {
    const s = scoreProject(items, EMPTY_PROFILE, answers({ c: 'na', h: 'na', m: 'na', l: 'na' }));
    expect(s.percent).toBeNull();
    expect(s.grade).toBeNull();
    expect(scoreProject([], EMPTY_PROFILE, {}).grade).toBeNull();
  });

  it('rounds down so the shown number never reaches a better grade', () => {
    const many = Array.from({ length: 10 }, (_, i) => item(`c${i}`, 'critical'));
    const s = scoreProject(many, EMPTY_PROFILE, {
      ...answers(Object.fromEntries(many.slice(0, 9).map((i) => [i.id, 'yes']))),
      c9: { status: 'partial' },
    });
    expect(s.percent).toBe(95);
    const t = scoreProject([...many, item('l', 'low')], EMPTY_PROFILE, answers(Object.fromEntries(many.map((i) => [i.id, 'yes']))));
    expect(t.percent).toBe(Math.floor(10000 / 101)); // 99, not 100
  });

  it('reports per-section progress in order of first appearance', () => {
    const mixed = [item('a', 'high'), item('b', 'low', { section: 'signaling' }), item('c', 'critical', { section: 'signaling' })];
    const s = scoreProject(mixed, EMPTY_PROFILE, answers({ a: 'yes', b: 'no' }));
    expect(s.sections.map((x) => x.sectionId)).toEqual(['baseline', 'signaling']);
    expect(s.sections[0]).toMatchObject({ applicable: 1, answered: 1, percent: 100 });
    expect(s.sections[1]).toMatchObject({ applicable: 2, answered: 1, failing: 1, openCritical: 1, percent: 0 });
  });
});

describe('grades and the critical cap', () => {
  it('maps percentages to grades at the documented thresholds', () => {
    expect([100, 90, 89, 80, 79, 65, 64, 50, 49, 0].map(gradeFor)).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D', 'F', 'F']);
  });

  it('caps A and B at C while an open critical item exists, and leaves worse grades alone', () => {
    expect(applyCriticalCap('A', 1)).toBe('C');
    expect(applyCriticalCap('B', 2)).toBe('C');
    expect(applyCriticalCap('C', 1)).toBe('C');
    expect(applyCriticalCap('D', 1)).toBe('D');
    expect(applyCriticalCap('A', 0)).toBe('A');
  });

  it('treats a critical item answered No, Partial or not at all as open; Yes and N/A close it', () => {
    const items = [item('c', 'critical'), ...Array.from({ length: 30 }, (_, i) => item(`h${i}`, 'high'))];
    const allHigh = Object.fromEntries(items.slice(1).map((i) => [i.id, { status: 'yes' as const }]));
    for (const status of ['no', 'partial', null] as const) {
      const s = scoreProject(items, EMPTY_PROFILE, { ...allHigh, c: { status } });
      expect(s.openCritical).toBe(1);
      expect(s.uncappedGrade).toBe('A');
      expect(s.grade).toBe('C');
      expect(s.capped).toBe(true);
    }
    for (const status of ['yes', 'na'] as const) {
      const s = scoreProject(items, EMPTY_PROFILE, { ...allHigh, c: { status } });
      expect(s.openCritical).toBe(0);
      expect(s.grade).toBe('A');
      expect(s.capped).toBe(false);
    }
  });

  it('does not count a critical item that does not apply as open', () => {
    const items = [item('c', 'critical', { appliesTo: { recording: [true] } }), item('h', 'high')];
    const s = scoreProject(items, { ...EMPTY_PROFILE, recording: false }, answers({ h: 'yes' }));
    expect(s.openCritical).toBe(0);
    expect(s.grade).toBe('A');
  });

  it('documents the formula with the weights and the cap', () => {
    for (const [severity, weight] of Object.entries(SEVERITY_WEIGHTS)) expect(SCORE_FORMULA_TEXT).toContain(`${severity} ${weight}`);
    expect(SCORE_FORMULA_TEXT).toContain('caps the grade at C');
  });
});
