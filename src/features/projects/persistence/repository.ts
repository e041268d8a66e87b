/**
 * The projects repository: the only code that writes the stored projects value (`wsc:projects`),
 * and the only consumer of other tabs' changes (through the one `storage` listener in health.ts).
 *
 * - `persistStorage` is the zustand `PersistStorage` behind the store. Hydration hands zustand the
 *   stored version, so an older value goes through the store's `migrate` (restore.ts); every
 *   `setItem` re-reads the stored value (another tab may have written since), merges it into the
 *   state being saved (per answer, by timestamp; see merge.ts), writes the result only if it
 *   differs, and hands the merged state back when the other tab contributed something.
 * - `read()` decodes what is stored now (other-tab sync).
 * - `replace()` writes a whole new value: the recovery screen's "Start fresh" and import.
 *
 * Unreadable stored data is never overwritten by a save: the write is refused and the problem
 * reported (the recovery screen then offers `replace`). A full storage keeps the change in memory
 * and reports a save problem instead of throwing; so does any unexpected error while saving.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { safeSetItem, type StorageLike, type StorageWriteResult } from '@/lib/storage';
import type { ProjectsData } from '@/entities/project/types';
import { emptyData, encodePersisted } from './codec';
import { quickCheck, STORAGE_SCHEMA_VERSION, type StoredDataProblem } from './envelope';
import { storageHealth } from './health';
import { mergeData, pruneTombstones } from './merge';
import { readStoredProjects, reportReadProblem, saveProblemFor, type ReadStoredResult } from './read-stored';
import { rememberEncoded } from './restore';

export interface RepositoryOptions {
  storage: StorageLike | null;
  key: string;
  now: () => number;
}

class StoredDataUnreadableError extends Error {
  constructor(readonly problem: StoredDataProblem) {
    super(problem.message);
    this.name = 'StoredDataUnreadableError';
  }
}

export interface ProjectsRepository {
  readonly storage: StorageLike | null;
  readonly key: string;
  /** For zustand `persist`; `onMerged` receives data another tab contributed during a save. */
  persistStorage(onMerged: (merged: ProjectsData) => void): PersistStorage<ProjectsData>;
  read(): ReadStoredResult;
  /** Merge-before-write. Returns the data now stored (merged), or null when nothing could be written. */
  save(data: ProjectsData): ProjectsData | null;
  /** Replaces the stored value whatever it holds (recovery), then leaves the recovery screen. */
  replace(data: ProjectsData): StorageWriteResult;
}

export function createProjectsRepository({ storage, key, now }: RepositoryOptions): ProjectsRepository {
  const read = (): ReadStoredResult => readStoredProjects(storage, key);

  const refuse = (result: Exclude<ReadStoredResult, { ok: true }>): null => {
    reportReadProblem(storage, result);
    return null;
  };

  const saveUnsafe = (data: ProjectsData): ProjectsData | null => {
    const stored = read();
    if (!stored.ok) return refuse(stored);
    const merged = pruneTombstones(mergeData(data, stored.data ?? emptyData()), now());
    const encoded = encodePersisted(merged);
    if (encoded !== stored.raw) {
      const written = safeSetItem(storage, key, encoded);
      if (!written.ok) {
        storageHealth.reportSaveProblem(saveProblemFor(written.reason, written.message));
        return merged;
      }
    }
    rememberEncoded(encoded, merged);
    storageHealth.reportSaveProblem(null);
    return merged;
  };

  const save = (data: ProjectsData): ProjectsData | null => {
    try {
      return saveUnsafe(data);
    } catch (error) {
      // A defect, not a user error: still never lose the change silently.
      storageHealth.reportSaveProblem(saveProblemFor('error', error instanceof Error ? error.message : String(error)));
      return null;
    }
  };

  return {
    storage,
    key,
    read,
    save,
    replace(data) {
      const encoded = encodePersisted(data);
      const written = safeSetItem(storage, key, encoded);
      if (written.ok) {
        rememberEncoded(encoded, data);
        storageHealth.markRecovered();
      }
      return written;
    },
    persistStorage(onMerged) {
      return {
        getItem(): StorageValue<ProjectsData> | null {
          const stored = read();
          if (!stored.ok) {
            refuse(stored);
            // Hydration fails and the store starts empty; every later save is refused (see save).
            if (stored.reason === 'corrupt') throw new StoredDataUnreadableError(stored.problem);
            return null;
          }
          if (stored.data === null || stored.raw === null) return null;
          const quick = quickCheck(stored.raw);
          // An older format: zustand sees its version and state, and runs the store's `migrate`.
          if (quick.ok && quick.version !== STORAGE_SCHEMA_VERSION) return { state: quick.state as ProjectsData, version: quick.version };
          return { state: stored.data, version: STORAGE_SCHEMA_VERSION };
        },
        setItem(_name, value) {
          const merged = save(value.state);
          if (merged && merged !== value.state) onMerged(merged);
        },
        removeItem() {
          // The projects are never removed wholesale; "Start fresh" replaces them with an empty list.
        },
      };
    },
  };
}
