/**
 * Loads the PDF chunk (jsPDF + font) on demand. The main bundle never contains jsPDF.
 */
import type * as PdfChunk from './render-pdf.chunk';

export type PdfModule = typeof PdfChunk;

let pending: Promise<PdfModule> | null = null;

export function loadPdfModule(): Promise<PdfModule> {
  pending ??= import('./render-pdf.chunk').catch((e: unknown) => {
    pending = null;
    throw new Error(
      `The PDF generator could not be loaded${e instanceof Error ? ` (${e.message})` : ''}. Check your connection, or reload the page if the app was updated.`,
      { cause: e },
    );
  });
  return pending;
}
