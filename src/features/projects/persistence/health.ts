/**
 * The state of the projects' storage, shared by the app-level guard (main bundle) and the store
 * (lazy chunk): unreadable stored data, failed saves, and whether the browser granted persistent
 * storage. A tiny external store for `useSyncExternalStore`; no React here.
 *
 * Also home of the app's one `storage` event listener (`watchStoredProjects`): on a change by
 * another tab it runs the guard's check first, then hands the change to the repository's
 * subscriber (the store's merge), in that order.
 */
import {
  listKeys,
  requestPersistentStorage,
  safeGetItem,
  safeSetItem,
  STORAGE_KEYS,
  type PersistenceState,
  type StorageLike,
} from '@/lib/storage';
import { quickCheck, type StoredDataProblem } from './envelope';

export interface CorruptStorage {
  problem: StoredDataProblem;
  /** The raw stored value, kept in memory for the download even if the backup copy failed. */
  raw: string;
  /** Whether the raw value is saved under a backup key (`backupKey`). */
  backedUp: boolean;
  /** The key holding the copy: `wsc:projects:backup:<ISO time>` (or the legacy key for an older copy). */
  backupKey: string | null;
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
  /** Bumped on every failed save, so a dismissed "storage full" banner reappears on the next failure. */
  saveFailures: number;
}

type Listener = () => void;

const INITIAL: StorageHealth = { corrupt: null, saveProblem: null, persistence: 'unknown', resetCount: 0, saveFailures: 0 };
let health: StorageHealth = INITIAL;
const listeners = new Set<Listener>();
/** This tab's projects in memory (registered by the store, which lives in a lazy chunk). */
let memorySource: (() => { projectCount: number }) | null = null;
let persistenceRequested = false;

function update(patch: Partial<StorageHealth>): void {
  health = { ...health, ...patch };
  for (const l of listeners) l();
}

export const storageHealth = {
  get: (): StorageHealth => health,
  /** The prerendered pages and their hydration assume readable storage; the real state follows at once. */
  getServerSnapshot: (): StorageHealth => INITIAL,
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
    const { key, error } = backUp(storage, raw);
    update({ corrupt: { problem, raw, backedUp: key !== null, backupKey: key, backupError: error } });
  },

  /** How many projects this tab holds in memory (0 before the store exists). */
  memoryProjectCount(): number {
    return memorySource?.().projectCount ?? 0;
  },
  registerMemorySource(source: (() => { projectCount: number }) | null): void {
    memorySource = source;
  },

  /** After "Start fresh" or an import replaced the stored value. */
  markRecovered(): void {
    update({ corrupt: null, resetCount: health.resetCount + 1 });
  },

  reportSaveProblem(problem: SaveProblem | null): void {
    if (problem) health = { ...health, saveFailures: health.saveFailures + 1 };
    const current = health.saveProblem;
    if (current === problem || (current && problem && current.kind === problem.kind && current.message === problem.message)) {
      if (problem) update({});
      return;
    }
    update({ saveProblem: problem });
  },

  setPersistence(persistence: PersistenceState): void {
    if (health.persistence !== persistence) update({ persistence });
  },

  /** Asks the browser for persistent storage, once per page, by whichever reads the projects first. */
  requestPersistence(): void {
    if (persistenceRequested) return;
    persistenceRequested = true;
    void requestPersistentStorage().then((state) => storageHealth.setPersistence(state));
  },

  /** Test helper: back to a clean slate. */
  reset(): void {
    health = INITIAL;
    memorySource = null;
    persistenceRequested = false;
    for (const l of listeners) l();
  },
};

function leaveRecovery(): void {
  if (health.corrupt) storageHealth.markRecovered();
}

/**
 * Copies `raw` to a new timestamped backup key, unless a backup (new or legacy key) already holds
 * exactly this value. Earlier backups are never overwritten or deleted.
 */
function backUp(storage: StorageLike | null, raw: string, now: Date = new Date()): { key: string | null; error: string | null } {
  for (const key of [...listKeys(storage, STORAGE_KEYS.backupPrefix), STORAGE_KEYS.backup]) {
    const existing = safeGetItem(storage, key);
    if (existing.ok && existing.value === raw) return { key, error: null };
  }
  let key = `${STORAGE_KEYS.backupPrefix}${now.toISOString()}`;
  const taken = (k: string) => {
    const r = safeGetItem(storage, k);
    return r.ok && r.value !== null;
  };
  for (let n = 2; taken(key); n++) key = `${STORAGE_KEYS.backupPrefix}${now.toISOString()}-${n}`;
  const written = safeSetItem(storage, key, raw);
  if (written.ok) return { key, error: null };
  return { key: null, error: written.reason === 'quota' ? 'the browser storage is full' : written.message };
}

/**
 * The guard's check, before any page renders and on every change by another tab: JSON, envelope and
 * version only (envelope.ts), so pages that never read projects (the TURN tester, the checklist
 * reference) load no schema code. The full shape is checked where projects are read: the store
 * decodes on load, on every change by another tab and before every write, refuses to overwrite
 * what it cannot read, and reports it here (repository.ts) — the recovery screen then replaces
 * every page. Only while the recovery screen is up does this check decode fully (in a lazy chunk),
 * to leave it once the stored value is readable again (e.g. another tab started fresh).
 * Unreadable data is reported (and backed up) as soon as it is found. Never throws; `usable` is
 * the synchronous verdict, `settled` resolves once a full decode (if any) is done.
 */
export function checkStoredProjects(storage: StorageLike | null): { usable: boolean; settled: Promise<void> } {
  const done = Promise.resolve();
  const read = safeGetItem(storage, STORAGE_KEYS.projects);
  if (!read.ok) return { usable: true, settled: done };
  if (read.value === null) {
    leaveRecovery();
    return { usable: true, settled: done };
  }
  const raw = read.value;
  const quick = quickCheck(raw);
  if (!quick.ok) {
    storageHealth.reportCorrupt(storage, quick.problem, raw);
    return { usable: false, settled: done };
  }
  if (!health.corrupt) return { usable: true, settled: done };
  const settled = import('./restore').then(
    ({ decodePersisted }) => {
      const decoded = decodePersisted(raw);
      if (!decoded.ok) {
        storageHealth.reportCorrupt(storage, decoded.problem, raw);
        return;
      }
      // Readable again: leave the recovery screen (the store merges the stored data with this tab's
      // memory and writes back what only this tab has) — if what is stored now is readable too (it
      // may have changed since this event).
      const current = safeGetItem(storage, STORAGE_KEYS.projects);
      if (current.ok && (current.value === null || current.value === raw || decodePersisted(current.value).ok)) leaveRecovery();
    },
    // The chunk failed to load (offline after an update): the recovery screen stays; a reload or
    // its own actions leave it.
    () => undefined,
  );
  return { usable: true, settled };
}

const changeListeners = new Set<() => void>();
let watching: { storage: StorageLike | null; off: () => void } | null = null;

/**
 * Starts the one `storage` listener (idempotent): when another tab changes or clears the stored
 * projects, the guard's check runs, then every `onStoredProjectsChange` subscriber. Returns a stop function.
 */
export function watchStoredProjects(storage: StorageLike | null, target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
  if (watching) return watching.off;
  const onStorage = (event: StorageEvent) => {
    // key null: another tab cleared the storage.
    if (event.key !== STORAGE_KEYS.projects && event.key !== null) return;
    checkStoredProjects(storage);
    for (const listener of [...changeListeners]) listener();
  };
  target.addEventListener('storage', onStorage);
  const off = () => {
    target.removeEventListener('storage', onStorage);
    watching = null;
  };
  watching = { storage, off };
  return off;
}

/** Subscribes to other tabs' changes of the stored projects (the repository's store sync). */
export function onStoredProjectsChange(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}
