/**
 * The executive summary: one page, always (A4 or Letter), for the people who fund the work. Every
 * block has a fixed budget of lines — a long project name shrinks and then is shortened, long gap
 * titles wrap to two lines, the owners table shows what fits and says how many more there are — so
 * no input can push it onto a second page. Pure layout; the jsPDF chunk draws it.
 */
import { COLORS, type DrawOp, type LaidOutDocument, type Rgb } from './draw-ops';
import type { ExecutiveModel, OwnerLine } from './executive-model';
import { PAPER, type PaperSize } from './paper';
import { ANSWER_MARK } from './poster';
import { drawTag, gradeColor } from './report';
import { fitText, sanitizeForFont, wrapText, type Measure, type TextStyle } from './text-layout';

export interface ExecutiveLayoutInput {
  model: ExecutiveModel;
  paper: PaperSize;
  appUrl: string;
}

const STATUS_TEXT = { yes: 'Yes', partial: `${ANSWER_MARK.partial.mark} Partial`, no: `${ANSWER_MARK.no.mark} No`, na: 'N/A' } as const;

/** Lines of `text` wrapped to `width`, at most `max`, the last one shortened with "…" if needed. */
function clampLines(text: string, width: number, style: TextStyle, max: number, measure: Measure): string[] {
  const lines = wrapText(text, width, style, measure);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = fitText(`${kept[max - 1] ?? ''} ${lines.slice(max).join(' ')}`, width, style, measure);
  return kept;
}

type Align = 'left' | 'right' | 'center';
type TextFn = (x: number, y: number, t: string, size: number, color?: Rgb, bold?: boolean, align?: Align) => void;

/** What the blocks of the page share; each block draws from `y` down and returns where it ended. */
interface ExecContext {
  model: ExecutiveModel;
  appUrl: string;
  measure: Measure;
  ops: DrawOp[];
  text: TextFn;
  W: number;
  H: number;
  right: number;
  contentW: number;
  /** The project name, cleaned. */
  name: string;
  clean: (s: string) => string;
  replaced: Set<string>;
}

const MARGIN = 48;

export function layoutExecutive(input: ExecutiveLayoutInput, measure: Measure, hasGlyph: (cp: number) => boolean): LaidOutDocument {
  const ctx = execContext(input, measure, hasGlyph);
  let y = band(ctx);
  y = scoreAndTrend(ctx, y);
  y = gaps(ctx, y);
  const top = columnHeadings(ctx, y);
  coverage(ctx, top);
  owners(ctx, top);
  footer(ctx);
  return { width: ctx.W, height: ctx.H, pages: [{ ops: ctx.ops }], outline: [], replacedChars: [...ctx.replaced], title: `${ctx.name}: WebRTC security executive summary` };
}

function execContext(input: ExecutiveLayoutInput, measure: Measure, hasGlyph: (cp: number) => boolean): ExecContext {
  const { width: W, height: H } = PAPER[input.paper];
  const right = W - MARGIN;
  const ops: DrawOp[] = [];
  const replaced = new Set<string>();
  const clean = (s: string) => {
    const r = sanitizeForFont(s, hasGlyph);
    r.replaced.forEach((c) => replaced.add(c));
    return r.text;
  };
  const text: TextFn = (x, y, t, size, color = COLORS.text, bold = false, align = 'left') =>
    void ops.push({ op: 'text', x, y, text: t, size, color, ...(bold ? { bold: true } : {}), ...(align === 'left' ? {} : { align }) });
  const name = clean(input.model.projectName.replace(/\s+/g, ' ').trim()) || 'Untitled project';
  return { model: input.model, appUrl: input.appUrl, measure, ops, text, W, H, right, contentW: right - MARGIN, name, clean, replaced };
}

/** Band: what this is, and whose; then the status line. */
function band(ctx: ExecContext): number {
  const { model, measure, text, name, contentW, W } = ctx;
  let nameSize = 22;
  let nameLines = wrapText(name, contentW, { size: nameSize, bold: true }, measure);
  if (nameLines.length > 2) {
    nameSize = 16;
    nameLines = clampLines(name, contentW, { size: nameSize, bold: true }, 3, measure);
  }
  const bandH = MARGIN + 16 + nameLines.length * nameSize * 1.18 + 10;
  ctx.ops.push({ op: 'rect', x: 0, y: 0, w: W, h: bandH, fill: COLORS.band });
  text(MARGIN, MARGIN - 6, 'EXECUTIVE SUMMARY · WEBRTC SECURITY', 9, COLORS.white, true);
  let y = MARGIN + 10;
  for (const line of nameLines) {
    y += nameSize * 1.12;
    text(MARGIN, y, line, nameSize, COLORS.white, true);
  }
  y = bandH + 18;
  const status = `Status of ${model.date} · WebRTC Security Checklist v${model.checklistVersion} (${model.checklistDate}) · ${model.answered} of ${model.applicable} items answered`;
  text(MARGIN, y, fitText(status, contentW, { size: 9 }, measure), 9, COLORS.muted);
  return y;
}

/** Score, grade and trend in a box; under it, why the grade is capped. */
function scoreAndTrend(ctx: ExecContext, y: number): number {
  const { model, text, measure, contentW } = ctx;
  y += 12;
  const boxH = 112;
  ctx.ops.push({ op: 'rect', x: MARGIN, y, w: contentW, h: boxH, fill: COLORS.subtle, stroke: COLORS.rule, lineWidth: 0.5, radius: 4 });
  text(MARGIN + 18, y + 58, model.percent === null ? '—' : `${model.percent}%`, 44, COLORS.text, true);
  text(MARGIN + 18, y + 80, 'score', 9, COLORS.muted);
  const gx = MARGIN + 170;
  text(gx, y + 58, model.grade ?? '—', 44, gradeColor(model.grade ?? 'F'), true);
  text(gx, y + 80, 'grade', 9, COLORS.muted);
  trend(ctx, y);
  y += boxH;
  if (model.openCritical > 0) {
    const n = model.openCritical;
    const cap = model.capped
      ? `${n} open critical item${n > 1 ? 's' : ''} cap${n > 1 ? '' : 's'} the grade at C (it would be ${model.uncappedGrade ?? '—'}).`
      : `${n} open critical item${n > 1 ? 's' : ''}: while any stays open, the grade cannot rise above C.`;
    y += 14;
    text(MARGIN, y, fitText(cap, contentW, { size: 9.5, bold: true }, measure), 9.5, COLORS.fail, true);
  }
  return y;
}

/** The score of the last rounds as bars, and how it moved since the previous one. */
function trend(ctx: ExecContext, y: number): void {
  const { model, text, right } = ctx;
  const tx = MARGIN + 250;
  const tw = right - 16 - tx;
  text(tx, y + 22, 'Trend', 10, COLORS.text, true);
  if (model.trend.kind === 'first') {
    text(tx, y + 40, 'First assessment', 12, COLORS.text, true);
    for (const [i, line] of wrapText('The next assessment round will show here how the score moved.', tw, { size: 9 }, ctx.measure).slice(0, 2).entries()) {
      text(tx, y + 56 + i * 12, line, 9, COLORS.muted);
    }
    return;
  }
  const { points, delta, previous } = model.trend;
  const shown = points.slice(-6);
  const chartTop = y + 32;
  const chartH = 44;
  const slot = tw / shown.length;
  const barW = Math.min(26, slot * 0.6);
  shown.forEach((p, i) => {
    const x = tx + i * slot + (slot - barW) / 2;
    const h = p.percent === null ? 0 : (chartH * p.percent) / 100;
    const last = i === shown.length - 1;
    ctx.ops.push({ op: 'rect', x, y: chartTop + chartH - h, w: barW, h: Math.max(h, 0.8), fill: last ? COLORS.band : COLORS.rule });
    text(x + barW / 2, chartTop + chartH - h - 3, p.percent === null ? '—' : String(p.percent), 7.5, COLORS.text, last, 'center');
    text(x + barW / 2, chartTop + chartH + 9, p.date.slice(0, 7), 6.5, COLORS.muted, false, 'center');
  });
  const moved = delta === null ? `Previous round ${previous.date}: no score` : delta === 0 ? `No change since ${previous.date}` : `${delta > 0 ? '+' : '−'}${Math.abs(delta)} points since ${previous.date}`;
  text(right - 16, y + 22, moved, 9, delta === null || delta === 0 ? COLORS.muted : delta > 0 ? COLORS.pass : COLORS.fail, true, 'right');
}

/** The five most important open gaps, each with its status, owner and due date. */
function gaps(ctx: ExecContext, y: number): number {
  const { model, text, measure, right, clean } = ctx;
  y += 26;
  text(MARGIN, y, `The ${model.gaps.length === 1 ? 'most important open gap' : `${model.gaps.length || 'five'} most important open gaps`}`, 13, COLORS.band, true);
  y += 6;
  ctx.ops.push({ op: 'line', x1: MARGIN, y1: y, x2: right, y2: y, color: COLORS.band, width: 1 });
  if (model.gaps.length === 0) {
    y += 18;
    text(MARGIN, y, 'No open item: every applicable item is answered Yes or N/A.', 10);
  }
  const titleX = MARGIN + 62;
  const titleW = right - titleX;
  model.gaps.forEach((g, i) => {
    const lines = clampLines(g.title, titleW, { size: 10.5, bold: true }, 2, measure);
    y += 16;
    text(MARGIN, y, `${i + 1}`, 10.5, COLORS.muted, true);
    drawTag(ctx.ops, MARGIN + 16, y, g.severity, measure);
    lines.forEach((l, j) => text(titleX, y + j * 13, l, 10.5, COLORS.text, true));
    y += (lines.length - 1) * 13 + 13;
    const meta = [
      g.status ? STATUS_TEXT[g.status] : 'Not answered',
      g.owner ? `Owner: ${clean(g.owner)}` : 'No owner',
      g.due ? `Due ${g.due}${g.overdue ? ' (overdue)' : ''}` : 'No due date',
    ].join('  ·  ');
    text(titleX, y, fitText(meta, titleW, { size: 8.5 }, measure), 8.5, g.overdue ? COLORS.fail : COLORS.muted);
    y += 5;
    ctx.ops.push({ op: 'line', x1: MARGIN, y1: y, x2: right, y2: y, color: COLORS.subtle, width: 0.6 });
  });
  if (model.open > model.gaps.length) {
    y += 13;
    const more = model.open - model.gaps.length;
    text(MARGIN, y, `+ ${more} more open item${more > 1 ? 's' : ''} (${model.openCritical} critical and ${model.openHigh} high in total) in the full project report.`, 8.5, COLORS.muted);
  }
  return y;
}

/** Two columns under the gaps: evidence coverage (left), owners and due dates (right). */
interface Columns {
  y: number;
  leftW: number;
  ox: number;
  ow: number;
}

function columnHeadings(ctx: ExecContext, y: number): Columns {
  const { text, right, contentW } = ctx;
  y += 30;
  const colGap = 24;
  const leftW = contentW * 0.38;
  const ox = MARGIN + leftW + colGap;
  text(MARGIN, y, 'Evidence coverage', 12, COLORS.band, true);
  text(ox, y, 'Owners and due dates', 12, COLORS.band, true);
  y += 6;
  ctx.ops.push({ op: 'line', x1: MARGIN, y1: y, x2: MARGIN + leftW, y2: y, color: COLORS.band, width: 0.8 });
  ctx.ops.push({ op: 'line', x1: ox, y1: y, x2: right, y2: y, color: COLORS.band, width: 0.8 });
  return { y, leftW, ox, ow: right - ox };
}

function coverage(ctx: ExecContext, { y, leftW }: Columns): void {
  const { text, ops } = ctx;
  const c = ctx.model.coverage;
  let ly = y + 30;
  text(MARGIN, ly, c.percent === null ? '—' : `${c.percent}%`, 24, COLORS.text, true);
  ly += 8;
  ops.push({ op: 'rect', x: MARGIN, y: ly, w: leftW, h: 7, fill: COLORS.subtle, stroke: COLORS.rule, lineWidth: 0.3 });
  if (c.percent) ops.push({ op: 'rect', x: MARGIN, y: ly, w: (leftW * c.percent) / 100, h: 7, fill: c.percent >= 80 ? COLORS.pass : c.percent >= 50 ? COLORS.warn : COLORS.fail });
  ly += 20;
  const coverageText = [
    c.claimed === 0 ? 'No item is answered Yes or Partial yet.' : `${c.backed} of ${c.claimed} items answered Yes or Partial have evidence attached.`,
    c.automated === 0
      ? 'No automated check attached yet (TURN tester, coturn analyzer).'
      : `${c.automated} result${c.automated > 1 ? 's' : ''} of automated checks attached${c.failing ? `, ${c.failing} failing` : ', none failing'}.`,
  ];
  for (const para of coverageText) {
    for (const line of wrapText(para, leftW, { size: 9 }, ctx.measure).slice(0, 3)) {
      text(MARGIN, ly, line, 9, COLORS.text);
      ly += 12;
    }
    ly += 4;
  }
}

/** Owners table: as many rows as fit above the footer, then how many more there are. */
function owners(ctx: ExecContext, { y, ox, ow }: Columns): void {
  const { model, text, right } = ctx;
  const bottom = footerY(ctx) - 20;
  const cols = { owner: ox, open: ox + ow - 150, sev: ox + ow - 105, due: ox + ow };
  let ry = y + 16;
  for (const [x, t, align] of [
    [cols.owner, 'Owner', 'left'],
    [cols.open, 'Open', 'right'],
    [cols.sev, 'Crit / high', 'left'],
    [cols.due, 'Next due', 'right'],
  ] as const) {
    text(x, ry, t, 7.5, COLORS.muted, true, align);
  }
  ry += 4;
  ctx.ops.push({ op: 'line', x1: ox, y1: ry, x2: right, y2: ry, color: COLORS.rule, width: 0.5 });
  const rowH = 14;
  const fits = Math.max(1, Math.floor((bottom - ry - 16) / rowH));
  const rows: OwnerLine[] = model.owners.length > fits ? model.owners.slice(0, fits - 1) : [...model.owners];
  if (model.owners.length === 0) {
    ry += rowH;
    text(ox, ry, 'Nothing open.', 9, COLORS.muted);
  }
  for (const o of rows) {
    ry += rowH;
    const owner = fitText(o.owner ? ctx.clean(o.owner) : '(no owner)', cols.open - cols.owner - 26, { size: 9 }, ctx.measure);
    text(cols.owner, ry, owner, 9, o.owner ? COLORS.text : COLORS.fail);
    text(cols.open, ry, String(o.open), 9, COLORS.text, false, 'right');
    text(cols.sev, ry, `${o.critical} / ${o.high}`, 9, o.critical ? COLORS.critical : COLORS.text, o.critical > 0);
    text(cols.due, ry, o.nextDue ? `${o.nextDue}${o.overdue ? ' !' : ''}` : '—', 9, o.overdue ? COLORS.fail : COLORS.text, o.overdue > 0, 'right');
  }
  if (rows.length < model.owners.length) {
    ry += rowH;
    const more = model.owners.length - rows.length;
    text(ox, ry, `+ ${more} more owner${more > 1 ? 's' : ''} in the full project report`, 8.5, COLORS.muted);
  }
  if (model.owners.some((o) => o.overdue > 0)) {
    ry += 13;
    if (ry < bottom) text(ox, ry, '! has overdue items', 7.5, COLORS.fail);
  }
}

function footerY(ctx: ExecContext): number {
  return ctx.H - MARGIN + 18;
}

function footer(ctx: ExecContext): void {
  const { model, text, measure, right, contentW } = ctx;
  const fy = footerY(ctx);
  ctx.ops.push({ op: 'line', x1: MARGIN, y1: fy - 11, x2: right, y2: fy - 11, color: COLORS.rule, width: 0.5 });
  const fixed = ` · WebRTC Security Checklist v${model.checklistVersion} · ${model.date} · ${ctx.appUrl}`;
  const room = contentW - measure('Page 1 of 1', { size: 7.5 }) - 16 - measure(fixed, { size: 7 });
  text(MARGIN, fy, `${fitText(ctx.name, Math.max(40, room), { size: 7 }, measure)}${fixed}`, 7, COLORS.muted);
  text(right, fy, 'Page 1 of 1', 7.5, COLORS.muted, false, 'right');
}
