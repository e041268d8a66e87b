import { useId, useState } from 'react';
import { checklist } from '@/entities/checklist/content';
import { todayIso } from '@/entities/project/assessment';
import type { Project } from '@/entities/project/types';
import { slugify } from '@/lib/slug';
import { executiveFileName, type PreviousRound } from '@/features/pdf/executive-model';
import { PAPER, defaultPaperSize, type PaperSize } from '@/features/pdf/paper';
import { usePdfDownload } from '@/features/pdf/use-pdf-download';
import { PdfStatus } from './pdf-status';

/** "Download executive summary (PDF)": one page with score, trend, top gaps, evidence and owners. */
export function ExecutiveDownload({ project, previousRounds }: { project: Project; previousRounds?: readonly PreviousRound[] }) {
  const id = useId();
  const [paper, setPaper] = useState<PaperSize>(() => defaultPaperSize(navigator.language));
  const { state, run } = usePdfDownload();
  const download = () => {
    const date = todayIso();
    return run(
      'executive summary',
      (pdf) => pdf.renderExecutive({ content: checklist, project, date, previousRounds, paper, appUrl: window.location.origin }),
      executiveFileName(slugify(project.name), date),
    );
  };
  return (
    <div className="pdf-download no-print">
      <div className="pdf-controls">
        <div className="field">
          <label htmlFor={id}>Executive summary paper size</label>
          <select id={id} value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)}>
            {(['a4', 'letter'] as const).map((p) => (
              <option key={p} value={p}>
                {PAPER[p].label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={() => void download()} disabled={state.phase === 'working'}>
          Download executive summary (PDF)
        </button>
      </div>
      <PdfStatus state={state} />
    </div>
  );
}
