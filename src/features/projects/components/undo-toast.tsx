import { useEffect } from 'react';

export interface UndoItem {
  key: number;
  message: string;
  undo: () => void;
}

/** A polite live region that offers Undo for a few seconds. Always rendered so announcements work. */
export function UndoToast({ item, onDone, timeoutMs = 10_000 }: { item: UndoItem | null; onDone: () => void; timeoutMs?: number }) {
  useEffect(() => {
    if (!item) return;
    const timer = setTimeout(onDone, timeoutMs);
    return () => clearTimeout(timer);
  }, [item, onDone, timeoutMs]);

  return (
    <div className="pj-toast-region no-print" role="status">
      {item && (
        <div className="pj-toast">
          <span>{item.message}</span>
          <button
            type="button"
            onClick={() => {
              item.undo();
              onDone();
            }}
          >
            Undo
          </button>
        </div>
      )}
    </div>
  );
}
