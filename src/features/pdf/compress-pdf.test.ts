import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { compressPdf } from './compress-pdf';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** A document like the ones the chunk writes: embedded DejaVu, text on two pages, vector shapes, a link. */
function samplePdf(): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: false, putOnlyUsedFonts: true });
  doc.addFileToVFS('d.ttf', readFileSync(join(fontDir, 'DejaVuSans.ttf')).toString('base64'));
  doc.addFont('d.ttf', 'D', 'normal');
  doc.setFont('D', 'normal');
  doc.setProperties({ title: 'Équipe Ωmega — Łódź: WebRTC security report' });
  for (let page = 0; page < 2; page++) {
    if (page) doc.addPage();
    for (let i = 0; i < 40; i++) doc.text(`Item ${page}-${i}: Rotate TURN credentials · Łódź Ωμέγα Привет ✔`, 40, 40 + i * 18);
    doc.setFillColor(11, 92, 173);
    doc.roundedRect(30, 780, 200, 20, 3, 3, 'F');
  }
  doc.link(40, 40, 100, 12, { url: 'https://example.org/a?b=c' });
  doc.outline.add(null, 'Summary', { pageNumber: 1 });
  return new Uint8Array(doc.output('arraybuffer'));
}

function poppler(tool: string, bytes: Uint8Array, ...args: string[]): { out: string; err: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  const file = join(dir, 'x.pdf');
  writeFileSync(file, bytes);
  const r = spawnSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
  return { out: r.stdout, err: r.stderr };
}

describe('compressPdf', () => {
  const raw = samplePdf();

  it('shrinks the file at least 2× and poppler reads it without a complaint, with the same text', async () => {
    const packed = await compressPdf(raw);
    expect(packed.length * 2).toBeLessThan(raw.length);
    const before = poppler('pdftotext', raw, '-enc', 'UTF-8');
    const after = poppler('pdftotext', packed, '-enc', 'UTF-8');
    expect(after.err).toBe('');
    expect(after.out).toBe(before.out);
    expect(after.out).toContain('Łódź Ωμέγα Привет ✔');
    const info = poppler('pdfinfo', packed);
    expect(info.err).toBe('');
    expect(info.out).toMatch(/Pages:\s+2/);
    expect(info.out).toContain('Équipe Ωmega — Łódź');
  });

  it('marks every compressed stream /FlateDecode with its new length, and keeps the xref offsets right', async () => {
    const packed = await compressPdf(raw);
    const s = Buffer.from(packed).toString('latin1');
    expect((s.match(/\/Filter \/FlateDecode/g) ?? []).length).toBeGreaterThan(3);
    const xref = /xref\n0 (\d+)\n([\s\S]*?)trailer/.exec(s)!;
    const entries = xref[2]!.trim().split('\n').slice(1);
    entries.forEach((e, i) => {
      const [offset, , kind] = e.trim().split(' ');
      if (kind === 'n') expect(s.startsWith(`${i + 1} 0 obj`, Number(offset))).toBe(true);
    });
    const startxref = Number(/startxref\n(\d+)/.exec(s)![1]);
    expect(s.startsWith('xref', startxref)).toBe(true);
  });

  it('returns input it does not understand unchanged, and is idempotent', async () => {
    const junk = new TextEncoder().encode('%PDF-1.3\nnot really a pdf');
    expect(await compressPdf(junk)).toBe(junk);
    const once = await compressPdf(raw);
    const twice = await compressPdf(once);
    expect(twice.length).toBe(once.length);
  });

  it("takes jsPDF's binary string (doc.output()) as well as bytes, with the same result", async () => {
    const fromBytes = await compressPdf(raw);
    const fromString = await compressPdf(Buffer.from(raw).toString('latin1'));
    expect(Buffer.from(fromString).equals(Buffer.from(fromBytes))).toBe(true);
    expect([...(await compressPdf('%PDF-1.3\nnot \u00e9 pdf'))]).toEqual([...new TextEncoder().encode('%PDF-1.3\nnot ').slice(), 0xe9, ...new TextEncoder().encode(' pdf')]);
  });
});
