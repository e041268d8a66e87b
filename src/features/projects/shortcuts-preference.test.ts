import { describe, expect, it } from 'vitest';
import { createMemoryStorage, STORAGE_KEYS } from '@/lib/storage';
import { readShortcutsEnabled, writeShortcutsEnabled } from './shortcuts-preference';

describe('keyboard shortcuts preference', () => {
  it('is on by default, and persists off and on', () => {
    const storage = createMemoryStorage();
    expect(readShortcutsEnabled(storage)).toBe(true);
    writeShortcutsEnabled(false, storage);
    expect(storage.getItem(STORAGE_KEYS.shortcuts)).toBe('0');
    expect(readShortcutsEnabled(storage)).toBe(false);
    writeShortcutsEnabled(true, storage);
    expect(readShortcutsEnabled(storage)).toBe(true);
  });

  it('falls back to on when storage is unavailable', () => {
    expect(readShortcutsEnabled(null)).toBe(true);
  });
});
