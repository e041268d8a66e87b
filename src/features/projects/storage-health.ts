/**
 * The state of the projects' storage, shared by the app-level guard (main bundle) and the store
 * (lazy chunk): unreadable stored data, failed saves, and whether the browser granted persistent
 * storage. A tiny external store for `useSyncExternalStore`; no React here.
 */
import {
  safeGetItem,
  safeSetItem,
  STORAGE_KEYS,
  type PersistenceState,
  type StorageLike,
} from '@/lib/storage';
import { quickCheck, type StoredDataProblem } from './stored-value';

export interface CorruptStorage {
  problem: StoredDataProblem;
  /** The raw stored value, kept in memory for the download even if the backup copy failed. */
  raw: string;
  /** Whether the raw value is saved under STORAGE_KEYS.backup. */
  backedUp: boolean;
  backupError: string | null;
}

export interface SaveProblem {
  kind: 'quota' | 'unavailable' | 'error';
  message: string;
}

export interface StorageHealth {
  corrupt: CorruptStorage | null;
  saveProblem: SaveProblem | null;
  persistence: PersistenceState | 'unknown';
  /** Bumped when stored data was replaced from the recovery screen: the store reloads it. */
  resetCount: number;
}

type Listener = () => void;

let health: StorageHealth = { corrupt: null, saveProblem: null, persistence: 'unknown', resetCount: 0 };
const listeners = new Set<Listener>();

function update(patch: Partial<StorageHealth>): void {
  health = { ...health, ...patch };
  for (const l of listeners) l();
}

export const storageHealth = {
  get: (): StorageHealth => health,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  /**
   * Records unreadable stored data. The raw value is copied to the backup key first, before
   * anything else can touch it; the app then shows the recovery screen instead of any page.
   */
  reportCorrupt(storage: StorageLike | null, problem: StoredDataProblem, raw: string): void {
    if (health.corrupt && health.corrupt.raw === raw) return;
    const existing = safeGetItem(storage, STORAGE_KEYS.backup);
    let backedUp = existing.ok && existing.value === raw;
    let backupError: string | null = null;
    if (!backedUp) {
      const written = safeSetItem(storage, STORAGE_KEYS.backup, raw);
      backedUp = written.ok;
      if (!written.ok) backupError = written.reason === 'quota' ? 'the browser storage is full' : written.message;
    }
    update({ corrupt: { problem, raw, backedUp, backupError } });
  },

  /** After "Start fresh" or an import replaced the stored value. */
  markRecovered(): void {
    update({ corrupt: null, resetCount: health.resetCount + 1 });
  },

  reportSaveProblem(problem: SaveProblem | null): void {
    const current = health.saveProblem;
    if (current === problem || (current && problem && current.kind === problem.kind && current.message === problem.message)) return;
    update({ saveProblem: problem });
  },

  setPersistence(persistence: PersistenceState): void {
    if (health.persistence !== persistence) update({ persistence });
  },

  /** Test helper: back to a clean slate. */
  reset(): void {
    health = { corrupt: null, saveProblem: null, persistence: 'unknown', resetCount: 0 };
    for (const l of listeners) l();
  },
};

/**
 * The guard's check, in two steps so the schema library stays out of the initial bundle:
 * synchronously (before any page renders) JSON, envelope and version; then, in a lazily loaded
 * chunk, the full shape. Unreadable data is reported (and backed up) as soon as it is found.
 * Meanwhile nothing can overwrite it: the store decodes before every write and refuses.
 * Never throws; resolves to whether the stored value is usable.
 */
export function checkStoredProjects(storage: StorageLike | null): { usable: boolean; full: Promise<boolean> } {
  const read = safeGetItem(storage, STORAGE_KEYS.projects);
  if (!read.ok || read.value === null) return { usable: true, full: Promise.resolve(true) };
  const raw = read.value;
  const quick = quickCheck(raw);
  if (!quick.ok) {
    storageHealth.reportCorrupt(storage, quick.problem, raw);
    return { usable: false, full: Promise.resolve(false) };
  }
  const full = import('./persisted-format').then(
    ({ decodePersisted }) => {
      const decoded = decodePersisted(raw);
      if (!decoded.ok) storageHealth.reportCorrupt(storage, decoded.problem, raw);
      return decoded.ok;
    },
    // The chunk failed to load (offline after an update): the store, when a page needs it, loads the
    // same code and performs the same check before any write.
    () => true,
  );
  return { usable: true, full };
}
