import { useCallback, useMemo, useState } from 'react';
import { redactionMessage } from '@/features/projects/redaction-message';

/** The status message after an export: how many values were replaced by [redacted]. */
export function useExportMessage() {
  const [text, setText] = useState<string | null>(null);
  const show = useCallback((redacted: number) => {
    setText(redactionMessage(redacted) ?? 'Exported. No value looked like a credential, so nothing was redacted.');
  }, []);
  // "Export all projects" loads its code on the click: the page shows without it.
  const exportAll = useCallback(() => {
    import('@/features/projects/backup-export').then(
      ({ downloadAllProjects }) => show(downloadAllProjects()),
      (error: unknown) => setText(`Nothing was exported: the export code could not be loaded (${error instanceof Error ? error.message : String(error)}). Reload the page and try again.`),
    );
  }, [show]);
  return useMemo(() => ({ text, show, exportAll }), [text, show, exportAll]);
}

export function ExportMessage({ state }: { state: ReturnType<typeof useExportMessage> }) {
  return (
    <p className="pj-hint pj-export-message" role="status">
      {state.text}
    </p>
  );
}
