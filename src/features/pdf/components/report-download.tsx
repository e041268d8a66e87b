import { useId } from 'react';
import { todayIso } from '@/entities/project/assessment';
import type { Project } from '@/entities/project/types';
import { slugify } from '@/lib/slug';
import type { PreviousRound } from '@/features/pdf/executive-model';
import { executiveFileName, reportFileName } from '@/features/pdf/file-names';
import { PAPER, PAPER_SIZES, type PaperSize } from '@/features/pdf/paper';
import { usePaperSize } from '@/features/pdf/use-paper-size';
import { usePdfDownload } from '@/features/pdf/use-pdf-download';
import { PdfStatus } from './pdf-status';

const KINDS = {
  report: { what: 'report', paperLabel: 'Report paper size', button: 'Download report (PDF)' },
  executive: { what: 'executive summary', paperLabel: 'Executive summary paper size', button: 'Download executive summary (PDF)' },
} as const;

interface Props {
  project: Project;
  /** The full report (default), or the one-page executive summary. */
  kind?: keyof typeof KINDS;
  /** Earlier assessment rounds, for the executive summary's trend. */
  previousRounds?: readonly PreviousRound[];
}

/** "Download report (PDF)" or "Download executive summary (PDF)" for one project, A4 or Letter. */
export function ReportDownload({ project, kind = 'report', previousRounds }: Props) {
  const id = useId();
  const [paper, setPaper] = usePaperSize();
  const { state, run } = usePdfDownload();
  const text = KINDS[kind];
  const download = () => {
    const date = todayIso();
    const appUrl = window.location.origin;
    return kind === 'report'
      ? run('report', (pdf, content) => pdf.renderReport({ content, project, paper, date, appUrl }), reportFileName(project.name, date))
      : run(
          text.what,
          (pdf, content) => pdf.renderExecutive({ content, project, date, previousRounds, paper, appUrl }),
          executiveFileName(slugify(project.name), date),
        );
  };
  return (
    <div className="pdf-download no-print">
      <div className="pdf-controls">
        <div className="field">
          <label htmlFor={id}>{text.paperLabel}</label>
          <select id={id} value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)}>
            {PAPER_SIZES.filter((p) => p === 'a4' || p === 'letter').map((p) => (
              <option key={p} value={p}>
                {PAPER[p].label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={() => void download()} disabled={state.phase === 'working'}>
          {text.button}
        </button>
      </div>
      <PdfStatus state={state} />
    </div>
  );
}
