import { describe, expect, it } from 'vitest';
import type { DiagramLayout } from '@/entities/onboarding/diagram';
import { layoutBrief, type BriefInput } from './brief';
import { briefFileName } from './file-names';
import type { DrawOp } from './draw-ops';
import type { Measure } from './text-layout';

const measure: Measure = (t, { size, bold }) => [...t].length * size * (bold ? 0.6 : 0.55);
const texts = (ops: DrawOp[]) => ops.filter((o): o is Extract<DrawOp, { op: 'text' }> => o.op === 'text').map((o) => o.text);

const diagram: DiagramLayout = {
  width: 700,
  height: 200,
  zones: [
    { id: 'internet', label: 'Internet', x: 0, y: 0, w: 220, h: 200 },
    { id: 'dmz', label: 'DMZ (Internet-facing)', x: 240, y: 0, w: 220, h: 200 },
    { id: 'private', label: 'Private network', x: 480, y: 0, w: 220, h: 200 },
  ],
  boxes: [
    { id: 'clients', zone: 'internet', label: 'Clients', sublabel: 'browsers and apps', x: 16, y: 50, w: 188, h: 46 },
    { id: 'sfu', zone: 'private', label: 'SFU', sublabel: 'Media server / SFU · Janus', x: 496, y: 50, w: 188, h: 46 },
  ],
  arrows: [{ from: 'clients', to: 'sfu', points: [204, 73, 496, 73] }],
};

const input = (rules: number): BriefInput => ({
  project: 'Acme Meet',
  team: 'Acme RTC team',
  contacts: 'security@acme.example',
  date: '2026-12-02',
  paper: 'a4',
  appUrl: 'https://app.example',
  servers: [{ name: 'SFU', role: 'Media server / SFU (Janus)', exposure: 'Media only', controlledBy: 'App' }],
  diagram,
  rules: Array.from({ length: rules }, (_, i) => ({ title: `Rule number ${i + 1}`, severity: 'high' as const, why: 'Because. '.repeat(20), fix: 'Do it. '.repeat(20) })),
});

describe('contractor brief', () => {
  it('has the project, the inventory, the diagram, every rule with why and how, contacts and signature lines', () => {
    const doc = layoutBrief(input(3), measure, () => true);
    const all = doc.pages.flatMap((p) => texts(p.ops));
    for (const t of ['Acme Meet', 'Architecture', 'SFU:', 'Internet', 'Private network', 'Clients', 'House rules', 'Rule number 3', 'Why:', 'How:', 'Contacts', 'security@acme.example', 'Acknowledgement', 'Name:', 'Company:', 'Date:', 'Signature:'])
      expect(all, t).toContain(t);
    // The diagram's arrow: a line plus a two-stroke head.
    expect(doc.pages[0]!.ops.filter((o) => o.op === 'line').length).toBeGreaterThanOrEqual(3);
  });

  it('scales the diagram into the page and keeps everything inside the paper', () => {
    const doc = layoutBrief(input(40), measure, () => true);
    expect(doc.pages.length).toBeGreaterThan(1);
    for (const p of doc.pages)
      for (const o of p.ops) {
        if (o.op === 'rect') expect(o.x + o.w).toBeLessThanOrEqual(doc.width);
        if (o.op === 'text') expect(o.y).toBeLessThanOrEqual(doc.height);
      }
    expect(texts(doc.pages.at(-1)!.ops).some((t) => t.endsWith(`page ${doc.pages.length} of ${doc.pages.length}`))).toBe(true);
  });

  it('replaces characters the font lacks and says which', () => {
    const doc = layoutBrief({ ...input(1), team: 'Team \u{1F680}' }, measure, (cp) => cp < 0x1f000);
    expect(doc.replacedChars).toEqual(['\u{1F680}']);
  });

  it('names the file after the project and date', () => {
    expect(briefFileName('Acme Meet', '2026-12-02')).toBe('acme-meet-contractor-brief-2026-12-02.pdf');
  });
});
