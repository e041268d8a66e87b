import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { appliesToProfile, EMPTY_PROFILE } from '@/entities/checklist/scope';
import { makeAnswer, makeEvidence } from '@/testing/projects';
import { answerEvidenceState, contradictionText, evidenceAgeDays, evidenceOutcome, isStale, reviewEvidence, STALE_AFTER_DAYS } from './evidence-rules';

const NOW = Date.UTC(2026, 5, 1);
const daysAgo = (d: number) => new Date(NOW - d * 86_400_000).toISOString();
const check = (verdict: 'pass' | 'warn' | 'fail' | 'skipped') => ({ id: `c-${verdict}`, url: 'turn:127.0.0.1:3478', verdict, ms: 5, detail: '' });
const turn = (over: Parameters<typeof makeEvidence>[0] = {}) => makeEvidence({ id: 't1', kind: 'turn-test', label: 'TURN test', date: daysAgo(1), ...over });

describe('evidenceOutcome', () => {
  it('is the verdict or the worst check', () => {
    expect(evidenceOutcome({ verdict: 'pass' })).toBe('pass');
    expect(evidenceOutcome({ verdict: 'pass', checks: [check('pass'), check('fail')] })).toBe('fail');
    expect(evidenceOutcome({ checks: [check('skipped'), check('warn')] })).toBe('warn');
    expect(evidenceOutcome({})).toBeNull();
  });
});

describe('staleness per kind', () => {
  it('TURN results go stale after 90 days, config reviews after 180, links after a year', () => {
    expect(STALE_AFTER_DAYS['turn-test']).toBe(90);
    expect(isStale(turn({ date: daysAgo(90) }), NOW)).toBe(false);
    expect(isStale(turn({ date: daysAgo(91) }), NOW)).toBe(true);
    expect(isStale(makeEvidence({ kind: 'coturn-config', date: daysAgo(120) }), NOW)).toBe(false);
    expect(isStale(makeEvidence({ kind: 'coturn-config', date: daysAgo(181) }), NOW)).toBe(true);
    expect(isStale(makeEvidence({ kind: 'link', date: daysAgo(300) }), NOW)).toBe(false);
    expect(isStale(makeEvidence({ kind: 'link', date: daysAgo(366) }), NOW)).toBe(true);
  });

  it('an unreadable date is stale (it cannot be shown to be fresh); a future date is age 0', () => {
    expect(evidenceAgeDays({ date: 'last week' }, NOW)).toBeNull();
    expect(isStale(turn({ date: 'last week' }), NOW)).toBe(true);
    expect(evidenceAgeDays({ date: daysAgo(-3) }, NOW)).toBe(0);
  });
});

describe('answers and evidence', () => {
  it('Yes with fresh failing evidence is contradicted; No, Partial or passing evidence is not', () => {
    const failing = turn({ verdict: 'fail' });
    expect(answerEvidenceState(makeAnswer({ status: 'yes', evidence: [failing] }), NOW).contradicting).toEqual([failing]);
    expect(answerEvidenceState(makeAnswer({ status: 'no', evidence: [failing] }), NOW).contradicting).toEqual([]);
    expect(answerEvidenceState(makeAnswer({ status: 'yes', evidence: [turn({ verdict: 'pass' })] }), NOW).contradicting).toEqual([]);
    expect(answerEvidenceState(makeAnswer({ status: 'yes', evidence: [turn({ verdict: 'pass', checks: [check('fail')] })] }), NOW).contradicting).toHaveLength(1);
  });

  it('stale failing evidence is shown as stale, not counted as a contradiction', () => {
    const old = turn({ verdict: 'fail', date: daysAgo(200) });
    const state = answerEvidenceState(makeAnswer({ status: 'yes', evidence: [old] }), NOW);
    expect(state).toEqual({ contradicting: [], stale: [old] });
  });

  it('reviews a project: only applicable items, in checklist order', () => {
    const profile = { ...EMPTY_PROFILE, screenSharing: false };
    const [a, b] = checklist.items.filter((i) => appliesToProfile(i, profile));
    const na = checklist.items.find((i) => !appliesToProfile(i, profile))!;
    const fail = turn({ verdict: 'fail' });
    const answers = {
      [b!.id]: makeAnswer({ status: 'yes', evidence: [fail] }),
      [a!.id]: makeAnswer({ status: 'yes', evidence: [fail, turn({ id: 'old', date: daysAgo(100) })] }),
      [na.id]: makeAnswer({ status: 'yes', evidence: [fail] }),
    };
    const review = reviewEvidence(checklist.items, profile, answers, NOW);
    expect(review.contradicted.map((c) => c.item.id)).toEqual([a!.id, b!.id]);
    expect(review.stale.map((c) => c.item.id)).toEqual([a!.id]);
  });

  it('says how many answers are contradicted', () => {
    expect(contradictionText(0)).toBeNull();
    expect(contradictionText(1)).toBe('1 answer contradicted by evidence');
    expect(contradictionText(3)).toBe('3 answers contradicted by evidence');
  });
});
