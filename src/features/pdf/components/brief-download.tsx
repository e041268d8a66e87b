import { useId } from 'react';
import { todayIso } from '@/entities/project/assessment';
import type { BriefInput } from '@/features/pdf/brief';
import { briefFileName } from '@/features/pdf/file-names';
import { PAPER, type PaperSize } from '@/features/pdf/paper';
import { usePaperSize } from '@/features/pdf/use-paper-size';
import { usePdfDownload } from '@/features/pdf/use-pdf-download';
import { PdfStatus } from './pdf-status';

/** "Download contractor brief (PDF)", A4 or Letter; the route passes the brief's content. */
export function BriefDownload({ brief }: { brief: Omit<BriefInput, 'paper' | 'date' | 'appUrl'> }) {
  const id = useId();
  const [paper, setPaper] = usePaperSize();
  const { state, run } = usePdfDownload();
  const download = () => {
    const date = todayIso();
    return run('contractor brief', (pdf) => pdf.renderBrief({ ...brief, paper, date, appUrl: window.location.origin }), briefFileName(brief.project, date));
  };
  return (
    <div className="pdf-download no-print">
      <div className="pdf-controls">
        <div className="field">
          <label htmlFor={id}>Brief paper size</label>
          <select id={id} value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)}>
            {(['a4', 'letter'] as const).map((p) => (
              <option key={p} value={p}>
                {PAPER[p].label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={() => void download()} disabled={state.phase === 'working'}>
          Download contractor brief (PDF)
        </button>
      </div>
      <PdfStatus state={state} />
    </div>
  );
}
