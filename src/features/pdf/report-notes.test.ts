import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { appliesToProfile, EMPTY_PROFILE } from '@/entities/checklist/scope';
import { makeAnswer, makeEvidence, makeProject } from '@/testing/projects';
import { layoutReport } from './report';
import { reportNotes } from './report-notes';
import type { Measure } from './text-layout';

const [a, b] = checklist.items.filter((i) => appliesToProfile(i, EMPTY_PROFILE));
const failing = makeEvidence({ id: 't', kind: 'turn-test', label: 'TURN tester', verdict: 'fail', date: '2026-11-20T10:00:00.000Z' });
const project = makeProject({
  answers: {
    [a!.id]: makeAnswer({ status: 'yes', evidence: [failing] }),
    [b!.id]: makeAnswer({ status: 'yes', evidence: [{ ...failing, id: 'old', date: '2026-01-02T10:00:00.000Z' }] }),
  },
});

describe('report notes', () => {
  it('names answers contradicted by fresh evidence, and stale evidence apart', () => {
    const notes = reportNotes(checklist, project, '2026-11-27');
    expect(notes).toEqual([
      { text: `1 answer contradicted by evidence (answered Yes while fresh evidence failed): ${a!.title}.`, warn: true },
      { text: `Stale evidence, re-test (shown, not counted): ${b!.title}.`, warn: false },
    ]);
  });

  it('gives the score trend once the project has earlier rounds', () => {
    const round = { id: 'r1', closedAt: Date.UTC(2026, 5, 1), contentVersion: '1.0.0', profile: EMPTY_PROFILE, statuses: {}, applicable: [], percent: 10, grade: 'F' as const };
    const notes = reportNotes(checklist, makeProject({ rounds: [round] }), '2026-11-27');
    expect(notes).toEqual([{ text: 'Score trend: Round 1: 10% (F) → Round 2 (current): 0% (F), -10 points since the last round.', warn: false }]);
  });

  it('has nothing to say for a project without evidence', () => {
    expect(reportNotes(checklist, makeProject(), '2026-11-27')).toEqual([]);
  });

  it('the report prints them under the score', () => {
    const measure: Measure = (t, { size }) => [...t].length * size * 0.55;
    const doc = layoutReport({ content: checklist, project, paper: 'a4', date: '2026-11-27', appUrl: 'https://app.example' }, measure, () => true);
    const cover = doc.pages[0]!.ops.flatMap((o) => (o.op === 'text' ? [o.text] : [])).join(' ');
    expect(cover).toContain('1 answer contradicted by evidence');
    expect(cover).toContain('Stale evidence, re-test');
  });
});
