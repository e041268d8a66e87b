import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import { makeAnswer, makeEvidence, makeProject } from '@/testing/projects';
import { fullyAnsweredProject, REPORT_PROJECT_NAME } from '@/testing/report-project';
import type { DrawOp } from './draw-ops';
import { layoutExecutive } from './executive';
import { EXECUTIVE_GAP_COUNT, executiveModel } from './executive-model';
import type { Measure } from './text-layout';

const measure: Measure = (t, { size, bold }) => [...t].length * size * (bold ? 0.6 : 0.55);
const texts = (ops: DrawOp[]) => ops.filter((o): o is Extract<DrawOp, { op: 'text' }> => o.op === 'text');
const LONG_NAME = `${REPORT_PROJECT_NAME} — ${'Платформа видеосвязи für Öffentliche Verwaltung '.repeat(4)}`.slice(0, 200);

describe('executive summary model', () => {
  const project = fullyAnsweredProject(checklist);

  it('says "first assessment" without previous rounds, and the trend with them', () => {
    expect(executiveModel({ content: checklist, project, date: '2026-12-01' }).trend).toEqual({ kind: 'first' });
    expect(executiveModel({ content: checklist, project, date: '2026-12-01', previousRounds: [] }).trend).toEqual({ kind: 'first' });
    const m = executiveModel({
      content: checklist,
      project,
      date: '2026-12-01',
      previousRounds: [
        { date: '2026-09-01', percent: 30, grade: 'F' },
        { date: '2026-03-01', percent: 10, grade: 'F' },
      ],
    });
    expect(m.trend.kind).toBe('rounds');
    if (m.trend.kind !== 'rounds') return;
    expect(m.trend.points.map((p) => p.date)).toEqual(['2026-03-01', '2026-09-01', '2026-12-01']);
    expect(m.trend.delta).toBe((m.percent ?? 0) - 30);
  });

  it('picks the five most important open gaps, in fix-next order', () => {
    const m = executiveModel({ content: checklist, project, date: '2026-12-01' });
    expect(m.gaps).toHaveLength(EXECUTIVE_GAP_COUNT);
    expect(m.gaps.every((g) => g.status !== 'yes' && g.status !== 'na')).toBe(true);
    expect(m.gaps[0]!.severity).toBe('critical');
    expect(m.open).toBeGreaterThan(EXECUTIVE_GAP_COUNT);
  });

  it('counts evidence coverage and groups open items by owner, overdue included', () => {
    const [a, b, c] = checklist.items.filter((i) => !i.appliesTo);
    const p = makeProject({
      profile: EMPTY_PROFILE,
      answers: {
        [a!.id]: makeAnswer({ status: 'yes', evidence: [makeEvidence()] }),
        [b!.id]: makeAnswer({ status: 'partial', owner: 'Ops password: hunter2', due: '2026-01-01' }),
        [c!.id]: makeAnswer({ status: 'no', owner: 'Ops password: hunter2', due: '2027-01-01', evidence: [makeEvidence({ kind: 'turn-test', verdict: 'fail' })] }),
      },
    });
    const m = executiveModel({ content: checklist, project: p, date: '2026-12-01' });
    expect(m.coverage).toEqual({ claimed: 2, backed: 1, automated: 1, failing: 1, percent: 50 });
    const ops = m.owners.find((o) => o.owner.startsWith('Ops'))!;
    expect(ops.owner).toBe('Ops password: [redacted]');
    expect(ops).toMatchObject({ open: 2, nextDue: '2026-01-01', overdue: 1 });
    expect(m.owners.some((o) => o.owner === '')).toBe(true); // the unanswered rest has no owner
  });
});

describe('executive summary layout', () => {
  it.each(['a4', 'letter'] as const)('is one page at %s with a long Unicode name and many owners, inside the margins', (paper) => {
    const base = fullyAnsweredProject(checklist);
    const answers = Object.fromEntries(
      Object.entries(base.answers).map(([id, a], i) => [id, { ...a, owner: `Team ${i} — Łódź Ωmega ${'x'.repeat(i % 40)}` }]),
    );
    const model = executiveModel({
      content: checklist,
      project: { ...base, name: LONG_NAME, answers },
      date: '2026-12-01',
      previousRounds: [{ date: '2026-06-01', percent: 40, grade: 'F' }],
    });
    const doc = layoutExecutive({ model, paper, appUrl: 'https://app.example' }, measure, () => true);
    expect(doc.pages).toHaveLength(1);
    const all = texts(doc.pages[0]!.ops);
    for (const t of all) {
      expect(t.y, t.text).toBeLessThanOrEqual(doc.height - 20);
      expect(t.y, t.text).toBeGreaterThan(0);
      const w = measure(t.text, t);
      const left = t.align === 'right' ? t.x - w : t.align === 'center' ? t.x - w / 2 : t.x;
      expect(left, t.text).toBeGreaterThanOrEqual(47);
      expect(left + w, t.text).toBeLessThanOrEqual(doc.width - 47);
    }
    const joined = all.map((t) => t.text).join('\n');
    expect(joined).toContain('Équipe Ωmega');
    expect(joined).toContain('most important open gaps');
    expect(joined).toContain('Evidence coverage');
    expect(joined).toContain('Owners and due dates');
    expect(joined).toMatch(/\+ \d+ more owners/);
    expect(joined).toMatch(/points since 2026-06-01/);
    expect(joined).toContain(`v${checklist.version}`);
    expect(joined).toContain('2026-12-01');
  });

  it('shows "First assessment" when there is no previous round', () => {
    const model = executiveModel({ content: checklist, project: fullyAnsweredProject(checklist), date: '2026-12-01' });
    const doc = layoutExecutive({ model, paper: 'a4', appUrl: 'https://app.example' }, measure, () => true);
    expect(texts(doc.pages[0]!.ops).map((t) => t.text)).toContain('First assessment');
  });
});
