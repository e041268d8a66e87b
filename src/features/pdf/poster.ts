/**
 * The wall poster: every applicable checklist title with its severity, grouped by section, with a
 * box to tick (blank template) or the project's answer (filled: with score, grade and the owner of
 * each open item). The "critical and high" variant prints only those items, in larger type (one
 * sheet of A3/Tabloid). The type grows with the sheet: the layout picks the largest size (and, where the paper
 * allows several, the column count) that fits the promised pages. Pure layout; the jsPDF chunk draws it.
 */
import { appliesToProfile } from '@/entities/checklist/scope';
import { scoreProject } from '@/entities/checklist/scoring';
import type { ArchitectureProfile, ChecklistContent, ChecklistItem, Severity } from '@/entities/checklist/types';
import { COLORS, type DrawOp, type LaidOutDocument, type LaidOutPage, type Rgb } from './draw-ops';
import { PAPER, type PaperSize } from './paper';
import { redactSecrets } from '@/lib/redaction';
import { fitText, sanitizeForFont, wrapText, type Measure, type SanitizedText } from './text-layout';

export type AnswerStatus = 'yes' | 'partial' | 'no' | 'na' | null;

export interface PosterProject {
  name: string;
  profile: ArchitectureProfile;
  answers: Readonly<Record<string, { readonly status: AnswerStatus; readonly owner?: string; readonly due?: string } | undefined>>;
}

/** Every item, or only the critical and high ones (always on one sheet). */
export type PosterVariant = 'all' | 'critical-high';

export interface PosterInput {
  content: ChecklistContent;
  paper: PaperSize;
  project?: PosterProject | undefined;
  /** Where the app lives, printed in the footer. */
  appUrl: string;
  /** YYYY-MM-DD */
  date: string;
  variant?: PosterVariant | undefined;
}

export const SEVERITY_TAG: Record<Severity, { label: string; letter: string; color: Rgb }> = {
  critical: { label: 'CRIT', letter: 'C', color: COLORS.critical },
  high: { label: 'HIGH', letter: 'H', color: COLORS.high },
  medium: { label: 'MED', letter: 'M', color: COLORS.medium },
  low: { label: 'LOW', letter: 'L', color: COLORS.low },
};

export const ANSWER_MARK: Record<Exclude<AnswerStatus, null>, { mark: string; color: Rgb; label: string }> = {
  yes: { mark: '\u2714', color: COLORS.pass, label: 'Yes' }, // ✔
  partial: { mark: '\u25d0', color: COLORS.warn, label: 'Partial' }, // ◐
  no: { mark: '\u2718', color: COLORS.fail, label: 'No' }, // ✘
  na: { mark: 'N/A', color: COLORS.muted, label: 'N/A' },
};

interface SectionBlock {
  title: string;
  items: ChecklistItem[];
  notApplicable: number;
}

interface Metrics {
  size: number;
  gap: number;
  columns: number;
}



function posterSections(input: PosterInput): SectionBlock[] {
  const { content, project } = input;
  return content.sections
    .map((s) => {
      const all = content.items.filter((i) => i.section === s.id && (input.variant !== 'critical-high' || i.severity === 'critical' || i.severity === 'high'));
      const items = project ? all.filter((i) => appliesToProfile(i, project.profile)) : all;
      return { title: s.title, items, notApplicable: all.length - items.length };
    })
    .filter((s) => s.items.length > 0 || s.notApplicable > 0);
}

/** What every step of the poster layout reads: the sheet, the sections, the header texts. */
interface PosterContext {
  input: PosterInput;
  measure: Measure;
  hasGlyph: (cp: number) => boolean;
  W: number;
  H: number;
  /** The sheet's width relative to A4. */
  scale: number;
  sections: SectionBlock[];
  projectName: SanitizedText | null;
  scoreText: string | null;
  criticalHigh: boolean;
  /** Characters the font could not draw, collected as the layout goes. */
  replaced: Set<string>;
  /** Wrapped rows by size and text width (they do not depend on the spacing): shared by the attempts. */
  wrapped: Map<string, PosterRow[][]>;
}

interface PosterRow {
  item: ChecklistItem;
  lines: string[];
  owner: string | null;
  ownerInline: boolean;
}

/** Where things go in one column layout at one size. */
interface Geometry {
  m: Metrics;
  colW: number;
  lh: number;
  boxSize: number;
  tagSize: number;
  tagW: number;
  textX: number;
  textW: number;
  secSize: number;
  ownerSize: number;
}

// The same margins on every sheet: a larger sheet gives its extra room to the type.
const MARGIN = 24;
const COL_GAP = 14;
const FOOTER_H = 16;
const MIN_SIZE = 9;
const GAPS = [0.45, 0.3, 0.15, 0.05];
const FOOTER_STYLE = { size: 7.5 } as const;

export function layoutPoster(input: PosterInput, measure: Measure, hasGlyph: (cp: number) => boolean): LaidOutDocument {
  const ctx = posterContext(input, measure, hasGlyph);
  const pages = bestFit(ctx);
  addHeadersAndFooters(ctx, pages);
  return {
    width: ctx.W,
    height: ctx.H,
    pages,
    outline: [],
    replacedChars: [...ctx.replaced],
    title: input.project ? `${ctx.projectName?.text ?? ''}: WebRTC security poster` : 'WebRTC Security Checklist poster',
  };
}

function posterContext(input: PosterInput, measure: Measure, hasGlyph: (cp: number) => boolean): PosterContext {
  const { width: W, height: H } = PAPER[input.paper];
  const projectName = input.project ? sanitizeForFont(redactSecrets(input.project.name), hasGlyph) : null;
  const score = input.project ? scoreProject(input.content.items, input.project.profile, input.project.answers) : null;
  return {
    input,
    measure,
    hasGlyph,
    W,
    H,
    scale: W / PAPER.a4.width,
    sections: posterSections(input),
    projectName,
    scoreText: score ? `Score ${score.percent === null ? '—' : `${score.percent}%`} · Grade ${score.grade ?? '—'}` : null,
    // The critical and high items (66 in checklist 1.1) fit one A3/Tabloid sheet in larger type; on
    // A4/Letter they need the same two pages as the whole checklist, at about 13 pt instead of 9.5.
    criticalHigh: input.variant === 'critical-high',
    replaced: new Set(projectName?.replaced ?? []),
    wrapped: new Map(),
  };
}

/** Who owns an open item, printed under its title on a filled poster. */
function ownerLine(ctx: PosterContext, item: ChecklistItem): string | null {
  const a = ctx.input.project?.answers[item.id];
  if (!a || a.status === 'yes' || a.status === 'na' || !(a.owner ?? '').trim()) return null;
  const owner = sanitizeForFont(redactSecrets(a.owner ?? '').replace(/\s+/g, ' ').trim(), ctx.hasGlyph);
  owner.replaced.forEach((c) => ctx.replaced.add(c));
  return `→ ${owner.text}${a.due ? ` · due ${a.due}` : ''}`;
}

/** Header of page 1 (title band, explanation, legend) or of a continuation page. */
function header(ctx: PosterContext, page: number, pageCount: number): { ops: DrawOp[]; bottom: number } {
  const ops: DrawOp[] = [];
  const { W, scale } = ctx;
  if (page > 0) {
    let y = MARGIN + 7;
    ops.push({ op: 'text', x: MARGIN, y, text: `WebRTC Security Checklist (continued, page ${page + 1} of ${pageCount})`, size: 8, bold: true, color: COLORS.muted });
    y += 5;
    ops.push({ op: 'line', x1: MARGIN, y1: y, x2: W - MARGIN, y2: y, color: COLORS.rule, width: 0.75 });
    return { ops, bottom: y + 6 * scale };
  }
  let y = titleBand(ctx, ops) + 12 * Math.sqrt(scale);
  const only = ctx.criticalHigh ? 'Critical and high items only. ' : '';
  const sub = ctx.input.project
    ? `${only}Status of ${ctx.input.date}. Open items show their owner; items that do not apply are counted per section.`
    : `${only}Tick a box when the statement is true for your product. Fix the critical items first.`;
  const subSize = 8.5 * Math.sqrt(scale);
  ops.push({ op: 'text', x: MARGIN, y, text: sub, size: subSize, color: COLORS.muted });
  y += subSize * 1.6;
  y = legend(ctx, ops, y);
  ops.push({ op: 'line', x1: MARGIN, y1: y, x2: W - MARGIN, y2: y, color: COLORS.rule, width: 0.75 });
  return { ops, bottom: y + 6 * scale };
}

/** The coloured band of page 1: title, then the score or tagline beside it and the project name; returns its height. */
function titleBand(ctx: PosterContext, ops: DrawOp[]): number {
  const { W, measure, projectName, scoreText } = ctx;
  const titleSize = 19 * Math.sqrt(ctx.scale);
  const title = 'WebRTC Security Checklist';
  const nameSize = titleSize * 0.5;
  const titleW = measure(title, { size: titleSize, bold: true });
  const label = projectName ? projectName.text : ctx.criticalHigh ? 'Critical and high items' : 'Print it, pin it up, tick it off';
  // Right of the title: the score and grade of a filled poster (its name goes below), or the
  // tagline of the blank one; what does not fit there gets its own lines below.
  const beside = scoreText ?? label;
  const besideSize = scoreText ? titleSize * 0.72 : nameSize;
  const besideTitle = measure(beside, { size: besideSize, bold: true }) <= W - 2 * MARGIN - titleW - 24;
  const below = [...(scoreText && !besideTitle ? [scoreText] : []), ...(projectName || !besideTitle ? [label] : [])];
  const nameLines = below.flatMap((t) => wrapText(t, W - 2 * MARGIN, { size: nameSize, bold: true }, measure));
  const bandH = MARGIN + titleSize * 1.4 + nameLines.length * nameSize * 1.3;
  ops.push({ op: 'rect', x: 0, y: 0, w: W, h: bandH, fill: COLORS.band });
  const y = MARGIN + titleSize * 0.95;
  ops.push({ op: 'text', x: MARGIN, y, text: title, size: titleSize, bold: true, color: COLORS.white });
  if (besideTitle) {
    ops.push({ op: 'text', x: W - MARGIN, y, text: beside, size: besideSize, bold: !!projectName, color: COLORS.white, align: 'right' });
  }
  nameLines.forEach((line, i) => {
    ops.push({ op: 'text', x: MARGIN, y: y + titleSize * 0.35 + (i + 1) * nameSize * 1.3, text: line, size: nameSize, bold: true, color: COLORS.white });
  });
  return bandH;
}

/** Legend line: severities, then the answer marks when filled; returns the y below it. */
function legend(ctx: PosterContext, ops: DrawOp[], y: number): number {
  const { measure } = ctx;
  let x = MARGIN;
  const legendSize = 7.5 * Math.sqrt(ctx.scale);
  const plain = { size: legendSize };
  const strong = { size: legendSize, bold: true };
  ops.push({ op: 'text', x, y, text: 'Severity:', ...strong, color: COLORS.text });
  x += measure('Severity:', strong) + 6;
  for (const sev of ['critical', 'high', 'medium', 'low'] as const) {
    const tagW = severityTag(ops, x, y, legendSize * 1.25, SEVERITY_TAG[sev]);
    x += tagW + 3;
    ops.push({ op: 'text', x, y, text: sev, ...plain, color: COLORS.muted });
    x += measure(sev, plain) + 10;
  }
  if (ctx.input.project) {
    x += 8;
    ops.push({ op: 'text', x, y, text: 'Answers:', ...strong, color: COLORS.text });
    x += measure('Answers:', strong) + 6;
    for (const key of ['yes', 'partial', 'no', 'na'] as const) {
      const m = ANSWER_MARK[key];
      const label = key === 'na' ? 'N/A' : `${m.mark} ${m.label}`;
      ops.push({ op: 'text', x, y, text: label, ...plain, color: key === 'na' ? COLORS.muted : m.color });
      x += measure(label, plain) + 10;
    }
  }
  return y + (legendSize * 0.9 + 5);
}

function rowsFor(ctx: PosterContext, size: number, textW: number): PosterRow[][] {
  const key = `${size}|${textW}`;
  let rows = ctx.wrapped.get(key);
  if (!rows) {
    const style = { size };
    const ownerStyle = { size: size * 0.8 };
    rows = ctx.sections.map((sec) =>
      sec.items.map((item) => {
        const lines = wrapText(item.title, textW, style, ctx.measure);
        const owner = ownerLine(ctx, item);
        const fitted = owner && fitText(owner, textW, ownerStyle, ctx.measure);
        // The owner goes at the end of the title's last line when there is room, else below it.
        const ownerInline = !!fitted && ctx.measure(lines[lines.length - 1] ?? '', style) + size + ctx.measure(fitted, ownerStyle) <= textW;
        return { item, lines, owner: fitted, ownerInline };
      }),
    );
    ctx.wrapped.set(key, rows);
  }
  return rows;
}

function geometry(ctx: PosterContext, m: Metrics): Geometry {
  const colW = (ctx.W - 2 * MARGIN - COL_GAP * (m.columns - 1)) / m.columns;
  const boxSize = m.size * 0.95;
  const tagSize = m.size * 1.1;
  const tagW = tagSize * 0.85;
  const textX = boxSize + 3 + tagW + 4;
  return { m, colW, lh: m.size * 1.14, boxSize, tagSize, tagW, textX, textW: colW - textX, secSize: m.size * 1.12, ownerSize: m.size * 0.8 };
}

/** Fills columns and pages in reading order; the header of each page is only reserved here (drawn at the end). */
class ColumnCursor {
  readonly pages: LaidOutPage[] = [];
  y = 0;
  top = 0;
  private page = -1;
  private col: number;
  readonly bottom: number;

  constructor(
    private readonly ctx: PosterContext,
    private readonly g: Geometry,
    private readonly pageBudget: number,
  ) {
    this.col = g.m.columns;
    this.bottom = ctx.H - MARGIN - FOOTER_H;
    this.nextColumn();
  }

  get x(): number {
    return MARGIN + this.col * (this.g.colW + COL_GAP);
  }
  get ops(): DrawOp[] {
    return this.pages[this.page]!.ops;
  }

  nextColumn(): void {
    this.col++;
    if (this.col >= this.g.m.columns) {
      this.page++;
      this.col = 0;
      this.pages.push({ ops: [] });
      this.top = header(this.ctx, this.page, this.pageBudget).bottom;
    }
    this.y = this.top;
  }
}

/** One layout at one size, spacing and column count; more pages than the budget means it does not fit. */
function attempt(ctx: PosterContext, m: Metrics, pageBudget: number): LaidOutPage[] {
  const g = geometry(ctx, m);
  const cur = new ColumnCursor(ctx, g, pageBudget);
  const allRows = rowsFor(ctx, m.size, g.textW);
  for (const [secIndex, sec] of ctx.sections.entries()) {
    const rows = allRows[secIndex] ?? [];
    const secH = g.secSize * 1.25 + 4 + m.gap;
    const firstRowH = rows[0] ? rows[0].lines.length * g.lh + m.gap : 0;
    if (cur.y + secH + firstRowH > cur.bottom && cur.y > cur.top) cur.nextColumn();
    sectionTitle(ctx, cur, g, sec.title);
    for (const row of rows) {
      const h = row.lines.length * g.lh + (row.owner && !row.ownerInline ? g.ownerSize * 1.15 : 0);
      if (cur.y + h > cur.bottom) cur.nextColumn();
      drawRow(ctx, cur, g, row);
      cur.y += h + m.gap;
    }
    if (sec.notApplicable > 0) notApplicableNote(cur, g, sec.notApplicable);
    cur.y += m.size * 0.35;
  }
  return cur.pages;
}

function sectionTitle(ctx: PosterContext, cur: ColumnCursor, g: Geometry, title: string): void {
  const { secSize, colW, m } = g;
  cur.y += secSize;
  // Section titles shrink to the column width rather than run into the next column.
  const secText = title.toUpperCase();
  const secFit = Math.min(secSize, (secSize * colW) / Math.max(1, ctx.measure(secText, { size: secSize, bold: true })));
  cur.ops.push({ op: 'text', x: cur.x, y: cur.y, text: secText, size: secFit, bold: true, color: COLORS.band });
  cur.y += secSize * 0.3;
  cur.ops.push({ op: 'line', x1: cur.x, y1: cur.y, x2: cur.x + colW, y2: cur.y, color: COLORS.band, width: 0.9 });
  cur.y += 4 + m.gap + m.size * 0.1;
}

/** One item: the box to tick (or the project's answer), the severity tag, the title and the owner. */
function drawRow(ctx: PosterContext, cur: ColumnCursor, g: Geometry, row: PosterRow): void {
  const { boxSize, m, lh, textX, textW, ownerSize } = g;
  const ops = cur.ops;
  const x = cur.x;
  const baseline = cur.y + m.size * 0.82;
  ops.push({ op: 'rect', x, y: baseline - boxSize * 0.85, w: boxSize, h: boxSize, stroke: COLORS.text, lineWidth: 0.6 });
  const answer = ctx.input.project?.answers[row.item.id]?.status ?? null;
  if (answer) {
    const mark = ANSWER_MARK[answer];
    const markSize = answer === 'na' ? boxSize * 0.62 : boxSize * 0.95;
    const markY = baseline - (answer === 'na' ? boxSize * 0.2 : boxSize * 0.06);
    ops.push({ op: 'text', x: x + boxSize / 2, y: markY, text: mark.mark, size: markSize, bold: answer === 'na', color: mark.color, align: 'center' });
  }
  severityTag(ops, x + boxSize + 3, baseline, g.tagSize, SEVERITY_TAG[row.item.severity], g.tagW);
  row.lines.forEach((line, i) => {
    ops.push({ op: 'text', x: x + textX, y: baseline + i * lh, text: line, size: m.size, color: COLORS.text });
  });
  const lastLine = baseline + (row.lines.length - 1) * lh;
  if (row.owner && row.ownerInline) {
    ops.push({ op: 'text', x: x + textX + textW, y: lastLine, text: row.owner, size: ownerSize, color: COLORS.muted, align: 'right' });
  } else if (row.owner) {
    ops.push({ op: 'text', x: x + textX, y: lastLine + ownerSize * 1.15, text: row.owner, size: ownerSize, color: COLORS.muted });
  }
}

function notApplicableNote(cur: ColumnCursor, g: Geometry, count: number): void {
  const note = `+ ${count} item${count > 1 ? 's' : ''} not applicable to this architecture`;
  const noteSize = Math.max(7, g.m.size * 0.75);
  if (cur.y + noteSize * 1.4 > cur.bottom) cur.nextColumn();
  cur.y += noteSize;
  cur.ops.push({ op: 'text', x: cur.x + g.textX, y: cur.y, text: note, size: noteSize, color: COLORS.muted });
  cur.y += noteSize * 0.5 + g.m.gap;
}

/**
 * Largest type (then the most generous spacing) that keeps the promise: 2 pages of A4/Letter,
 * 1 page of A3/Tabloid, 1 page for the critical/high variant. Fitting is monotonic in the size,
 * so a binary search over quarter points finds it in a few layouts per column count.
 */
function bestFit(ctx: PosterContext): LaidOutPage[] {
  const spec = PAPER[ctx.input.paper];
  const pageBudget = spec.posterPages;
  const tightest = GAPS[GAPS.length - 1] ?? 0;
  const fits = (size: number, columns: number) => attempt(ctx, { size, gap: size * tightest, columns }, pageBudget).length <= pageBudget;
  let best: { size: number; columns: number } | null = null;
  for (const columns of spec.posterColumns) {
    let lo = 0;
    let hi = Math.floor((spec.posterTitleSize - MIN_SIZE) * 4);
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (fits(MIN_SIZE + mid / 4, columns)) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const size = MIN_SIZE + found / 4;
    if (found >= 0 && (!best || size > best.size)) best = { size, columns };
  }
  // Content that no longer fits still prints in full, on more pages, rather than being cut.
  if (!best) return attempt(ctx, { size: MIN_SIZE, gap: MIN_SIZE * 0.05, columns: spec.posterColumns[0] ?? 2 }, 99);
  // At the chosen size, the most generous spacing that still fits.
  for (const gapFactor of GAPS) {
    const p = attempt(ctx, { size: best.size, gap: best.size * gapFactor, columns: best.columns }, pageBudget);
    if (p.length <= pageBudget) return p;
  }
  return attempt(ctx, { size: best.size, gap: best.size * tightest, columns: best.columns }, pageBudget);
}

/** Draws each page's header and its footer ("Page X of Y"), now that the page count is known. */
function addHeadersAndFooters(ctx: PosterContext, pages: LaidOutPage[]): void {
  const { W, H, input, measure, projectName } = ctx;
  const pageCount = pages.length;
  const footerFixed = `WebRTC Security Checklist v${input.content.version} · ${input.date} · ${input.appUrl}`;
  // The footer shares its line with "Page X of Y": a long project name is shortened here (it is printed in full in the header).
  const footerRoom = W - 2 * MARGIN - measure('Page 99 of 99', FOOTER_STYLE) - 16;
  const footerText = projectName
    ? `WebRTC Security Checklist v${input.content.version} · ${input.date} · ${fitText(projectName.text, Math.max(40, footerRoom - measure(footerFixed + ' · ', FOOTER_STYLE)), FOOTER_STYLE, measure)} · ${input.appUrl}`
    : footerFixed;
  pages.forEach((p, i) => {
    p.ops.unshift(...header(ctx, i, pageCount).ops);
    const fy = H - MARGIN * 0.55;
    p.ops.push({ op: 'line', x1: MARGIN, y1: fy - 11, x2: W - MARGIN, y2: fy - 11, color: COLORS.rule, width: 0.5 });
    p.ops.push({ op: 'text', x: MARGIN, y: fy, text: footerText, ...FOOTER_STYLE, color: COLORS.muted });
    p.ops.push({ op: 'text', x: W - MARGIN, y: fy, text: `Page ${i + 1} of ${pageCount}`, ...FOOTER_STYLE, color: COLORS.muted, align: 'right' });
  });
}

/**
 * Draws a severity badge (its letter, white on the severity colour, so it survives black-and-white
 * printing) ending at baseline `y`; returns its width.
 */
function severityTag(ops: DrawOp[], x: number, y: number, size: number, tag: { letter: string; color: Rgb }, fixedWidth?: number): number {
  const textSize = size * 0.62;
  const w = fixedWidth ?? size * 0.85;
  const h = size * 0.82;
  ops.push({ op: 'rect', x, y: y - h * 0.86, w, h, fill: tag.color, radius: h * 0.2 });
  ops.push({ op: 'text', x: x + w / 2, y: y - h * 0.86 + h * 0.5 + textSize * 0.36, text: tag.letter, size: textSize, bold: true, color: COLORS.white, align: 'center' });
  return w;
}
