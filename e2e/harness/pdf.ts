import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Text of a PDF as poppler's pdftotext extracts it, in content-stream order (`-raw`): a wrapped
 * title's lines stay together even in multi-column layouts, where reading-order detection would
 * interleave the columns.
 */
export function pdfText(file: string, page?: number): string {
  const args = ['-raw', '-enc', 'UTF-8'];
  if (page) args.push('-f', String(page), '-l', String(page));
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
}

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const m = /^Pages:\s+(\d+)/m.exec(info);
  if (!m) throw new Error(`pdfinfo gave no page count for ${file}`);
  return Number(m[1]);
}

/** Page size in points, e.g. { width: 595.28, height: 841.89 } for A4. */
export function pdfPageSize(file: string): { width: number; height: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const m = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  if (!m) throw new Error(`pdfinfo gave no page size for ${file}`);
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** Renders one page to PNG with pdftoppm; returns the PNG path. */
export function renderPagePng(file: string, outPrefix: string, page = 1, dpi = 80): string {
  mkdirSync(dirname(outPrefix), { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, outPrefix]);
  return `${outPrefix}.png`;
}

/** Collapses whitespace so titles wrapped over two lines still match. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
