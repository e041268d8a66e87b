import { describe, expect, it } from 'vitest';
import type { ChecklistContent, ChecklistItem, Section } from '@/entities/checklist/types';
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import type { DrawOp } from './draw-ops';
import { PAPER, PAPER_SIZES, defaultPaperSize } from './paper';
import { posterFileName } from './file-names';
import { layoutPoster, type PosterInput } from './poster';
import type { Measure } from './text-layout';

// DejaVu Sans averages a little over half an em per character; 0.58 errs on the wide side.
const measure: Measure = (t, { size, bold }) => [...t].length * size * (bold ? 0.63 : 0.58);
const allGlyphs = (cp: number) => cp < 0x3000;

const SECTION_IDS = ['baseline', 'signaling', 'access-control', 'turn-credentials', 'turn-hardening', 'media-servers', 'media-encryption', 'privacy', 'data-channels', 'native-clients', 'operations', 'process'] as const;

/** 88 items with 50–85 character titles: a little more than the real checklist. */
function bigContent(): ChecklistContent {
  const sections: Section[] = SECTION_IDS.map((id) => ({ id, title: `Section ${id}`, summary: 's' }));
  const items: ChecklistItem[] = [];
  for (let i = 0; i < 88; i++) {
    const len = 50 + ((i * 7) % 36);
    const title = `Item ${i} ` + 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor'.slice(0, len - 8);
    items.push({
      id: `item-${i}`,
      section: SECTION_IDS[i % SECTION_IDS.length]!,
      title,
      why: 'w',
      verify: 'v',
      fix: 'f',
      severity: (['critical', 'high', 'medium', 'low'] as const)[i % 4]!,
      ...(i % 5 === 0 ? { appliesTo: { turn: ['own'] as const } } : {}),
      references: [{ title: 't', url: 'https://example.org' }],
      tags: [],
      standards: [],
      evidence: [],
    });
  }
  return { version: '9.9.9', date: '2026-11-27', sections, items, retired: [], changelog: [] };
}

const texts = (ops: DrawOp[]) => ops.filter((o): o is Extract<DrawOp, { op: 'text' }> => o.op === 'text');

describe('poster layout', () => {
  const content = bigContent();
  const base: PosterInput = { content, paper: 'a4', appUrl: 'https://checklist.example', date: '2026-11-27' };

  it.each(PAPER_SIZES)('fits the whole checklist on the promised pages of %s', (paper) => {
    const doc = layoutPoster({ ...base, paper }, measure, allGlyphs);
    expect(doc.pages).toHaveLength(PAPER[paper].posterPages);
    const body = doc.pages.flatMap((p) => texts(p.ops)).map((t) => t.text).join(' ');
    for (const item of content.items) expect(body.replace(/\s+/g, ' ')).toContain(item.title.split(' ')[0]);
  });

  it('keeps titles at 9 pt or more on A4 and inside the page', () => {
    const doc = layoutPoster(base, measure, allGlyphs);
    for (const page of doc.pages) {
      for (const op of page.ops) {
        if (op.op === 'text' && op.align !== 'right' && op.align !== 'center') {
          expect(op.x + measure(op.text, op)).toBeLessThanOrEqual(doc.width + 0.01);
        }
        if (op.op === 'text') {
          expect(op.y).toBeLessThanOrEqual(doc.height);
          expect(op.y).toBeGreaterThan(0);
        }
      }
      const titleOps = texts(page.ops).filter((t) => /^Item \d+/.test(t.text));
      for (const t of titleOps) expect(t.size).toBeGreaterThanOrEqual(9);
    }
  });

  it('prints the footer with version, date, project and URL, and page numbers', () => {
    const doc = layoutPoster(
      { ...base, project: { name: 'Équipe Ωmega — Łódź', profile: EMPTY_PROFILE, answers: {} } },
      measure,
      allGlyphs,
    );
    const footer = texts(doc.pages[0]!.ops).map((t) => t.text);
    expect(footer).toContain('WebRTC Security Checklist v9.9.9 · 2026-11-27 · Équipe Ωmega — Łódź · https://checklist.example');
    expect(footer).toContain(`Page 1 of ${doc.pages.length}`);
  });

  it('marks answers when filled and counts items outside the architecture', () => {
    const profile = { ...EMPTY_PROFILE, turn: 'provider' as const };
    const doc = layoutPoster(
      {
        ...base,
        project: { name: 'P', profile, answers: { 'item-1': { status: 'yes' }, 'item-2': { status: 'no' }, 'item-3': { status: 'partial' }, 'item-4': { status: 'na' } } },
      },
      measure,
      allGlyphs,
    );
    const all = doc.pages.flatMap((p) => texts(p.ops)).map((t) => t.text);
    expect(all).toContain('\u2714');
    expect(all).toContain('\u2718');
    expect(all).toContain('\u25d0');
    expect(all).toContain('N/A');
    expect(all.some((t) => /not applicable to this architecture/.test(t))).toBe(true);
    expect(all.some((t) => t.startsWith('Item 0 '))).toBe(false); // item-0 applies only to own TURN
  });

  it('reports characters the font lacks', () => {
    const doc = layoutPoster(
      { ...base, project: { name: 'Team 会议 😀', profile: EMPTY_PROFILE, answers: {} } },
      measure,
      (cp) => cp < 0x2000 || cp === 0x25a1,
    );
    expect(doc.replacedChars).toEqual(['会', '议', '😀']);
  });

  it('names files after what they are', () => {
    expect(posterFileName('a4')).toBe('webrtc-security-poster-a4.pdf');
    expect(posterFileName('tabloid', 'equipe-omega')).toBe('equipe-omega-security-poster-tabloid.pdf');
  });
});

describe('default paper size', () => {
  it('uses Letter/Tabloid for the US and Canada and A4/A3 elsewhere', () => {
    expect(defaultPaperSize('en-US')).toBe('letter');
    expect(defaultPaperSize('en-US', true)).toBe('tabloid');
    expect(defaultPaperSize('fr-CA')).toBe('letter');
    expect(defaultPaperSize('en-GB')).toBe('a4');
    expect(defaultPaperSize('de', true)).toBe('a3');
    expect(defaultPaperSize('en')).toBe('letter'); // en maximizes to en-Latn-US
    expect(defaultPaperSize(undefined)).toBe('a4');
    expect(defaultPaperSize('not a locale!')).toBe('a4');
  });
});

describe('poster with a long project name', () => {
  it('wraps the name in the header and shortens it only in the footer', () => {
    const name = 'Équipe Ωmega — Łódź — ' + 'a very long programme name '.repeat(7);
    const doc = layoutPoster(
      { content: bigContent(), paper: 'a4', appUrl: 'https://checklist.example', date: '2026-11-27', project: { name, profile: EMPTY_PROFILE, answers: {} } },
      measure,
      allGlyphs,
    );
    const ops = texts(doc.pages[0]!.ops);
    const header = ops.filter((t) => t.y < 120 && t.bold).map((t) => t.text).join(' ');
    expect(header.replace(/\s+/g, ' ')).toContain(name.trim().replace(/\s+/g, ' '));
    for (const t of ops) {
      if (!t.align || t.align === 'left') expect(t.x + measure(t.text, t), t.text).toBeLessThanOrEqual(doc.width - 20);
      if (t.align === 'right') expect(t.x - measure(t.text, t)).toBeGreaterThanOrEqual(20);
    }
    const footer = ops.find((t) => t.text.startsWith('WebRTC Security Checklist v'))!;
    expect(footer.text).toContain('…');
    expect(doc.pages).toHaveLength(2);
  });
});
