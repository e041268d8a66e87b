import { useCallback, useMemo, useState } from 'react';
import { redactionMessage } from '@/features/projects/exports';

/** The status message after an export: how many values were replaced by [redacted]. */
export function useExportMessage() {
  const [text, setText] = useState<string | null>(null);
  const show = useCallback((redacted: number) => {
    setText(redactionMessage(redacted) ?? 'Exported. No value looked like a credential, so nothing was redacted.');
  }, []);
  return useMemo(() => ({ text, show }), [text, show]);
}

export function ExportMessage({ state }: { state: ReturnType<typeof useExportMessage> }) {
  return (
    <p className="pj-hint pj-export-message" role="status">
      {state.text}
    </p>
  );
}
