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
  return (t: string, size: number, b: boolean) => doc.getStringUnitWidth(t, { font: b ? bold : normal, fontSize: size }) * size;
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
      if (!t.align || t.align === 'left') expect(t.x + measure(t.text, t.size, !!t.bold), t.text).toBeLessThanOrEqual(doc.width - 20);
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
