import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { appliesToProfile } from '@/entities/checklist/scope';
import { fullyAnsweredProject, REPORT_PROJECT_NAME } from '@/testing/report-project';
import type { DrawOp } from './draw-ops';
import { slugify } from '@/lib/slug';
import { reportFileName } from './file-names';
import { layoutReport } from './report';
import type { Measure } from './text-layout';

const measure: Measure = (t, { size, bold }) => [...t].length * size * (bold ? 0.6 : 0.55);
const texts = (ops: DrawOp[]) => ops.filter((o): o is Extract<DrawOp, { op: 'text' }> => o.op === 'text');

describe('project report layout', () => {
  const project = fullyAnsweredProject(checklist);
  const doc = layoutReport({ content: checklist, project, paper: 'a4', date: '2026-11-27', appUrl: 'https://app.example' }, measure, () => true);
  const all = doc.pages.flatMap((p) => texts(p.ops));
  const joined = all.map((t) => t.text).join('\n');

  it('numbers every page "Page X of Y"', () => {
    doc.pages.forEach((p, i) => {
      expect(texts(p.ops).map((t) => t.text)).toContain(`Page ${i + 1} of ${doc.pages.length}`);
    });
  });

  it('starts with the project name, score and grade', () => {
    const cover = texts(doc.pages[0]!.ops).map((t) => t.text);
    expect(cover).toContain(REPORT_PROJECT_NAME);
    expect(cover.some((t) => /^\d+%$/.test(t))).toBe(true);
    expect(cover.some((t) => /^[ABCDF]$/.test(t))).toBe(true);
    expect(cover.some((t) => t.startsWith('What to fix next'))).toBe(true);
  });

  it('lists every applicable item, with its note, owner and due date', () => {
    for (const item of checklist.items.filter((i) => appliesToProfile(i, project.profile))) {
      expect(joined.replace(/\n/g, ' ')).toContain(item.title.split(' ').slice(0, 3).join(' '));
    }
    expect(joined).toContain('Note:');
    expect(joined).toContain('Owner: Łukasz Kowalski');
    expect(joined).toContain('N/A reason:');
    expect(joined).toContain('(overdue)');
  });

  it('shows TURN test evidence as a small table', () => {
    expect(joined).toContain('rejects-wrong-password');
    expect(joined).toContain('pass (401)');
  });

  it('repeats the section header after a page break and has an outline entry per section', () => {
    expect(joined).toMatch(/\(continued\)/);
    const titles = doc.outline.map((o) => o.title);
    for (const s of checklist.sections) expect(titles).toContain(s.title);
    expect(titles).toContain('What to fix next');
    expect(titles).toContain('Retired items');
    for (const o of doc.outline) expect(o.page).toBeGreaterThanOrEqual(1);
  });

  it('keeps every left-aligned text inside the page and breaks long URLs', () => {
    for (const t of all) {
      if (!t.align || t.align === 'left') expect(t.x + measure(t.text, t), t.text).toBeLessThanOrEqual(doc.width);
      expect(t.y).toBeLessThan(doc.height);
    }
    expect(joined).toContain('https://wiki.example.com/');
  });

  it('keeps answers to retired items visible', () => {
    expect(joined).toContain('retired-example-item');
  });
});

describe('report file name', () => {
  it('says what it is', () => {
    expect(slugify('Équipe Ωmega — Łódź')).toBe('equipe-mega-lodz');
    expect(reportFileName('Équipe Ωmega — Łódź', '2026-11-27')).toBe('equipe-mega-lodz-security-report-2026-11-27.pdf');
    expect(slugify('会议')).toBe('project');
  });
});

describe('report robustness', () => {
  const longName = `Équipe Ωmega — Łódź — ${'Extremely long programme name for the quarterly review '.repeat(4)}`.slice(0, 200);
  const base = fullyAnsweredProject(checklist);
  const firstId = checklist.items[0]!.id;
  const project = {
    ...base,
    name: longName,
    answers: {
      ...base.answers,
      [firstId]: {
        ...base.answers[firstId]!,
        note: 'coturn static-auth-secret=S3cr3tValue123 and password: hunter2',
        owner: 'Platform team (Łódź) — Zoë Ångström-Øvergaard and the whole realtime infrastructure group',
        evidence: [{ id: 'e', kind: 'link' as const, label: 'user=alice:Pa55word', url: 'https://admin:hunter2@wiki.example.com/页面?token=abcdef123456', date: '2026-11-20T10:00:00.000Z' }],
      },
    },
  };
  const doc = layoutReport({ content: checklist, project, paper: 'a4', date: '2026-11-27', appUrl: 'https://app.example' }, measure, (cp) => cp < 0x2e80);
  const all = doc.pages.flatMap((p) => texts(p.ops));
  const joined = all.map((t) => t.text).join('\n');

  it('redacts credentials in notes and evidence like the exports do', () => {
    for (const secret of ['S3cr3tValue123', 'hunter2', 'Pa55word', 'abcdef123456']) expect(joined).not.toContain(secret);
    expect(joined).toContain('[redacted]');
  });

  it('prints a long project name in full on the cover and keeps headers and footers inside the page', () => {
    const cover = texts(doc.pages[0]!.ops).filter((t) => t.size >= 16).map((t) => t.text).join(' ');
    expect(cover.replace(/\s+/g, ' ')).toContain(longName.replace(/\s+/g, ' ').trim());
    for (const t of all) {
      if (!t.align || t.align === 'left') expect(t.x + measure(t.text, t), t.text).toBeLessThanOrEqual(doc.width - 40);
    }
  });

  it('never truncates the owner and replaces characters the font lacks', () => {
    expect(joined.replace(/\n/g, ' ')).toContain('Zoë');
    expect(joined).toContain('Ångström-Øvergaard');
    expect(doc.replacedChars).toEqual(expect.arrayContaining(['页', '面']));
  });
});
