import { useCallback, useMemo, useState } from 'react';
import { redactionMessage } from '@/features/projects/redaction-message';

const loadFailed = (error: unknown) =>
  `Nothing was exported: the export code could not be loaded (${error instanceof Error ? error.message : String(error)}). Reload the page and try again.`;

/** The status message after an export: how many values were replaced by [redacted]. */
export function useExportMessage() {
  const [text, setText] = useState<string | null>(null);
  const show = useCallback((redacted: number) => {
    setText(redactionMessage(redacted) ?? 'Exported. No value looked like a credential, so nothing was redacted.');
  }, []);
  /** The export's code could not be loaded (exports load it on the click: the page shows without it). */
  const fail = useCallback((error: unknown) => setText(loadFailed(error)), []);
  const exportAll = useCallback(() => {
    import('@/features/projects/backup-export').then(({ downloadAllProjects }) => show(downloadAllProjects()), fail);
  }, [show, fail]);
  return useMemo(() => ({ text, show, fail, exportAll }), [text, show, fail, exportAll]);
}

export function ExportMessage({ state }: { state: ReturnType<typeof useExportMessage> }) {
  return (
    <p className="pj-hint pj-export-message" role="status">
      {state.text}
    </p>
  );
}
