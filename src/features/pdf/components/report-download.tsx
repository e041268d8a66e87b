import { useId, useState } from 'react';
import { checklist } from '@/entities/checklist/content';
import { todayIso } from '@/entities/project/assessment';
import type { Project } from '@/entities/project/types';
import { PAPER, PAPER_SIZES, defaultPaperSize, type PaperSize } from '@/features/pdf/paper';
import { reportFileName } from '@/features/pdf/report';
import { usePdfDownload } from '@/features/pdf/use-pdf-download';
import { PdfStatus } from './pdf-status';

/** "Download report (PDF)" for one project. */
export function ReportDownload({ project }: { project: Project }) {
  const id = useId();
  const [paper, setPaper] = useState<PaperSize>(() => defaultPaperSize(navigator.language));
  const { state, run } = usePdfDownload();
  const download = () => {
    const date = todayIso();
    return run(
      'report',
      (pdf) => pdf.renderReport({ content: checklist, project, paper, date, appUrl: window.location.origin }),
      reportFileName(project.name, date),
    );
  };
  return (
    <div className="pdf-download no-print">
      <div className="pdf-controls">
        <div className="field">
          <label htmlFor={id}>Report paper size</label>
          <select id={id} value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)}>
            {PAPER_SIZES.filter((p) => p === 'a4' || p === 'letter').map((p) => (
              <option key={p} value={p}>
                {PAPER[p].label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={() => void download()} disabled={state.phase === 'working'}>
          Download report (PDF)
        </button>
      </div>
      <PdfStatus state={state} />
    </div>
  );
}
