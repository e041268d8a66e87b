import { useEffect, useState } from 'react';

export interface UndoItem {
  key: number;
  message: string;
  undo: () => void;
}

interface Props {
  item: UndoItem | null;
  onDone: () => void;
  timeoutMs?: number;
}

/**
 * A polite live region that offers Undo for a few seconds. Always rendered so announcements work.
 * The countdown pauses while the toast has focus or the pointer is over it (WCAG 2.2.1), and starts
 * again in full when both leave.
 */
export function UndoToast({ item, onDone, timeoutMs = 10_000 }: Props) {
  return (
    <div className="pj-toast-region no-print" role="status">
      {item && <Toast key={item.key} item={item} onDone={onDone} timeoutMs={timeoutMs} />}
    </div>
  );
}

function Toast({ item, onDone, timeoutMs }: { item: UndoItem; onDone: () => void; timeoutMs: number }) {
  const [focused, setFocused] = useState(false);
  const [hovered, setHovered] = useState(false);
  const paused = focused || hovered;

  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(onDone, timeoutMs);
    return () => clearTimeout(timer);
  }, [onDone, timeoutMs, paused]);

  return (
    <div
      className="pj-toast"
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
      }}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
    >
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
  );
}
