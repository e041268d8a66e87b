/**
 * The contractor brief (A4 or Letter): project and team, the architecture inventory and its
 * diagram, the house rules with why and fix, contacts, and an acknowledgement section with
 * signature lines. Pure layout over plain data (the route builds it from the onboarding feature);
 * the jsPDF chunk draws it.
 */
import type { Severity } from '@/entities/checklist/types';
import type { DiagramLayout } from '@/entities/onboarding/diagram';
import { COLORS, type DrawOp, type LaidOutDocument } from './draw-ops';
import { Flow } from './flow';
import { PAPER, type PaperSize } from './paper';
import { drawTag } from './report';
import { fitText, sanitizeForFont, type Measure } from './text-layout';

export interface BriefInput {
  project: string;
  team: string;
  contacts: string;
  /** YYYY-MM-DD */
  date: string;
  paper: PaperSize;
  appUrl: string;
  /** One row per server, already as display text. */
  servers: readonly { name: string; role: string; exposure: string; controlledBy: string }[];
  diagram: DiagramLayout;
  rules: readonly { title: string; severity?: Severity; why?: string; fix?: string }[];
}

const ZONE_FILL = { internet: [253, 241, 241], dmz: [255, 248, 230], private: [238, 246, 238] } as const;

/** The diagram scaled to the content width, drawn with rectangles, text and lines (arrowheads as two strokes). */
function drawDiagram(ops: DrawOp[], d: DiagramLayout, x0: number, y0: number, width: number, clean: (s: string) => string, measure: Measure): number {
  const k = Math.min(1, width / d.width);
  const X = (x: number) => x0 + x * k;
  const Y = (y: number) => y0 + y * k;
  for (const z of d.zones) {
    ops.push({ op: 'rect', x: X(z.x), y: Y(z.y), w: z.w * k, h: z.h * k, fill: ZONE_FILL[z.id], stroke: COLORS.rule, radius: 4 });
    ops.push({ op: 'text', x: X(z.x + 8), y: Y(z.y + 20), text: fitText(clean(z.label), (z.w - 14) * k, { size: 11 * k, bold: true }, measure), size: 11 * k, bold: true });
  }
  for (const b of d.boxes) {
    ops.push({ op: 'rect', x: X(b.x), y: Y(b.y), w: b.w * k, h: b.h * k, fill: COLORS.white, stroke: COLORS.text, radius: 3 });
    ops.push({ op: 'text', x: X(b.x + 7), y: Y(b.y + 19), text: fitText(clean(b.label), (b.w - 12) * k, { size: 11 * k, bold: true }, measure), size: 11 * k, bold: true });
    ops.push({ op: 'text', x: X(b.x + 7), y: Y(b.y + 35), text: fitText(clean(b.sublabel), (b.w - 12) * k, { size: 9 * k }, measure), size: 9 * k, color: COLORS.muted });
  }
  for (const a of d.arrows) {
    const [x1, y1, x2, y2] = a.points;
    // Same column: a dog-leg out to the right and back.
    const legs = x1 === x2 ? [[x1, y1, x1 + 16, y1], [x1 + 16, y1, x2 + 16, y2], [x2 + 16, y2, x2, y2]] : [[x1, y1, x2, y2]];
    for (const [a1, b1, a2, b2] of legs as [number, number, number, number][]) ops.push({ op: 'line', x1: X(a1), y1: Y(b1), x2: X(a2), y2: Y(b2), color: COLORS.band, width: 1.2 });
    const [lx, ly] = x1 === x2 ? [x2 + 16, y2] : [x1, y1];
    const angle = Math.atan2(y2 - ly, x2 - lx);
    for (const turn of [-0.45, 0.45]) {
      const t = angle + Math.PI + turn;
      ops.push({ op: 'line', x1: X(x2), y1: Y(y2), x2: X(x2 + 7 * Math.cos(t)), y2: Y(y2 + 7 * Math.sin(t)), color: COLORS.band, width: 1.2 });
    }
  }
  return d.height * k;
}

export function layoutBrief(input: BriefInput, measure: Measure, hasGlyph: (cp: number) => boolean): LaidOutDocument {
  const { width: W, height: H } = PAPER[input.paper];
  const replaced = new Set<string>();
  const clean = (s: string) => {
    const r = sanitizeForFont(s, hasGlyph);
    r.replaced.forEach((c) => replaced.add(c));
    return r.text;
  };
  const flow = new Flow({ width: W, height: H, margin: 44, footer: 20, measure });
  const heading = (t: string) => {
    flow.ensure(60);
    flow.space(10);
    flow.paragraph(t, { size: 14, bold: true });
    flow.space(4);
  };
  flow.paragraph('CONTRACTOR BRIEF · WEBRTC SECURITY', { size: 9, bold: true, color: COLORS.band });
  flow.paragraph(clean(input.project), { size: 20, bold: true });
  flow.paragraph(clean(`Prepared by ${input.team} on ${input.date}. Please read it whole, then sign the acknowledgement at the end.`), { size: 10, color: COLORS.muted });

  heading('Architecture');
  for (const s of input.servers)
    flow.paragraph(clean(`${s.role}; reachable from the Internet: ${s.exposure}; controlled by: ${s.controlledBy}.`), { size: 9.5, label: `${clean(s.name)}:` });
  if (input.servers.length === 0) flow.paragraph('No server listed.', { size: 9.5 });
  const k = Math.min(1, flow.contentWidth / input.diagram.width);
  flow.ensure(input.diagram.height * k + 10);
  flow.space(8);
  flow.space(drawDiagram(flow.ops, input.diagram, flow.left, flow.y, flow.contentWidth, clean, measure));

  heading('House rules');
  input.rules.forEach((r, i) => {
    flow.ensure(40);
    flow.space(4);
    const startY = flow.y;
    flow.paragraph(clean(r.title), { size: 10.5, bold: true, label: `${i + 1}.`, ...(r.severity ? { indent: 34 } : {}) });
    if (r.severity) drawTag(flow.ops, flow.left, startY + 10.5 * 1.3 * 0.72, r.severity, measure);
    if (r.why) flow.paragraph(clean(r.why), { size: 9, indent: 14, label: 'Why:' });
    if (r.fix) flow.paragraph(clean(r.fix), { size: 9, indent: 14, label: 'How:' });
  });

  if (input.contacts.trim()) {
    heading('Contacts');
    flow.paragraph(clean(input.contacts), { size: 10 });
  }

  flow.ensure(180); // the acknowledgement and its signature lines stay on one page
  heading('Acknowledgement');
  flow.paragraph(clean(`I have read this brief and understood the ${input.rules.length} house rules above, and I will follow them while working for ${input.team}.`), { size: 10 });
  for (const line of ['Name', 'Company', 'Date', 'Signature']) {
    flow.ensure(34);
    flow.space(26);
    flow.ops.push({ op: 'text', x: flow.left, y: flow.y, text: `${line}:`, size: 10 });
    flow.ops.push({ op: 'line', x1: flow.left + 70, y1: flow.y + 2, x2: flow.left + 330, y2: flow.y + 2, color: COLORS.text, width: 0.6 });
  }
  flow.pages.forEach((p, i) =>
    p.ops.push({ op: 'text', x: W - 44, y: H - 26, text: `${clean(input.project)} · contractor brief · page ${i + 1} of ${flow.pages.length}`, size: 8, color: COLORS.muted, align: 'right' }),
  );
  return { width: W, height: H, pages: flow.pages, outline: [], replacedChars: [...replaced], title: clean(`${input.project} — contractor brief`) };
}
