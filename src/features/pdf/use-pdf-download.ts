import { useCallback, useState } from 'react';
import { saveFile } from '@/lib/download';
import type { ChecklistContent } from '@/entities/checklist/types';
import { loadPdfModule, type PdfModule } from './load-pdf';

export type PdfState =
  | { phase: 'idle' }
  | { phase: 'working'; message: string }
  | { phase: 'done'; message: string; replacedChars: string[] }
  | { phase: 'error'; message: string };

/**
 * Runs a PDF job: loads the chunk and the checklist content (with a progress state), renders, saves the
 * file, and turns any failure into a readable message. The content comes with the PDF code: the pages
 * with a download button (a project's overview) do not load the items' texts for their first paint.
 */
export function usePdfDownload() {
  const [state, setState] = useState<PdfState>({ phase: 'idle' });
  const run = useCallback(
    async (
      what: string,
      render: (pdf: PdfModule, content: ChecklistContent) => Promise<{ blob: Blob; pageCount: number; replacedChars: string[] }>,
      fileName: string,
    ) => {
      setState({ phase: 'working', message: 'Loading the PDF generator…' });
      try {
        const [pdf, { checklist }] = await Promise.all([loadPdfModule(), import('@/entities/checklist/content')]);
        setState({ phase: 'working', message: `Preparing the ${what}…` });
        // Measured by `npm run bench` (budget: report 300 ms, poster 150 ms after the chunk loaded).
        const start = performance.now();
        const result = await render(pdf, checklist);
        performance.measure(`pdf:${what}`, { start, end: performance.now() });
        saveFile(result.blob, fileName);
        setState({
          phase: 'done',
          message: `Downloaded ${fileName} (${result.pageCount} page${result.pageCount > 1 ? 's' : ''}).`,
          replacedChars: result.replacedChars,
        });
      } catch (e) {
        setState({ phase: 'error', message: e instanceof Error ? e.message : String(e) });
      }
    },
    [],
  );
  return { state, run };
}
