/**
 * Every localStorage key the app uses, and access wrappers that never throw.
 *
 * localStorage can fail in several ways: it may be missing or blocked (privacy settings, sandboxed
 * iframes throw on the mere `window.localStorage` access), full (QuotaExceededError), or hold data
 * written by another tab or app version. Callers get a result value and decide what to show.
 */

/** All keys in one place. Prefix `wsc:` (WebRTC Security Checklist) keeps them apart from other apps on the origin. */
export const STORAGE_KEYS = {
  /** The projects store (zustand persist envelope; see docs/file-formats.md). */
  projects: 'wsc:projects',
  /**
   * Legacy single backup key (read, never written any more): older versions kept the raw value of an
   * unreadable `projects` here.
   */
  backup: 'wsc:projects:backup',
  /**
   * Prefix of the backup keys: the raw value of `projects` as found when it could not be read is copied to
   * `wsc:projects:backup:<ISO time>` before anything else happens. Earlier backups are never overwritten.
   */
  backupPrefix: 'wsc:projects:backup:',
  /** "1" or "0": whether the assessment's single-key keyboard shortcuts are on (default on). */
  shortcuts: 'wsc:shortcuts',
  /** TURN tester: the URL list, only when the user ticks "Remember these URLs" (never credentials). */
  turnUrls: 'wsc:turn-urls',
  /** TURN tester, sessionStorage: the last run's results (URLs and verdicts, never credentials). */
  turnResults: 'wsc:turn-results',
} as const;

/** The part of the Web Storage API we use: lets unit tests pass an in-memory storage. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Optional (Web Storage has them): lets the backup keys be listed. */
  readonly length?: number;
  key?(index: number): string | null;
}

export type StorageFailure = 'unavailable' | 'quota' | 'error';

export type StorageReadResult = { ok: true; value: string | null } | { ok: false; reason: StorageFailure; message: string };
export type StorageWriteResult = { ok: true } | { ok: false; reason: StorageFailure; message: string };

/** `window.localStorage`, or null when the browser refuses access (the getter itself can throw). */
export function browserStorage(): StorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** `window.sessionStorage` (this tab only, gone when it closes), or null when refused. */
export function browserSessionStorage(): StorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

/** A Map-backed storage for unit tests and as a last resort when localStorage is unavailable. */
export function createMemoryStorage(initial: Record<string, string> = {}): StorageLike & { dump(): Record<string, string> } {
  const map = new Map<string, string>(Object.entries(initial));
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      map.set(key, String(value));
    },
    removeItem: (key) => {
      map.delete(key);
    },
    get length() {
      return map.size;
    },
    key: (index) => [...map.keys()][index] ?? null,
    dump: () => Object.fromEntries(map),
  };
}

/**
 * Whether an error thrown by `setItem` means the storage is full. Browsers disagree on the details:
 * Chrome and Safari throw a DOMException named "QuotaExceededError" (legacy code 22), Firefox
 * "NS_ERROR_DOM_QUOTA_REACHED" (code 1014).
 */
export function isQuotaExceededError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function safeGetItem(storage: StorageLike | null, key: string): StorageReadResult {
  if (!storage) return { ok: false, reason: 'unavailable', message: 'Local storage is not available in this browser.' };
  try {
    return { ok: true, value: storage.getItem(key) };
  } catch (error) {
    return { ok: false, reason: 'error', message: messageOf(error) };
  }
}

export function safeSetItem(storage: StorageLike | null, key: string, value: string): StorageWriteResult {
  if (!storage) return { ok: false, reason: 'unavailable', message: 'Local storage is not available in this browser.' };
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaExceededError(error) ? 'quota' : 'error', message: messageOf(error) };
  }
}

export function safeRemoveItem(storage: StorageLike | null, key: string): StorageWriteResult {
  if (!storage) return { ok: false, reason: 'unavailable', message: 'Local storage is not available in this browser.' };
  try {
    storage.removeItem(key);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: 'error', message: messageOf(error) };
  }
}

/** The keys that start with `prefix`, sorted; empty when the storage cannot be listed. Never throws. */
export function listKeys(storage: StorageLike | null, prefix: string): string[] {
  if (!storage || typeof storage.key !== 'function') return [];
  try {
    const keys: string[] = [];
    const count = storage.length ?? 0;
    for (let i = 0; i < count; i++) {
      const key = storage.key(i);
      if (key !== null && key.startsWith(prefix)) keys.push(key);
    }
    return keys.sort();
  } catch {
    return [];
  }
}

export type PersistenceState = 'persistent' | 'best-effort' | 'unsupported';

/**
 * Asks the browser not to evict this origin's storage under pressure (Storage API,
 * `navigator.storage.persist()`); resolves to what the browser granted. Never rejects.
 */
export async function requestPersistentStorage(nav: Navigator | undefined = globalThis.navigator): Promise<PersistenceState> {
  try {
    const manager = nav?.storage;
    if (!manager || typeof manager.persist !== 'function') return 'unsupported';
    if (typeof manager.persisted === 'function' && (await manager.persisted())) return 'persistent';
    return (await manager.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unsupported';
  }
}
