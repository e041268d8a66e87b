/**
 * Whether the assessment's single-key shortcuts are on (WCAG 2.1.4 lets the user turn them off).
 * Persisted in localStorage under STORAGE_KEYS.shortcuts; default on; never throws.
 */
import { browserStorage, safeGetItem, safeSetItem, STORAGE_KEYS, type StorageLike } from '@/lib/storage';

export function readShortcutsEnabled(storage: StorageLike | null = browserStorage()): boolean {
  const read = safeGetItem(storage, STORAGE_KEYS.shortcuts);
  return !(read.ok && read.value === '0');
}

export function writeShortcutsEnabled(enabled: boolean, storage: StorageLike | null = browserStorage()): void {
  safeSetItem(storage, STORAGE_KEYS.shortcuts, enabled ? '1' : '0');
}
