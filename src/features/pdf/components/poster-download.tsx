import { useId, useState } from 'react';
import { todayIso } from '@/entities/project/assessment';
import { PAPER, PAPER_SIZES, type PaperSize } from '@/features/pdf/paper';
import { usePaperSize } from '@/features/pdf/use-paper-size';
import { posterFileName } from '@/features/pdf/file-names';
import type { PosterProject, PosterVariant } from '@/features/pdf/poster';
import { usePdfDownload } from '@/features/pdf/use-pdf-download';
import { PdfStatus } from './pdf-status';

/** "Download wall poster (PDF)" with a paper choice, blank or filled with a project's answers. */
export function PosterDownload({ project, projectSlug }: { project?: PosterProject; projectSlug?: string }) {
  const id = useId();
  const [paper, setPaper] = usePaperSize();
  const [variant, setVariant] = useState<PosterVariant>('all');
  const { state, run } = usePdfDownload();
  const download = () =>
    run(
      'poster',
      (pdf, content) =>
        pdf.renderPoster({ content, paper, project, appUrl: window.location.origin, date: todayIso(), variant }),
      posterFileName(paper, projectSlug, variant),
    );
  return (
    <div className="pdf-download no-print">
      <div className="pdf-controls">
        <div className="field">
          <label htmlFor={id}>Paper size</label>
          <select id={id} aria-describedby={`${id}-hint`} value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)}>
            {PAPER_SIZES.map((p) => (
              <option key={p} value={p}>
                {PAPER[p].label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-variant`}>Poster content</label>
          <select id={`${id}-variant`} aria-describedby={`${id}-hint`} value={variant} onChange={(e) => setVariant(e.target.value as PosterVariant)}>
            <option value="all">Every item</option>
            <option value="critical-high">Critical and high items only</option>
          </select>
        </div>
        <p className="hint" id={`${id}-hint`}>
          {variant === 'all' ? 'The whole checklist' : 'The critical and high items, in larger type,'} on {PAPER[paper].posterPages === 1 ? 'one sheet' : 'two sheets'}
          {project ? '; open items show their owner, the header the score and grade.' : '.'}
        </p>
        <button type="button" onClick={() => void download()} disabled={state.phase === 'working'}>
          Download wall poster (PDF)
        </button>
      </div>
      <PdfStatus state={state} />
    </div>
  );
}
