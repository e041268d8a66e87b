/**
 * A small page-flow writer for the report: keeps a cursor, starts new pages with a running header,
 * and lets blocks ask for the space they need so headings are never left alone at a page bottom.
 */
import { COLORS, type DrawOp, type LaidOutPage, type Rgb } from './draw-ops';
import { wrapText, type Measure } from './text-layout';

export interface FlowOptions {
  width: number;
  height: number;
  margin: number;
  /** Space kept for the footer. */
  footer: number;
  measure: Measure;
  /** Draws the running header of a continuation page; returns its height. */
  runningHeader?: (ops: DrawOp[], pageIndex: number) => number;
}

export class Flow {
  readonly pages: LaidOutPage[] = [];
  y = 0;
  /** Called after a page break (e.g. to repeat a section header). */
  onNewPage: (() => void) | null = null;

  constructor(readonly o: FlowOptions) {
    this.newPage();
  }

  get left(): number {
    return this.o.margin;
  }
  get right(): number {
    return this.o.width - this.o.margin;
  }
  get contentWidth(): number {
    return this.right - this.left;
  }
  get bottom(): number {
    return this.o.height - this.o.margin - this.o.footer;
  }
  get pageIndex(): number {
    return this.pages.length - 1;
  }
  get ops(): DrawOp[] {
    return this.pages[this.pages.length - 1]!.ops;
  }

  newPage(): void {
    this.pages.push({ ops: [] });
    this.y = this.o.margin;
    if (this.pages.length > 1 && this.o.runningHeader) this.y += this.o.runningHeader(this.ops, this.pageIndex);
    const hook = this.onNewPage;
    if (hook) {
      this.onNewPage = null; // no recursion if the hook itself overflows
      hook();
      this.onNewPage = hook;
    }
  }

  /** Starts a new page unless `h` points still fit. */
  ensure(h: number): void {
    if (this.y + h > this.bottom && this.y > this.o.margin + 1) this.newPage();
  }

  space(h: number): void {
    this.y += h;
  }

  /** Wrapped paragraph; breaks across pages line by line. Returns the lines drawn. */
  paragraph(
    text: string,
    opts: { size: number; bold?: boolean; color?: Rgb; indent?: number; width?: number; lineHeight?: number; label?: string },
  ): number {
    const indent = opts.indent ?? 0;
    const labelW = opts.label ? this.o.measure(opts.label + ' ', { size: opts.size, bold: true }) : 0;
    const width = (opts.width ?? this.contentWidth - indent) - labelW;
    const lines = wrapText(text, width, opts, this.o.measure);
    const lh = opts.lineHeight ?? opts.size * 1.3;
    lines.forEach((line, i) => {
      this.ensure(lh);
      this.y += lh;
      const baseline = this.y - lh * 0.28;
      if (i === 0 && opts.label) {
        this.ops.push({ op: 'text', x: this.left + indent, y: baseline, text: opts.label, size: opts.size, bold: true, color: COLORS.text });
      }
      this.ops.push({
        op: 'text',
        x: this.left + indent + labelW,
        y: baseline,
        text: line,
        size: opts.size,
        ...(opts.bold ? { bold: true } : {}),
        color: opts.color ?? COLORS.text,
      });
    });
    return lines.length;
  }

  rule(color: Rgb = COLORS.rule, width = 0.5): void {
    this.ops.push({ op: 'line', x1: this.left, y1: this.y, x2: this.right, y2: this.y, color, width });
  }
}
