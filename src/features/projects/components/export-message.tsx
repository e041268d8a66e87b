import { useCallback, useMemo, useState } from 'react';
import type * as Exports from '@/features/projects/exports';
import { redactionMessage } from '@/features/projects/redaction-message';

const loadFailed = (error: unknown) =>
  `Nothing was exported: the export code could not be loaded (${error instanceof Error ? error.message : String(error)}). Reload the page and try again.`;

/** The status message after an export: how many values were replaced by [redacted]. */
export function useExportMessage() {
  const [text, setText] = useState<string | null>(null);
  const show = useCallback((redacted: number) => {
    setText(redactionMessage(redacted) ?? 'Exported. No value looked like a credential, so nothing was redacted.');
  }, []);
  // The exports load their code on the click (the project file schema, CSV and Markdown writers): the page shows without it.
  const exportAll = useCallback(() => {
    import('@/features/projects/backup-export').then(
      ({ downloadAllProjects }) => show(downloadAllProjects()),
      (error: unknown) => setText(loadFailed(error)),
    );
  }, [show]);
  /** Runs one of the project's exports (exports.ts) once its code has loaded. */
  const exportWith = useCallback(
    (download: (exports: typeof Exports) => number) => {
      import('@/features/projects/exports').then(
        (exports) => show(download(exports)),
        (error: unknown) => setText(loadFailed(error)),
      );
    },
    [show],
  );
  return useMemo(() => ({ text, exportAll, exportWith }), [text, exportAll, exportWith]);
}

export function ExportMessage({ state }: { state: ReturnType<typeof useExportMessage> }) {
  return (
    <p className="pj-hint pj-export-message" role="status">
      {state.text}
    </p>
  );
}
