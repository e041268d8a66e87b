import type { PdfState } from '@/features/pdf/use-pdf-download';

/** Progress, result and errors of a PDF download, announced to screen readers. */
export function PdfStatus({ state }: { state: PdfState }) {
  return (
    <>
      <p className="pdf-status" role="status" aria-live="polite">
        {state.phase === 'working' || state.phase === 'done' ? state.message : ''}
      </p>
      {state.phase === 'done' && state.replacedChars.length > 0 && (
        <p className="notice warning">
          The PDF font has no glyph for {state.replacedChars.slice(0, 8).join(' ')}
          {state.replacedChars.length > 8 ? ' …' : ''}; these characters are printed as □.
        </p>
      )}
      {state.phase === 'error' && (
        <p className="notice error" role="alert">
          {state.message}
        </p>
      )}
    </>
  );
}
