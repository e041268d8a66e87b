/**
 * The zustand `PersistStorage` behind the projects store: localStorage in the compact format, with
 * a merge before every write so a tab never writes back a whole stale state.
 *
 * Every `setItem` re-reads the stored value (another tab may have written since), merges it into
 * the state being saved (per answer, by timestamp; see merge.ts), writes the result only if it
 * differs, and hands the merged state back to the store when the other tab contributed something.
 * Unreadable stored data is never overwritten: the write is refused and the problem reported.
 * A full storage keeps the change in memory and reports a save problem instead of throwing.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { safeGetItem, safeSetItem, type StorageLike } from '@/lib/storage';
import { mergeData, pruneTombstones } from './merge';
import { decodePersisted, emptyData, encodePersisted, rememberEncoded, STORAGE_SCHEMA_VERSION } from './persisted-format';
import type { StoredDataProblem } from './persisted-format';
import type { SaveProblem } from './storage-health';
import type { ProjectsData } from '@/entities/project/types';

export interface SyncedStorageOptions {
  storage: StorageLike | null;
  now: () => number;
  onCorrupt: (problem: StoredDataProblem, raw: string) => void;
  onSaveProblem: (problem: SaveProblem | null) => void;
  /** The stored state had changes this tab did not have: adopt `merged`. */
  onMerged: (merged: ProjectsData) => void;
}

class StoredDataUnreadableError extends Error {
  constructor(readonly problem: StoredDataProblem) {
    super(problem.message);
    this.name = 'StoredDataUnreadableError';
  }
}

export type ReadStoredResult =
  | { ok: true; data: ProjectsData | null; raw: string | null }
  | { ok: false; reason: 'unavailable'; message: string }
  | { ok: false; reason: 'corrupt'; problem: StoredDataProblem; raw: string };

/** Reads and decodes the stored value (null when nothing is stored). */
export function readStored(storage: StorageLike | null, key: string): ReadStoredResult {
  const read = safeGetItem(storage, key);
  if (!read.ok) return { ok: false, reason: 'unavailable', message: read.message };
  if (read.value === null) return { ok: true, data: null, raw: null };
  const decoded = decodePersisted(read.value);
  if (!decoded.ok) return { ok: false, reason: 'corrupt', problem: decoded.problem, raw: read.value };
  return { ok: true, data: decoded.data, raw: read.value };
}

function saveProblemFor(reason: 'quota' | 'unavailable' | 'error', message: string): SaveProblem {
  if (reason === 'quota')
    return {
      kind: 'quota',
      message:
        'Your last change could not be saved because this browser’s storage for the app is full. It is kept in this tab until you close or reload it.',
    };
  if (reason === 'unavailable')
    return {
      kind: 'unavailable',
      message: 'This browser does not let the app use local storage, so changes are kept in this tab only until you close or reload it.',
    };
  return { kind: 'error', message: `Your last change could not be saved (${message}). It is kept in this tab until you close or reload it.` };
}

export function createSyncedStorage(options: SyncedStorageOptions): PersistStorage<ProjectsData> {
  const { storage, now } = options;
  return {
    getItem(name): StorageValue<ProjectsData> | null {
      const read = readStored(storage, name);
      if (!read.ok) {
        if (read.reason === 'corrupt') {
          options.onCorrupt(read.problem, read.raw);
          // Hydration fails and the store starts empty; every later write is refused (see setItem).
          throw new StoredDataUnreadableError(read.problem);
        }
        options.onSaveProblem(saveProblemFor('unavailable', read.message));
        return null;
      }
      return read.data ? { state: read.data, version: STORAGE_SCHEMA_VERSION } : null;
    },

    setItem(name, value) {
      const state = value.state;
      const read = readStored(storage, name);
      if (!read.ok) {
        if (read.reason === 'corrupt') options.onCorrupt(read.problem, read.raw);
        else options.onSaveProblem(saveProblemFor('unavailable', read.message));
        return;
      }
      const merged = pruneTombstones(mergeData(state, read.data ?? emptyData()), now());
      const encoded = encodePersisted(merged);
      if (encoded !== read.raw) {
        const written = safeSetItem(storage, name, encoded);
        if (!written.ok) {
          options.onSaveProblem(saveProblemFor(written.reason, written.message));
          if (merged !== state) options.onMerged(merged);
          return;
        }
      }
      rememberEncoded(encoded, merged);
      options.onSaveProblem(null);
      if (merged !== state) options.onMerged(merged);
    },

    removeItem() {
      // The projects are never removed wholesale; "Start fresh" writes an empty state explicitly.
    },
  };
}
