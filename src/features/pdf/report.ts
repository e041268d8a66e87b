/**
 * The project report: cover with score, grade and progress per section; the open critical and high
 * items first; then every item with its answer, note, N/A reason, owner, due date and evidence.
 * Pure layout; the jsPDF chunk draws it.
 */
import { scopeReason } from '@/entities/checklist/scope-reason';
import { SCORE_FORMULA_TEXT, type ProjectScore } from '@/entities/checklist/scoring';
import { evidenceSummary } from '@/entities/project/evidence-labels';
import type { ChecklistContent, ChecklistItem } from '@/entities/checklist/types';
import type { Answer, AnswerStatus, Evidence, Project } from '@/entities/project/types';
import { COLORS, type DrawOp, type LaidOutDocument, type OutlineEntry, type Rgb } from './draw-ops';
import { Flow } from './flow';
import { reportModel, type ReportModel, type ReportSection } from './report-model';
import { PAPER, type PaperSize } from './paper';
import { ANSWER_MARK, SEVERITY_TAG } from './poster';
import { redactSecrets } from '@/lib/redaction';
import { reportNotes, type ReportNote } from './report-notes';
import { fitText, sanitizeForFont, wrapText, type Measure } from './text-layout';

export interface ReportInput {
  content: ChecklistContent;
  project: Project;
  paper: PaperSize;
  /** YYYY-MM-DD */
  date: string;
  appUrl: string;
}

const STATUS_TEXT: Record<AnswerStatus, string> = {
  yes: `${ANSWER_MARK.yes.mark} Yes`,
  partial: `${ANSWER_MARK.partial.mark} Partial`,
  no: `${ANSWER_MARK.no.mark} No`,
  na: 'N/A',
};
const STATUS_COLOR: Record<AnswerStatus, Rgb> = {
  yes: COLORS.pass,
  partial: COLORS.warn,
  no: COLORS.fail,
  na: COLORS.muted,
};
const VERDICT_COLOR: Record<string, Rgb> = { pass: COLORS.pass, warn: COLORS.warn, fail: COLORS.fail, skipped: COLORS.muted };

/** What the layout steps share: the page flow, the outline being built and the cleaning of user text. */
interface ReportContext {
  input: ReportInput;
  model: ReportModel;
  measure: Measure;
  flow: Flow;
  outline: OutlineEntry[];
  /** The project name, cleaned. */
  name: string;
  /** User text redacted like the JSON and CSV exports, then fitted to the font. */
  clean: (s: string) => string;
  replaced: Set<string>;
}

const MARGIN = 44;
const SMALL = { size: 7.5 } as const;

export function layoutReport(input: ReportInput, measure: Measure, hasGlyph: (cp: number) => boolean): LaidOutDocument {
  const ctx = reportContext(input, measure, hasGlyph);
  cover(ctx);
  scoreBox(ctx);
  sectionProgress(ctx);
  fixNextTable(ctx);
  for (const section of ctx.model.sections) sectionItems(ctx, section);
  retiredItems(ctx);
  footers(ctx);
  const { width, height } = PAPER[input.paper];
  return { width, height, pages: ctx.flow.pages, outline: ctx.outline, replacedChars: [...ctx.replaced], title: `${ctx.name}: WebRTC security report` };
}

function reportContext(input: ReportInput, measure: Measure, hasGlyph: (cp: number) => boolean): ReportContext {
  const { width: W, height: H } = PAPER[input.paper];
  const replaced = new Set<string>();
  const clean = (s: string) => {
    const r = sanitizeForFont(redactSecrets(s), hasGlyph);
    r.replaced.forEach((c) => replaced.add(c));
    return r.text;
  };
  const name = clean(input.project.name);
  const flow = new Flow({
    width: W,
    height: H,
    margin: MARGIN,
    footer: 26,
    measure,
    runningHeader: (ops) => {
      ops.push({ op: 'text', x: MARGIN, y: MARGIN - 14, text: `${fitText(name, W - 2 * MARGIN - 140, SMALL, measure)} · WebRTC security report`, ...SMALL, color: COLORS.muted });
      ops.push({ op: 'line', x1: MARGIN, y1: MARGIN - 9, x2: W - MARGIN, y2: MARGIN - 9, color: COLORS.rule, width: 0.5 });
      return 4;
    },
  });
  return { input, model: reportModel(input.content, input.project), measure, flow, outline: [], name, clean, replaced };
}

/** The band with the project name, and the line saying what it was assessed against. */
function cover(ctx: ReportContext): void {
  const { flow, name, measure, input } = ctx;
  const W = flow.o.width;
  let nameStyle = { size: 24, bold: true };
  let nameLines = wrapText(name, W - 2 * MARGIN, nameStyle, measure);
  if (nameLines.length > 2) {
    nameStyle = { size: 16, bold: true };
    nameLines = wrapText(name, W - 2 * MARGIN, nameStyle, measure);
  }
  const nameSize = nameStyle.size;
  const bandH = 84 + nameLines.length * nameSize * 1.15;
  flow.ops.push({ op: 'rect', x: 0, y: 0, w: W, h: bandH, fill: COLORS.band });
  flow.ops.push({ op: 'text', x: MARGIN, y: 52, text: 'WebRTC security report', size: 13, bold: true, color: COLORS.white });
  flow.y = 60;
  for (const line of nameLines) {
    flow.y += nameSize * 1.12;
    flow.ops.push({ op: 'text', x: MARGIN, y: flow.y, text: line, ...nameStyle, color: COLORS.white });
  }
  flow.y = bandH + 20;
  flow.paragraph(`Assessed against the WebRTC Security Checklist v${input.content.version} (${input.content.date}) · report of ${input.date}`, {
    size: 9,
    color: COLORS.muted,
  });
  ctx.outline.push({ title: 'Summary', page: 1 });
  flow.space(14);
}

/** Score, grade, how much is answered and why the grade is capped; then how the score is computed. */
function scoreBox(ctx: ReportContext): void {
  const { flow, measure } = ctx;
  const { score } = ctx.model;
  const W = flow.o.width;
  const boxY = flow.y;
  flow.ops.push({ op: 'rect', x: MARGIN, y: boxY, w: W - 2 * MARGIN, h: 86, fill: COLORS.subtle, stroke: COLORS.rule, lineWidth: 0.5, radius: 4 });
  flow.ops.push({ op: 'text', x: MARGIN + 18, y: boxY + 52, text: score.percent === null ? '—' : `${score.percent}%`, size: 38, bold: true, color: COLORS.text });
  flow.ops.push({ op: 'text', x: MARGIN + 18, y: boxY + 72, text: 'score', size: 8.5, color: COLORS.muted });
  const gx = MARGIN + 150;
  flow.ops.push({ op: 'text', x: gx, y: boxY + 52, text: score.grade ?? '—', size: 38, bold: true, color: gradeColor(score.grade ?? 'F') });
  flow.ops.push({ op: 'text', x: gx, y: boxY + 72, text: 'grade', size: 8.5, color: COLORS.muted });
  const tx = MARGIN + 230;
  const tw = W - MARGIN - 16 - tx;
  let ty = boxY + 24;
  const answeredStyle = { size: 10, bold: true };
  for (const line of wrapText(`${score.answered} of ${score.applicable} applicable items answered.`, tw, answeredStyle, measure)) {
    flow.ops.push({ op: 'text', x: tx, y: ty, text: line, ...answeredStyle, color: COLORS.text });
    ty += 13;
  }
  const capReason = gradeCapReason(score);
  if (capReason) {
    for (const line of wrapText(capReason, tw, { size: 9 }, measure).slice(0, 3)) {
      flow.ops.push({ op: 'text', x: tx, y: ty, text: line, size: 9, color: COLORS.fail });
      ty += 12;
    }
  }
  flow.y = boxY + 86 + 10;
  printFormulaAndNotes(flow, reportNotes(ctx.input.content, ctx.input.project, ctx.input.date), ctx.clean);
  flow.space(12);
}

/** Under the score box: the formula, then evidence notes (contradicted answers in the warning colour). */
function printFormulaAndNotes(flow: Flow, notes: readonly ReportNote[], clean: (s: string) => string): void {
  flow.paragraph(SCORE_FORMULA_TEXT, { size: 7.5, color: COLORS.muted });
  for (const note of notes) flow.paragraph(clean(note.text), { size: 9, color: note.warn ? COLORS.fail : COLORS.text });
}

function gradeCapReason(score: ProjectScore): string | null {
  if (score.openCritical === 0) return null;
  const openCriticals = `${score.openCritical} open critical item${score.openCritical > 1 ? 's' : ''}`;
  return score.capped
    ? `${openCriticals}: the grade is capped at C (it would be ${score.uncappedGrade ?? ''}).`
    : `${openCriticals}: fix them first. While any stays open, the grade cannot rise above C.`;
}

function sectionProgress(ctx: ReportContext): void {
  const { flow, input } = ctx;
  const W = flow.o.width;
  heading(flow, 'Progress per section', 12);
  const colAnswered = W - MARGIN - 170;
  const colBar = W - MARGIN - 110;
  tableHeader(flow, [
    { x: flow.left, text: 'Section' },
    { x: colAnswered, text: 'Answered' },
    { x: colBar, text: 'Score' },
  ]);
  for (const s of ctx.model.score.sections) {
    flow.ensure(16);
    flow.y += 15;
    const base = flow.y - 4;
    const title = input.content.sections.find((x) => x.id === s.sectionId)?.title ?? s.sectionId;
    flow.ops.push({ op: 'text', x: flow.left, y: base, text: title, size: 9, color: COLORS.text });
    flow.ops.push({ op: 'text', x: colAnswered, y: base, text: `${s.answered} / ${s.applicable}`, size: 9, color: COLORS.text });
    if (s.percent === null) {
      flow.ops.push({ op: 'text', x: colBar, y: base, text: 'not applicable', size: 8, color: COLORS.muted });
    } else {
      flow.ops.push({ op: 'rect', x: colBar, y: base - 7, w: 70, h: 8, fill: COLORS.subtle, stroke: COLORS.rule, lineWidth: 0.3 });
      if (s.percent > 0) flow.ops.push({ op: 'rect', x: colBar, y: base - 7, w: (70 * s.percent) / 100, h: 8, fill: barColor(s.percent) });
      flow.ops.push({ op: 'text', x: W - MARGIN, y: base, text: `${Math.round(s.percent)}%`, size: 9, color: COLORS.text, align: 'right' });
    }
    flow.ops.push({ op: 'line', x1: flow.left, y1: flow.y + 2, x2: flow.right, y2: flow.y + 2, color: COLORS.subtle, width: 0.5 });
  }
}

/** The open critical and high items: severity, title, status, owner, due date. */
function fixNextTable(ctx: ReportContext): void {
  const { flow } = ctx;
  const { next } = ctx.model;
  flow.space(18);
  flow.ensure(60);
  ctx.outline.push({ title: 'What to fix next', page: flow.pageIndex + 1 });
  heading(flow, `What to fix next (${next.length})`, 12);
  if (next.length === 0) {
    flow.paragraph('No open critical or high item. Keep the answers current as the architecture changes.', { size: 9.5 });
    return;
  }
  const due = flow.o.width - MARGIN - 56;
  const owner = due - 96;
  const cols: FixNextColumns = { sev: flow.left, item: flow.left + 40, status: owner - 70, owner, due };
  const head = () =>
    tableHeader(flow, [
      { x: cols.sev, text: 'Severity' },
      { x: cols.item, text: 'Item' },
      { x: cols.status, text: 'Status' },
      { x: cols.owner, text: 'Owner' },
      { x: cols.due, text: 'Due' },
    ]);
  head();
  flow.onNewPage = () => {
    heading(flow, 'What to fix next (continued)', 10, COLORS.muted);
    head();
  };
  for (const item of next) fixNextRow(ctx, cols, item);
  flow.onNewPage = null;
}

interface FixNextColumns {
  sev: number;
  item: number;
  status: number;
  owner: number;
  due: number;
}

function fixNextRow(ctx: ReportContext, cols: FixNextColumns, item: ChecklistItem): void {
  const { flow, measure } = ctx;
  const a = ctx.input.project.answers[item.id];
  const lines = wrapText(item.title, cols.status - cols.item - 8, { size: 9 }, measure);
  const ownerLines = wrapText(ctx.clean(a?.owner || '—'), cols.due - cols.owner - 6, { size: 8.5 }, measure);
  const h = Math.max(lines.length, ownerLines.length) * 11.5 + 5;
  flow.ensure(h);
  const top = flow.y;
  const base = top + 11;
  drawTag(flow.ops, cols.sev, base, item.severity, measure);
  lines.forEach((l, i) => flow.ops.push({ op: 'text', x: cols.item, y: base + i * 11.5, text: l, size: 9, color: COLORS.text }));
  const st = a?.status ?? null;
  flow.ops.push({ op: 'text', x: cols.status, y: base, text: st ? STATUS_TEXT[st] : 'Not answered', size: 8.5, color: st ? STATUS_COLOR[st] : COLORS.muted });
  ownerLines.forEach((l, i) => flow.ops.push({ op: 'text', x: cols.owner, y: base + i * 11, text: l, size: 8.5, color: COLORS.text }));
  const overdue = !!a?.due && a.due < ctx.input.date;
  flow.ops.push({ op: 'text', x: cols.due, y: base, text: a?.due || '—', size: 8.5, bold: overdue, color: overdue ? COLORS.fail : COLORS.text });
  flow.y = top + h;
  flow.ops.push({ op: 'line', x1: flow.left, y1: flow.y - 1, x2: flow.right, y2: flow.y - 1, color: COLORS.subtle, width: 0.5 });
}

/** One section: every applicable item in full, then the ones that do not apply, with why. */
function sectionItems(ctx: ReportContext, { section, applicable, notApplicable }: ReportSection): void {
  const { flow, input, clean } = ctx;
  const { project } = input;
  flow.space(16);
  flow.ensure(80);
  ctx.outline.push({ title: section.title, page: flow.pageIndex + 1 });
  heading(flow, section.title, 13);
  flow.onNewPage = () => {
    heading(flow, `${section.title} (continued)`, 10, COLORS.muted);
  };
  for (const item of applicable) itemBlock(flow, item, project.answers[item.id], input.date, clean, ctx.measure);
  if (notApplicable.length) {
    flow.space(6);
    flow.ensure(30);
    flow.paragraph('Not applicable to this architecture', { size: 9, bold: true, color: COLORS.muted });
    for (const item of notApplicable) {
      flow.paragraph(`${item.title} — ${scopeReason(item, project.profile) ?? ''}`, { size: 8.5, color: COLORS.muted, indent: 10 });
      const a = project.answers[item.id];
      if (a?.status) flow.paragraph(`Recorded answer: ${STATUS_TEXT[a.status]}${a.owner ? ` · Owner: ${clean(a.owner)}` : ''}`, { size: 8, color: COLORS.muted, indent: 20 });
      if (a?.note) flow.paragraph(clean(a.note), { size: 8, color: COLORS.muted, indent: 20, label: 'Note:' });
    }
  }
  flow.onNewPage = null;
}

function retiredItems(ctx: ReportContext): void {
  const { flow, clean } = ctx;
  const { retired } = ctx.model;
  if (!retired.length) return;
  flow.space(16);
  flow.ensure(60);
  ctx.outline.push({ title: 'Retired items', page: flow.pageIndex + 1 });
  heading(flow, 'Retired items', 13);
  flow.paragraph('Answers to items that later versions of the checklist retired. Kept for the record.', { size: 8.5, color: COLORS.muted });
  for (const { title, answer: a } of retired) {
    flow.space(4);
    flow.paragraph(`${title} — ${a.status ? STATUS_TEXT[a.status] : 'Not answered'}`, { size: 9, bold: true });
    if (a.note) flow.paragraph(clean(a.note), { size: 8.5, label: 'Note:', indent: 10 });
  }
}

/** Footer with page numbers, now that the count is known. */
function footers(ctx: ReportContext): void {
  const { flow, input, measure } = ctx;
  const { width: W, height: H } = flow.o;
  const total = flow.pages.length;
  const footerName = { size: 7 };
  flow.pages.forEach((p, i) => {
    const fy = H - MARGIN + 18;
    p.ops.push({ op: 'line', x1: MARGIN, y1: fy - 11, x2: W - MARGIN, y2: fy - 11, color: COLORS.rule, width: 0.5 });
    const fixed = ` · WebRTC Security Checklist v${input.content.version} · ${input.date} · ${input.appUrl}`;
    const room = W - 2 * MARGIN - measure(`Page ${total} of ${total}`, SMALL) - 16 - measure(fixed, footerName);
    p.ops.push({ op: 'text', x: MARGIN, y: fy, text: `${fitText(ctx.name, Math.max(40, room), footerName, measure)}${fixed}`, ...footerName, color: COLORS.muted });
    p.ops.push({ op: 'text', x: W - MARGIN, y: fy, text: `Page ${i + 1} of ${total}`, ...SMALL, color: COLORS.muted, align: 'right' });
  });
}

function itemBlock(
  flow: Flow,
  item: ChecklistItem,
  answer: Answer | undefined,
  today: string,
  clean: (s: string) => string,
  measure: Measure,
): void {
  const titleIndent = 40;
  const statusW = 74;
  const titleW = flow.contentWidth - titleIndent - statusW;
  const titleStyle = { size: 10, bold: true };
  const titleLines = wrapText(item.title, titleW, titleStyle, measure);
  // Keep the title with its first detail line.
  flow.ensure(titleLines.length * 13 + 16);
  flow.space(6);
  const top = flow.y;
  const base = top + 11;
  drawTag(flow.ops, flow.left, base, item.severity, measure);
  titleLines.forEach((l, i) => flow.ops.push({ op: 'text', x: flow.left + titleIndent, y: base + i * 13, text: l, ...titleStyle, color: COLORS.text }));
  const st = answer?.status ?? null;
  flow.ops.push({ op: 'text', x: flow.right, y: base, text: st ? STATUS_TEXT[st] : 'Not answered', size: 9, bold: true, color: st ? STATUS_COLOR[st] : COLORS.muted, align: 'right' });
  flow.y = top + titleLines.length * 13 + 3;
  const indent = titleIndent;
  const meta: string[] = [];
  if (answer?.owner) meta.push(`Owner: ${clean(answer.owner)}`);
  if (answer?.due) meta.push(`Due: ${answer.due}${answer.due < today && st !== 'yes' && st !== 'na' ? ' (overdue)' : ''}`);
  if (meta.length) flow.paragraph(meta.join('   ·   '), { size: 8.5, color: COLORS.muted, indent });
  if (answer?.note) flow.paragraph(clean(answer.note), { size: 8.5, indent, label: 'Note:' });
  if (answer?.status === 'na' || answer?.naReason) {
    flow.paragraph(clean(answer?.naReason || '(no reason given)'), { size: 8.5, indent, label: 'N/A reason:' });
  }
  for (const ev of answer?.evidence ?? []) evidenceBlock(flow, ev, indent, clean, measure);
  flow.space(3);
  flow.ops.push({ op: 'line', x1: flow.left, y1: flow.y, x2: flow.right, y2: flow.y, color: COLORS.subtle, width: 0.6 });
}

function evidenceBlock(flow: Flow, ev: Evidence, indent: number, clean: (s: string) => string, measure: Measure): void {
  const parts = [evidenceSummary(ev), clean(ev.label)].filter(Boolean);
  flow.paragraph(parts.join(', ') + (ev.url ? ` — ${clean(ev.url)}` : ''), { size: 8.5, indent, label: 'Evidence:' });
  if (!ev.checks?.length) return;
  // A small table of the test's checks.
  const x0 = flow.left + indent + 10;
  const cols = { check: x0, url: x0 + 120, verdict: flow.right - 80, ms: flow.right };
  const urlW = cols.verdict - cols.url - 8;
  const small = { size: 7.5 };
  flow.ensure(24);
  flow.y += 11;
  for (const [x, t, align] of [
    [cols.check, 'Check', 'left'],
    [cols.url, 'Server', 'left'],
    [cols.verdict, 'Verdict', 'left'],
    [cols.ms, 'ms', 'right'],
  ] as const) {
    flow.ops.push({ op: 'text', x, y: flow.y - 2, text: t, ...small, bold: true, color: COLORS.muted, align });
  }
  for (const c of ev.checks) {
    const urlLines = wrapText(clean(c.url), urlW, small, measure);
    const h = urlLines.length * 10;
    flow.ensure(h + 2);
    flow.y += 10;
    flow.ops.push({ op: 'text', x: cols.check, y: flow.y - 2, text: clean(c.id), ...small, color: COLORS.text });
    urlLines.forEach((l, i) => flow.ops.push({ op: 'text', x: cols.url, y: flow.y - 2 + i * 10, text: l, ...small, color: COLORS.text }));
    flow.ops.push({ op: 'text', x: cols.verdict, y: flow.y - 2, text: c.verdict + (c.errorCode ? ` (${c.errorCode})` : ''), ...small, bold: true, color: VERDICT_COLOR[c.verdict] ?? COLORS.text });
    flow.ops.push({ op: 'text', x: cols.ms, y: flow.y - 2, text: String(Math.round(c.ms)), ...small, color: COLORS.text, align: 'right' });
    flow.y += h - 10;
    if (c.detail) flow.paragraph(clean(c.detail), { size: 7, color: COLORS.muted, indent: indent + 10 + (cols.url - x0), lineHeight: 9 });
  }
  flow.space(3);
}

function heading(flow: Flow, text: string, size: number, color: Rgb = COLORS.band): void {
  flow.ensure(size * 2.4 + 24);
  flow.y += size * 1.4;
  flow.ops.push({ op: 'text', x: flow.left, y: flow.y, text, size, bold: true, color });
  flow.y += 5;
  flow.rule(color, size > 11 ? 1 : 0.5);
  flow.y += 4;
}

function tableHeader(flow: Flow, cols: { x: number; text: string }[]): void {
  flow.y += 12;
  for (const c of cols) flow.ops.push({ op: 'text', x: c.x, y: flow.y - 2, text: c.text, size: 7.5, bold: true, color: COLORS.muted });
  flow.ops.push({ op: 'line', x1: flow.left, y1: flow.y + 2, x2: flow.right, y2: flow.y + 2, color: COLORS.rule, width: 0.5 });
  flow.y += 2;
}

export function drawTag(ops: DrawOp[], x: number, baseline: number, severity: ChecklistItem['severity'], measure: Measure): void {
  const tag = SEVERITY_TAG[severity];
  const size = 6.2;
  const w = measure('CRIT', { size, bold: true }) + 7;
  ops.push({ op: 'rect', x, y: baseline - 8, w, h: 10, fill: tag.color, radius: 2 });
  ops.push({ op: 'text', x: x + w / 2, y: baseline - 0.8, text: tag.label, size, bold: true, color: COLORS.white, align: 'center' });
}


export function gradeColor(grade: string): Rgb {
  if (grade.startsWith('A')) return COLORS.pass;
  if (grade.startsWith('B')) return COLORS.low;
  if (grade.startsWith('C')) return COLORS.warn;
  return COLORS.fail;
}

function barColor(percent: number): Rgb {
  return percent >= 80 ? COLORS.pass : percent >= 50 ? COLORS.warn : COLORS.fail;
}
