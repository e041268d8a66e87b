/**
 * The jsPDF part of the PDFs, loaded only when the user asks for one (import() from load-pdf.ts).
 * Draws the pure layouts (poster.ts, report.ts) with jsPDF's own text and vector API and an embedded
 * DejaVu Sans, so accented Latin, Greek and Cyrillic print and extract correctly.
 */
import { jsPDF } from 'jspdf';
import sansUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import sansBoldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import condensedUrl from 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf?url';
import condensedBoldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf?url';
import { compressPdf } from './compress-pdf';
import type { LaidOutDocument } from './draw-ops';
import { PAPER } from './paper';
import { layoutPoster, type PosterInput } from './poster';
import { layoutReport, type ReportInput } from './report';
import { layoutExecutive } from './executive';
import { layoutBrief, type BriefInput } from './brief';
import { executiveModel, type ExecutiveInput } from './executive-model';
import type { Measure } from './text-layout';

/** DejaVu Sans for the report; its condensed cut for the poster, where every title must fit. */
export type FontFamily = 'sans' | 'condensed';

const FONT_URLS: Record<FontFamily, { normal: string; bold: string }> = {
  sans: { normal: sansUrl, bold: sansBoldUrl },
  condensed: { normal: condensedUrl, bold: condensedBoldUrl },
};

interface FontData {
  normal: string;
  bold: string;
}

const fontData = new Map<FontFamily, Promise<FontData>>();

function toBase64(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin);
}

async function fetchFont(url: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new Error(`The PDF font could not be loaded (${e instanceof Error ? e.message : String(e)}). Check your connection and try again.`, {
      cause: e,
    });
  }
  if (!res.ok) throw new Error(`The PDF font could not be loaded (HTTP ${res.status} for ${url}). Reload the page and try again.`);
  return toBase64(await res.arrayBuffer());
}

/** Fetches a font family once per page load; a failure can be retried. */
export function loadFonts(family: FontFamily): Promise<FontData> {
  let p = fontData.get(family);
  if (!p) {
    p = Promise.all([fetchFont(FONT_URLS[family].normal), fetchFont(FONT_URLS[family].bold)])
      .then(([normal, bold]) => ({ normal, bold }))
      .catch((e: unknown) => {
        fontData.delete(family);
        throw e;
      });
    fontData.set(family, p);
  }
  return p;
}

/** jsPDF's internal font name; the family decides which files are registered under it. */
const FONT = 'DejaVu';

export interface PdfCanvas {
  doc: jsPDF;
  measure: Measure;
  hasGlyph: (codePoint: number) => boolean;
}

/** A jsPDF document with the fonts registered, plus measuring functions for the layouts. */
export async function createCanvas(width: number, height: number, family: FontFamily = 'sans'): Promise<PdfCanvas> {
  const fonts = await loadFonts(family);
  // Uncompressed here: jsPDF's Flate step converts every byte through string concatenation and costs
  // 40-75 ms per document (bench), which would break the poster's 150 ms budget. `finish` compresses
  // the finished file with the platform's native deflate instead.
  const doc = new jsPDF({ unit: 'pt', format: [width, height], orientation: 'portrait', compress: false, putOnlyUsedFonts: true });
  doc.addFileToVFS(`${FONT}.ttf`, fonts.normal);
  doc.addFont(`${FONT}.ttf`, FONT, 'normal');
  doc.addFileToVFS(`${FONT}-Bold.ttf`, fonts.bold);
  doc.addFont(`${FONT}-Bold.ttf`, FONT, 'bold');
  doc.setFont(FONT, 'bold');
  const boldFont = doc.getFont();
  doc.setFont(FONT, 'normal');
  const regularFont = doc.getFont();
  const boldMeta = boldFont.metadata as { characterToGlyph(c: number): number };
  const regularMeta = regularFont.metadata as { characterToGlyph(c: number): number };
  const glyphCache = new Map<number, boolean>();
  const hasGlyph = (cp: number) => {
    let v = glyphCache.get(cp);
    if (v === undefined) {
      v = cp === 0x20 || (regularMeta.characterToGlyph(cp) > 0 && boldMeta.characterToGlyph(cp) > 0);
      glyphCache.set(cp, v);
    }
    return v;
  };
  // Per-character advance widths, cached: layouts measure thousands of strings.
  const widths = [new Map<number, number>(), new Map<number, number>()] as const;
  const measure: Measure = (text, size, bold) => {
    const cache = widths[bold ? 1 : 0];
    let w = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let cw = cache.get(code);
      if (cw === undefined) {
        cw = doc.getStringUnitWidth(text.charAt(i), { font: bold ? boldFont : regularFont, fontSize: 1 });
        cache.set(code, cw);
      }
      w += cw;
    }
    return w * size;
  };
  return { doc, measure, hasGlyph };
}

/** Draws a laid-out document onto the canvas and returns the (uncompressed) PDF. */
function draw(canvas: PdfCanvas, layout: LaidOutDocument): ArrayBuffer {
  const { doc } = canvas;
  doc.setProperties({ title: layout.title, creator: 'WebRTC Security Checklist', subject: 'WebRTC security' });
  doc.setLanguage('en');
  layout.pages.forEach((page, index) => {
    if (index > 0) doc.addPage([layout.width, layout.height], 'portrait');
    for (const op of page.ops) {
      switch (op.op) {
        case 'text': {
          doc.setFont(FONT, op.bold ? 'bold' : 'normal');
          doc.setFontSize(op.size);
          const [r, g, b] = op.color ?? [0, 0, 0];
          doc.setTextColor(r, g, b);
          doc.text(op.text, op.x, op.y, { align: op.align ?? 'left', baseline: 'alphabetic' });
          break;
        }
        case 'rect': {
          const style = op.fill && op.stroke ? 'FD' : op.fill ? 'F' : 'S';
          if (op.fill) doc.setFillColor(...op.fill);
          if (op.stroke) doc.setDrawColor(...op.stroke);
          doc.setLineWidth(op.lineWidth ?? 0.5);
          if (op.radius) doc.roundedRect(op.x, op.y, op.w, op.h, op.radius, op.radius, style);
          else doc.rect(op.x, op.y, op.w, op.h, style);
          break;
        }
        case 'line':
          doc.setDrawColor(...op.color);
          doc.setLineWidth(op.width);
          doc.line(op.x1, op.y1, op.x2, op.y2);
          break;
        case 'link':
          doc.link(op.x, op.y, op.w, op.h, { url: op.url });
          break;
      }
    }
  });
  const addOutline = (parent: unknown, entries: LaidOutDocument['outline']) => {
    for (const e of entries) {
      const node = doc.outline.add(parent, e.title, { pageNumber: e.page });
      if (e.children) addOutline(node, e.children);
    }
  };
  addOutline(null, layout.outline);
  return doc.output('arraybuffer');
}

export interface RenderedPdf {
  blob: Blob;
  pageCount: number;
  replacedChars: string[];
}

/**
 * Draws, then compresses the streams natively (compress-pdf.ts): the file shrinks 2–4× without
 * jsPDF's slow JavaScript deflate in the layout path. The sizes before and after are recorded on
 * the "pdf:compress" performance measure for the bench.
 */
async function finish(canvas: PdfCanvas, layout: LaidOutDocument): Promise<RenderedPdf> {
  const raw = new Uint8Array(draw(canvas, layout));
  const start = performance.now();
  const packed = await compressPdf(raw);
  performance.measure('pdf:compress', { start, end: performance.now(), detail: { before: raw.length, after: packed.length } });
  return { blob: new Blob([packed as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), pageCount: layout.pages.length, replacedChars: layout.replacedChars };
}

/** Lays out and draws the wall poster. */
export async function renderPoster(input: PosterInput): Promise<RenderedPdf> {
  const { width, height } = PAPER[input.paper];
  const canvas = await createCanvas(width, height, 'condensed');
  const layout = layoutPoster(input, canvas.measure, canvas.hasGlyph);
  return finish(canvas, layout);
}

/** Lays out and draws the project report. */
export async function renderReport(input: ReportInput): Promise<RenderedPdf> {
  const { width, height } = PAPER[input.paper];
  const canvas = await createCanvas(width, height, 'sans');
  const layout = layoutReport(input, canvas.measure, canvas.hasGlyph);
  return finish(canvas, layout);
}

/** Lays out and draws the one-page executive summary. */
export async function renderExecutive(input: ExecutiveInput & { paper: ReportInput['paper']; appUrl: string }): Promise<RenderedPdf> {
  const { width, height } = PAPER[input.paper];
  const canvas = await createCanvas(width, height, 'sans');
  const layout = layoutExecutive({ model: executiveModel(input), paper: input.paper, appUrl: input.appUrl }, canvas.measure, canvas.hasGlyph);
  return finish(canvas, layout);
}

/** Lays out and draws the contractor brief. */
export async function renderBrief(input: BriefInput): Promise<RenderedPdf> {
  const { width, height } = PAPER[input.paper];
  const canvas = await createCanvas(width, height, 'sans');
  return finish(canvas, layoutBrief(input, canvas.measure, canvas.hasGlyph));
}
