import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { reuseParsedFonts } from './render-pdf.chunk';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const regular = readFileSync(join(fontDir, 'DejaVuSansCondensed.ttf')).toString('base64');
const bold = readFileSync(join(fontDir, 'DejaVuSansCondensed-Bold.ttf')).toString('base64');

/** A PDF with both weights and the given text; creation date and file id fixed so outputs compare. */
function pdf(lines: string[]): string {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: false, putOnlyUsedFonts: true });
  doc.setCreationDate(new Date(Date.UTC(2026, 11, 2)));
  doc.setFileId('0123456789ABCDEF0123456789ABCDEF');
  doc.addFileToVFS('r.ttf', regular);
  doc.addFont('r.ttf', 'D', 'normal');
  doc.addFileToVFS('b.ttf', bold);
  doc.addFont('b.ttf', 'D', 'bold');
  lines.forEach((t, i) => {
    doc.setFont('D', i % 2 ? 'bold' : 'normal');
    doc.text(t, 40, 40 + i * 20);
  });
  return doc.output();
}

describe('reuseParsedFonts', () => {
  it('gives byte-identical PDFs, each with only its own glyphs, and parses each font file once', () => {
    const first = ['Équipe Ωmega — Łódź', 'Rotate TURN credentials ✔'];
    const second = ['Привет', 'plain ascii only'];
    const fresh = [pdf(first), pdf(second), pdf(first)];
    const ttf = (jsPDF as unknown as { API: { TTFFont: { open(f: Uint8Array): unknown } } }).API.TTFFont;
    const original = ttf.open;
    let parses = 0;
    ttf.open = (f) => {
      parses++;
      return original.call(ttf, f);
    };
    try {
      reuseParsedFonts();
      reuseParsedFonts(); // idempotent
      expect([pdf(first), pdf(second), pdf(first)]).toEqual(fresh);
      expect(parses).toBe(2);
    } finally {
      ttf.open = original;
    }
  });
});
