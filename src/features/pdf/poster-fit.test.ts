/**
 * The poster's promise, checked with the real font metrics: jsPDF runs in Node with the same
 * DejaVu Sans Condensed files the browser chunk embeds.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import type { DrawOp } from './draw-ops';
import { PAPER, PAPER_SIZES } from './paper';
import { layoutPoster } from './poster';
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import type { TextStyle } from './text-layout';
import { fullyAnsweredProject } from '@/testing/report-project';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

function realMeasure() {
  const doc = new jsPDF({ unit: 'pt', format: 'a4' });
  doc.addFileToVFS('c.ttf', readFileSync(join(fontDir, 'DejaVuSansCondensed.ttf')).toString('base64'));
  doc.addFont('c.ttf', 'C', 'normal');
  doc.addFileToVFS('cb.ttf', readFileSync(join(fontDir, 'DejaVuSansCondensed-Bold.ttf')).toString('base64'));
  doc.addFont('cb.ttf', 'C', 'bold');
  doc.setFont('C', 'bold');
  const bold = doc.getFont();
  doc.setFont('C', 'normal');
  const normal = doc.getFont();
  return (t: string, { size, bold: b }: TextStyle) => doc.getStringUnitWidth(t, { font: b ? bold : normal, fontSize: size }) * size;
}

describe('poster with the real checklist and font', () => {
  const measure = realMeasure();
  it.each(PAPER_SIZES)('%s: every title fits on the promised pages at 9 pt or more', (paper) => {
    const doc = layoutPoster({ content: checklist, paper, appUrl: 'https://example.org', date: '2026-11-27' }, measure, () => true);
    expect(doc.pages.length).toBe(PAPER[paper].posterPages);
    const texts = doc.pages.flatMap((p) => p.ops).filter((o): o is Extract<DrawOp, { op: 'text' }> => o.op === 'text');
    const joined = texts.map((t) => t.text).join(' ');
    for (const item of checklist.items) {
      // Titles may wrap: check every word is printed, in a title-sized run.
      expect(joined).toContain(item.title.split(' ').slice(0, 2).join(' '));
    }
    const titleSizes = texts
      .filter((t) => !t.bold && t.text.length > 3 && checklist.items.some((i) => i.title.startsWith(t.text)))
      .map((t) => t.size);
    expect(titleSizes.length).toBeGreaterThanOrEqual(checklist.items.length);
    expect(Math.min(...titleSizes)).toBeGreaterThanOrEqual(9);
    // Nothing runs past the right margin.
    for (const t of texts) {
      if (!t.align || t.align === 'left') expect(t.x + measure(t.text, t), t.text).toBeLessThanOrEqual(doc.width - 20);
    }
  });

  it.each(PAPER_SIZES)('%s: still fits when filled for a project with a 200-character name', (paper) => {
    const name = ('Équipe Ωmega — Łódź — ' + 'quarterly review of the realtime platform '.repeat(6)).slice(0, 200);
    const doc = layoutPoster(
      { content: checklist, paper, appUrl: 'https://example.org', date: '2026-11-27', project: { name, profile: EMPTY_PROFILE, answers: {} } },
      measure,
      () => true,
    );
    expect(doc.pages.length).toBe(PAPER[paper].posterPages);
  });
});

describe('poster type scales with the sheet', () => {
  const measure = realMeasure();
  const titleSize = (doc: ReturnType<typeof layoutPoster>) => {
    const texts = doc.pages.flatMap((p) => p.ops).filter((o): o is Extract<DrawOp, { op: 'text' }> => o.op === 'text');
    const sizes = texts.filter((t) => !t.bold && t.text.length > 3 && checklist.items.some((i) => i.title.startsWith(t.text))).map((t) => t.size);
    return Math.min(...sizes);
  };
  const layout = (paper: (typeof PAPER_SIZES)[number], variant: 'all' | 'critical-high' = 'all', project?: Parameters<typeof layoutPoster>[0]['project']) =>
    layoutPoster({ content: checklist, paper, appUrl: 'https://example.org', date: '2026-11-27', variant, project }, measure, () => true);

  it('prints larger titles on A3 than on A4, and on Tabloid than on Letter', () => {
    expect(titleSize(layout('a3'))).toBeGreaterThan(titleSize(layout('a4')));
    expect(titleSize(layout('tabloid'))).toBeGreaterThan(titleSize(layout('letter')));
  });

  it.each(PAPER_SIZES)('%s: the critical and high variant has only those items, in larger type, on the promised pages', (paper) => {
    const doc = layout(paper, 'critical-high');
    expect(doc.pages.length).toBe(PAPER[paper].posterPages);
    expect(titleSize(doc)).toBeGreaterThanOrEqual(12.5);
    const joined = doc.pages.flatMap((p) => p.ops).map((o) => (o.op === 'text' ? o.text : '')).join(' ');
    const firstWords = (t: string) => t.split(' ').slice(0, 3).join(' ');
    for (const item of checklist.items.filter((i) => i.severity === 'critical' || i.severity === 'high')) expect(joined).toContain(firstWords(item.title));
    const lowOnly = checklist.items.filter((i) => i.severity === 'low' && !checklist.items.some((o) => o !== i && o.severity !== 'low' && o.title.startsWith(firstWords(i.title))));
    expect(lowOnly.some((i) => joined.includes(i.title))).toBe(false);
  });

  it.each(PAPER_SIZES)('%s: a fully answered project with owners on every open item still fits the promised pages', (paper) => {
    expect(layout(paper, 'all', fullyAnsweredProject(checklist)).pages.length).toBe(PAPER[paper].posterPages);
  });

  it('a filled poster carries score, grade and the owner of each open item', () => {
    const [a, b] = checklist.items;
    const doc = layout('a3', 'all', {
      name: 'Acme',
      profile: EMPTY_PROFILE,
      answers: { [a!.id]: { status: 'no', owner: 'Łukasz password: hunter2', due: '2027-01-31' }, [b!.id]: { status: 'yes', owner: 'Done team' } },
    });
    expect(doc.pages.length).toBe(1);
    const texts = doc.pages[0]!.ops.flatMap((o) => (o.op === 'text' ? [o.text] : []));
    expect(texts.some((t) => /^Score \d+% · Grade [ABCDF]$/.test(t))).toBe(true);
    expect(texts).toContain('→ Łukasz password: [redacted] · due 2027-01-31');
    expect(texts.some((t) => t.includes('Done team'))).toBe(false);
  });
});
