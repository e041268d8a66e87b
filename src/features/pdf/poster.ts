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
import { fitText, sanitizeForFont, wrapText, type Measure } from './text-layout';

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

/** File name of a poster download, e.g. webrtc-security-poster-a4.pdf. */
export function posterFileName(paper: PaperSize, projectSlug?: string, variant: PosterVariant = 'all'): string {
  const kind = variant === 'critical-high' ? 'poster-critical-high' : 'poster';
  return projectSlug ? `${projectSlug}-security-${kind}-${paper}.pdf` : `webrtc-security-${kind}-${paper}.pdf`;
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

export function layoutPoster(input: PosterInput, measure: Measure, hasGlyph: (cp: number) => boolean): LaidOutDocument {
  const spec = PAPER[input.paper];
  const { width: W, height: H } = spec;
  const scale = W / PAPER.a4.width;
  // The same margins on every sheet: a larger sheet gives its extra room to the type.
  const margin = 24;
  const colGap = 14;
  const footerH = 16;
  const sections = posterSections(input);
  const projectName = input.project ? sanitizeForFont(redactSecrets(input.project.name), hasGlyph) : null;
  const replaced = new Set(projectName?.replaced ?? []);
  const score = input.project ? scoreProject(input.content.items, input.project.profile, input.project.answers) : null;
  const scoreText = score ? `Score ${score.percent === null ? '—' : `${score.percent}%`} · Grade ${score.grade ?? '—'}` : null;
  // The critical and high items (66 in checklist 1.1) fit one A3/Tabloid sheet in larger type; on
  // A4/Letter they need the same two pages as the whole checklist, at about 13 pt instead of 9.5.
  const pageBudget = spec.posterPages;
  const criticalHigh = input.variant === 'critical-high';
  // Who owns each open item, printed under its title on a filled poster.
  const ownerLine = (item: ChecklistItem): string | null => {
    const a = input.project?.answers[item.id];
    if (!a || a.status === 'yes' || a.status === 'na' || !(a.owner ?? '').trim()) return null;
    const owner = sanitizeForFont(redactSecrets(a.owner ?? '').replace(/\s+/g, ' ').trim(), hasGlyph);
    owner.replaced.forEach((c) => replaced.add(c));
    return `→ ${owner.text}${a.due ? ` · due ${a.due}` : ''}`;
  };

  // Header (page 1) and continuation header (other pages).
  const titleSize = 19 * Math.sqrt(scale);
  const header = (page: number, pageCount: number): { ops: DrawOp[]; bottom: number } => {
    const ops: DrawOp[] = [];
    let y = margin;
    if (page === 0) {
      const title = 'WebRTC Security Checklist';
      const nameSize = titleSize * 0.5;
      const titleW = measure(title, titleSize, true);
      const label = projectName ? projectName.text : criticalHigh ? 'Critical and high items' : 'Print it, pin it up, tick it off';
      // Right of the title: the score and grade of a filled poster (its name goes below), or the
      // tagline of the blank one; what does not fit there gets its own lines below.
      const beside = scoreText ?? label;
      const besideSize = scoreText ? titleSize * 0.72 : nameSize;
      const besideTitle = measure(beside, besideSize, true) <= W - 2 * margin - titleW - 24;
      const below = [...(scoreText && !besideTitle ? [scoreText] : []), ...(projectName || !besideTitle ? [label] : [])];
      const nameLines = below.flatMap((t) => wrapText(t, W - 2 * margin, nameSize, true, measure));
      const bandH = margin + titleSize * 1.4 + nameLines.length * nameSize * 1.3;
      ops.push({ op: 'rect', x: 0, y: 0, w: W, h: bandH, fill: COLORS.band });
      y += titleSize * 0.95;
      ops.push({ op: 'text', x: margin, y, text: title, size: titleSize, bold: true, color: COLORS.white });
      if (besideTitle) {
        ops.push({ op: 'text', x: W - margin, y, text: beside, size: besideSize, bold: !!projectName, color: COLORS.white, align: 'right' });
      }
      nameLines.forEach((line, i) => {
        ops.push({ op: 'text', x: margin, y: y + titleSize * 0.35 + (i + 1) * nameSize * 1.3, text: line, size: nameSize, bold: true, color: COLORS.white });
      });
      y = bandH + 12 * Math.sqrt(scale);
      const only = criticalHigh ? 'Critical and high items only. ' : '';
      const sub = input.project
        ? `${only}Status of ${input.date}. Open items show their owner; items that do not apply are counted per section.`
        : `${only}Tick a box when the statement is true for your product. Fix the critical items first.`;
      const subSize = 8.5 * Math.sqrt(scale);
      ops.push({ op: 'text', x: margin, y, text: sub, size: subSize, color: COLORS.muted });
      y += subSize * 1.6;
      // Legend: severities, then answer marks when filled.
      let x = margin;
      const legendSize = 7.5 * Math.sqrt(scale);
      ops.push({ op: 'text', x, y, text: 'Severity:', size: legendSize, bold: true, color: COLORS.text });
      x += measure('Severity:', legendSize, true) + 6;
      for (const sev of ['critical', 'high', 'medium', 'low'] as const) {
        const tag = SEVERITY_TAG[sev];
        const tagW = severityTag(ops, x, y, legendSize * 1.25, tag);
        x += tagW + 3;
        ops.push({ op: 'text', x, y, text: sev, size: legendSize, color: COLORS.muted });
        x += measure(sev, legendSize, false) + 10;
      }
      if (input.project) {
        x += 8;
        ops.push({ op: 'text', x, y, text: 'Answers:', size: legendSize, bold: true, color: COLORS.text });
        x += measure('Answers:', legendSize, true) + 6;
        for (const key of ['yes', 'partial', 'no', 'na'] as const) {
          const m = ANSWER_MARK[key];
          const label = key === 'na' ? 'N/A' : `${m.mark} ${m.label}`;
          ops.push({ op: 'text', x, y, text: label, size: legendSize, color: key === 'na' ? COLORS.muted : m.color });
          x += measure(label, legendSize, false) + 10;
        }
      }
      y += legendSize * 0.9 + 5;
      ops.push({ op: 'line', x1: margin, y1: y, x2: W - margin, y2: y, color: COLORS.rule, width: 0.75 });
      return { ops, bottom: y + 6 * scale };
    }
    y += 7;
    ops.push({ op: 'text', x: margin, y, text: `WebRTC Security Checklist (continued, page ${page + 1} of ${pageCount})`, size: 8, bold: true, color: COLORS.muted });
    y += 5;
    ops.push({ op: 'line', x1: margin, y1: y, x2: W - margin, y2: y, color: COLORS.rule, width: 0.75 });
    return { ops, bottom: y + 6 * scale };
  };

  // Wrapped rows depend on the size and column width only, not on the spacing: shared by the
  // attempts at one size.
  const wrapped = new Map<string, { item: ChecklistItem; lines: string[]; owner: string | null; ownerInline: boolean }[][]>();
  const rowsFor = (size: number, textW: number) => {
    const key = `${size}|${textW}`;
    let rows = wrapped.get(key);
    if (!rows) {
      const ownerSize = size * 0.8;
      rows = sections.map((sec) =>
        sec.items.map((item) => {
          const lines = wrapText(item.title, textW, size, false, measure);
          const owner = ownerLine(item);
          const fitted = owner && fitText(owner, textW, ownerSize, false, measure);
          // The owner goes at the end of the title's last line when there is room, else below it.
          const ownerInline = !!fitted && measure(lines[lines.length - 1] ?? '', size, false) + size + measure(fitted, ownerSize, false) <= textW;
          return { item, lines, owner: fitted, ownerInline };
        }),
      );
      wrapped.set(key, rows);
    }
    return rows;
  };

  const attempt = (m: Metrics, pageBudget: number) => {
    const colW = (W - 2 * margin - colGap * (m.columns - 1)) / m.columns;
    const lh = m.size * 1.14;
    const boxSize = m.size * 0.95;
    const tagSize = m.size * 1.1;
    const tagW = tagSize * 0.85;
    const textX = boxSize + 3 + tagW + 4;
    const textW = colW - textX;
    const secSize = m.size * 1.12;
    const pages: LaidOutPage[] = [];
    let page = -1;
    let col = m.columns;
    let y = 0;
    let top = 0;
    const bottom = H - margin - footerH;
    const nextColumn = () => {
      col++;
      if (col >= m.columns) {
        page++;
        col = 0;
        pages.push({ ops: [] });
        top = header(page, pageBudget).bottom;
      }
      y = top;
    };
    nextColumn();
    const colX = () => margin + col * (colW + colGap);
    const allRows = rowsFor(m.size, textW);
    for (const [secIndex, sec] of sections.entries()) {
      const ownerSize = m.size * 0.8;
      const rows = allRows[secIndex] ?? [];
      const secH = secSize * 1.25 + 4 + m.gap;
      const firstRowH = rows[0] ? rows[0].lines.length * lh + m.gap : 0;
      if (y + secH + firstRowH > bottom && y > top) nextColumn();
      const ops = pages[page]!.ops;
      y += secSize;
      // Section titles shrink to the column width rather than run into the next column.
      const secText = sec.title.toUpperCase();
      const secFit = Math.min(secSize, (secSize * colW) / Math.max(1, measure(secText, secSize, true)));
      ops.push({ op: 'text', x: colX(), y, text: secText, size: secFit, bold: true, color: COLORS.band });
      y += secSize * 0.3;
      ops.push({ op: 'line', x1: colX(), y1: y, x2: colX() + colW, y2: y, color: COLORS.band, width: 0.9 });
      y += 4 + m.gap + m.size * 0.1;
      for (const row of rows) {
        const h = row.lines.length * lh + (row.owner && !row.ownerInline ? ownerSize * 1.15 : 0);
        if (y + h > bottom) {
          nextColumn();
        }
        const pageOps = pages[page]!.ops;
        const x = colX();
        const baseline = y + m.size * 0.82;
        // Box to tick, or the project's answer.
        pageOps.push({ op: 'rect', x, y: baseline - boxSize * 0.85, w: boxSize, h: boxSize, stroke: COLORS.text, lineWidth: 0.6 });
        const answer = input.project?.answers[row.item.id]?.status ?? null;
        if (answer) {
          const mark = ANSWER_MARK[answer];
          const markSize = answer === 'na' ? boxSize * 0.62 : boxSize * 0.95;
          pageOps.push({
            op: 'text',
            x: x + boxSize / 2,
            y: baseline - (answer === 'na' ? boxSize * 0.2 : boxSize * 0.06),
            text: mark.mark,
            size: markSize,
            bold: answer === 'na',
            color: mark.color,
            align: 'center',
          });
        }
        severityTag(pageOps, x + boxSize + 3, baseline, tagSize, SEVERITY_TAG[row.item.severity], tagW);
        row.lines.forEach((line, i) => {
          pageOps.push({ op: 'text', x: x + textX, y: baseline + i * lh, text: line, size: m.size, color: COLORS.text });
        });
        if (row.owner && row.ownerInline) {
          pageOps.push({ op: 'text', x: x + textX + textW, y: baseline + (row.lines.length - 1) * lh, text: row.owner, size: ownerSize, color: COLORS.muted, align: 'right' });
        } else if (row.owner) {
          pageOps.push({ op: 'text', x: x + textX, y: baseline + (row.lines.length - 1) * lh + ownerSize * 1.15, text: row.owner, size: ownerSize, color: COLORS.muted });
        }
        y += h + m.gap;
      }
      if (sec.notApplicable > 0) {
        const note = `+ ${sec.notApplicable} item${sec.notApplicable > 1 ? 's' : ''} not applicable to this architecture`;
        const noteSize = Math.max(7, m.size * 0.75);
        if (y + noteSize * 1.4 > bottom) nextColumn();
        y += noteSize;
        pages[page]!.ops.push({ op: 'text', x: colX() + textX, y, text: note, size: noteSize, color: COLORS.muted });
        y += noteSize * 0.5 + m.gap;
      }
      y += m.size * 0.35;
    }
    return pages;
  };

  // Largest type (then the most generous spacing) that keeps the promise: 2 pages of A4/Letter,
  // 1 page of A3/Tabloid, 1 page for the critical/high variant. Fitting is monotonic in the size,
  // so a binary search over quarter points finds it in a few layouts per column count.
  const minSize = 9;
  const GAPS = [0.45, 0.3, 0.15, 0.05];
  const fits = (size: number, columns: number) => attempt({ size, gap: size * (GAPS[GAPS.length - 1] ?? 0), columns }, pageBudget).length <= pageBudget;
  // At the chosen size, the most generous spacing that still fits.
  const spaced = (size: number, columns: number): LaidOutPage[] => {
    for (const gapFactor of GAPS) {
      const p = attempt({ size, gap: size * gapFactor, columns }, pageBudget);
      if (p.length <= pageBudget) return p;
    }
    return attempt({ size, gap: size * (GAPS[GAPS.length - 1] ?? 0), columns }, pageBudget);
  };
  let best: { size: number; columns: number } | null = null;
  for (const columns of spec.posterColumns) {
    let lo = 0;
    let hi = Math.floor((spec.posterTitleSize - minSize) * 4);
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (fits(minSize + mid / 4, columns)) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const size = minSize + found / 4;
    if (found >= 0 && (!best || size > best.size)) best = { size, columns };
  }
  // Content that no longer fits still prints in full, on more pages, rather than being cut.
  const pages = best ? spaced(best.size, best.columns) : attempt({ size: minSize, gap: minSize * 0.05, columns: spec.posterColumns[0] ?? 2 }, 99);

  const pageCount = pages.length;
  const footerFixed = `WebRTC Security Checklist v${input.content.version} · ${input.date} · ${input.appUrl}`;
  // The footer shares its line with "Page X of Y": a long project name is shortened here (it is printed in full in the header).
  const footerRoom = W - 2 * margin - measure('Page 99 of 99', 7.5, false) - 16;
  const footerText = projectName
    ? `WebRTC Security Checklist v${input.content.version} · ${input.date} · ${fitText(projectName.text, Math.max(40, footerRoom - measure(footerFixed + ' · ', 7.5, false)), 7.5, false, measure)} · ${input.appUrl}`
    : footerFixed;
  pages.forEach((p, i) => {
    if (i > 0) p.ops.unshift(...header(i, pageCount).ops);
    else p.ops.unshift(...header(0, pageCount).ops);
    const fy = H - margin * 0.55;
    p.ops.push({ op: 'line', x1: margin, y1: fy - 11, x2: W - margin, y2: fy - 11, color: COLORS.rule, width: 0.5 });
    p.ops.push({ op: 'text', x: margin, y: fy, text: footerText, size: 7.5, color: COLORS.muted });
    p.ops.push({ op: 'text', x: W - margin, y: fy, text: `Page ${i + 1} of ${pageCount}`, size: 7.5, color: COLORS.muted, align: 'right' });
  });

  return {
    width: W,
    height: H,
    pages,
    outline: [],
    replacedChars: [...replaced],
    title: input.project ? `${projectName?.text ?? ''}: WebRTC security poster` : 'WebRTC Security Checklist poster',
  };
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
