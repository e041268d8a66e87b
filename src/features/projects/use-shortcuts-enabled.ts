import { useCallback, useState } from 'react';
import { readShortcutsEnabled, writeShortcutsEnabled } from './shortcuts-preference';

/** The keyboard shortcuts on/off preference (persisted; default on). */
export function useShortcutsEnabled(): [boolean, (enabled: boolean) => void] {
  const [enabled, setEnabled] = useState(() => readShortcutsEnabled());
  const set = useCallback((next: boolean) => {
    writeShortcutsEnabled(next);
    setEnabled(next);
  }, []);
  return [enabled, set];
}
