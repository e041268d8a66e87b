/**
 * The projects store: one zustand store with `persist`, whose storage is the projects repository
 * (persistence/repository.ts: the only writer of the stored value; compact format, merge before
 * every write). Actions are the pure changes of operations.ts, one write per action. Vanilla (no
 * React): components read it through the hooks in use-projects.ts; other features call actions
 * through `getProjectsStore().getState()`.
 */
import { persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { scoringIndex } from '@/entities/checklist/scoring-index';
import type { ArchitectureProfile } from '@/entities/checklist/types';
import { browserStorage, STORAGE_KEYS, type StorageLike } from '@/lib/storage';
import { LIMITS } from './model';
import * as ops from './operations';
import type { EvidenceEntry, EvidenceInput } from './operations';
import { emptyData } from './persistence/codec';
import { STORAGE_SCHEMA_VERSION } from './persistence/envelope';
import { onStoredProjectsChange, storageHealth, watchStoredProjects } from './persistence/health';
import { mergeData } from './persistence/merge';
import { createProjectsRepository, type ProjectsRepository } from './persistence/repository';
import { restore } from './persistence/restore';
import type { AnswerPatch, Project, ProjectsData, TrackerSetting } from '@/entities/project/types';
import type { ProjectOnboarding } from '@/entities/onboarding/types';

export type { EvidenceEntry, EvidenceInput };
export { LIMITS };

export interface ProjectsActions {
  /** Creates a project and returns its id. An empty name becomes "Untitled project". */
  createProject(input: { name: string; profile?: ArchitectureProfile }): string;
  renameProject(projectId: string, name: string): void;
  setProfile(projectId: string, profile: ArchitectureProfile): void;
  /** Copies a project (e.g. for a re-assessment) and returns the new id, or null if not found. */
  duplicateProject(projectId: string, name?: string): string | null;
  /** Deletes a project (leaving a tombstone) and returns it so the caller can offer Undo. */
  deleteProject(projectId: string): Project | null;
  /** Undo of a delete: puts the project back (with a fresh timestamp, so it beats its tombstone). */
  restoreProject(project: Project): void;
  /** Updates fields of one answer; bumps that answer's `updatedAt`. */
  updateAnswer(projectId: string, itemId: string, patch: AnswerPatch): void;
  /** Remembers that this project's "Checklist updated" notice for the current content was dismissed. */
  dismissContentNotice(projectId: string): void;
  /**
   * Adds evidence to an answer (or replaces evidence with the same id), creating the answer if
   * needed. Credentials-looking text is redacted and sizes are clamped. Returns the evidence id,
   * or null when the project does not exist.
   */
  attachEvidence(projectId: string, itemId: string, evidence: EvidenceInput): string | null;
  /** `attachEvidence` for many items of one project in one write (a whole TURN test run). */
  attachEvidenceBatch(projectId: string, entries: readonly EvidenceEntry[]): string[] | null;
  removeEvidence(projectId: string, itemId: string, evidenceId: string): void;
  /** Sets (or with null removes) the project's issue tracker for hand-off links. */
  setTracker(projectId: string, setting: TrackerSetting | null): void;
  /** Closes the current answers into a read-only round and starts the next one; returns the round id. */
  startRound(projectId: string): string | null;
  /** Changes the project's contractor onboarding data; `change` gets the current value (one write). */
  updateOnboarding(projectId: string, change: (current: ProjectOnboarding) => ProjectOnboarding): void;
  /**
   * Adds imported projects in one write. `replace` overwrites the project with the same id; `copy`
   * (the default) gives it a new id when the id is taken. Returns the ids used, in order.
   */
  importProjects(projects: readonly Project[], mode?: 'copy' | 'replace'): string[];
}

export interface ProjectsState extends ProjectsData, ProjectsActions {}

export type ProjectsStore = StoreApi<ProjectsState> & {
  persist: { rehydrate: () => Promise<void>; hasHydrated: () => boolean };
  /** The repository behind the store (tests and the other-tab sync use it). */
  repository: ProjectsRepository;
};

export interface CreateProjectsStoreOptions {
  storage: StorageLike | null;
  /** Stamped on new projects and on profile changes. */
  contentVersion: string;
  now?: () => number;
  key?: string;
}

/** The actions alone (stable functions), e.g. for components that must not re-render on data changes. */
export function selectActions(s: ProjectsState): ProjectsActions {
  const { projects: _p, tombstones: _t, ...actions } = s;
  return actions;
}

function pickData(s: ProjectsData): ProjectsData {
  return { projects: s.projects, tombstones: s.tombstones };
}

type Apply = <R>(change: (data: ProjectsData, now: number) => ops.Change<R>) => R;

function actionsFor(apply: Apply, contentVersion: string): ProjectsActions {
  const data = (change: (d: ProjectsData, now: number) => ProjectsData) => apply((d, now) => ({ data: change(d, now), result: undefined }));
  return {
    createProject: (input) => apply((d, now) => ops.createProject(d, input, now, contentVersion)),
    renameProject: (id, name) => data((d, now) => ops.renameProject(d, id, name, now)),
    setProfile: (id, profile) => data((d, now) => ops.setProfile(d, id, profile, now, contentVersion)),
    duplicateProject: (id, name) => apply((d, now) => ops.duplicateProject(d, id, name, now)),
    deleteProject: (id) => apply((d, now) => ops.deleteProject(d, id, now)),
    restoreProject: (project) => data((d, now) => ops.restoreProject(d, project, now)),
    updateAnswer: (id, itemId, patch) => data((d, now) => ops.updateAnswer(d, id, itemId, patch, now)),
    dismissContentNotice: (id) => data((d) => ops.dismissContentNotice(d, id, contentVersion)),
    attachEvidence: (id, itemId, evidence) => apply((d, now) => ops.attachEvidence(d, id, [{ itemId, evidence }], now))?.[0] ?? null,
    attachEvidenceBatch: (id, entries) => apply((d, now) => ops.attachEvidence(d, id, entries, now)),
    removeEvidence: (id, itemId, evidenceId) => data((d, now) => ops.removeEvidence(d, id, itemId, evidenceId, now)),
    setTracker: (id, setting) => data((d, now) => ops.setTracker(d, id, setting, now)),
    startRound: (id) => apply((d, now) => ops.startRound(d, id, now, scoringIndex.items)),
    updateOnboarding: (id, change) => data((d, now) => ops.updateOnboarding(d, id, change, now)),
    importProjects: (projects, mode = 'copy') => apply((d, now) => ops.importProjects(d, projects, mode, now)),
  };
}

/** Creates a store bound to `storage` (tests pass an in-memory storage; the app uses localStorage). */
export function createProjectsStore(options: CreateProjectsStoreOptions): ProjectsStore {
  const now = options.now ?? Date.now;
  const repository = createProjectsRepository({ storage: options.storage, key: options.key ?? STORAGE_KEYS.projects, now });
  // Another tab contributed during a save: adopt it outside the current set() call, merged again
  // with whatever changed in between, so no newer change is dropped (the follow-up write finds
  // nothing new and is skipped).
  const onMerged = (merged: ProjectsData) =>
    queueMicrotask(() => {
      const mine = pickData(store.getState());
      const next = mergeData(mine, merged);
      if (next !== mine) store.setState(pickData(next));
    });
  const store = createStore<ProjectsState>()(
    persist(
      (set, get) => {
        const apply: Apply = (change) => {
          const current = pickData(get());
          const { data, result } = change(current, now());
          if (data !== current) set(pickData(data));
          return result;
        };
        return { ...emptyData(), ...actionsFor(apply, options.contentVersion) };
      },
      {
        name: repository.key,
        version: STORAGE_SCHEMA_VERSION,
        storage: repository.persistStorage(onMerged),
        partialize: (s): ProjectsData => pickData(s),
        // Runs for a stored value of an older storage format (the repository hands zustand its
        // version): the same restore path as every other read; a failure leaves the store empty
        // and the recovery screen up (it never fails here: getItem hands over only data that decodes).
        migrate: (persisted, version) => {
          const restored = restore(persisted, version);
          if (!restored.ok) throw new Error(restored.error);
          return restored.value;
        },
        merge: (persisted, current) => (persisted ? { ...current, ...pickData(persisted as ProjectsData) } : current),
      },
    ),
  );
  return Object.assign(store, { repository }) as ProjectsStore;
}

/**
 * Pulls what another tab stored and merges it into memory (called on `storage` events).
 * Returns false when the stored value is unreadable (reported to the guard) or unavailable.
 */
export function syncFromStorage(store: ProjectsStore, options: { writeBack?: boolean } = {}): boolean {
  const { repository } = store;
  const read = repository.read();
  if (!read.ok) {
    if (read.reason === 'corrupt') storageHealth.reportCorrupt(repository.storage, read.problem, read.raw);
    return false;
  }
  const mine = pickData(store.getState());
  const stored = read.data ?? emptyData();
  const merged = mergeData(mine, stored);
  if (merged !== mine) store.setState(pickData(merged));
  // The stored data was reset (removed, or emptied by another tab, e.g. its "Start fresh") or just
  // recovered, while this tab holds projects the storage lacks: keep them and write them back, so
  // this tab's good copy is never discarded silently.
  const reset = read.data === null || (Object.keys(stored.projects).length === 0 && Object.keys(stored.tombstones).length === 0);
  if ((options.writeBack || reset) && mergeData(stored, pickData(store.getState())) !== stored) repository.save(pickData(store.getState()));
  return true;
}

let singleton: ProjectsStore | null = null;

/** Reloads or merges after the recovery screen replaced the stored value. */
function followRecoveries(store: ProjectsStore): void {
  let resetCount = storageHealth.get().resetCount;
  storageHealth.subscribe(() => {
    const h = storageHealth.get();
    if (h.resetCount === resetCount) return;
    resetCount = h.resetCount;
    // Never loaded (the stored data was unreadable from the start): load it now. Otherwise merge
    // the recovered data into memory and write back what only this tab has (a reload would
    // replace this tab's good copy).
    if (!store.persist.hasHydrated()) void store.persist.rehydrate();
    else syncFromStorage(store, { writeBack: true });
  });
}

/**
 * The app's store, created on first use: bound to localStorage, following other tabs (through the
 * one storage listener), reloading after a recovery, and asking the browser for persistent storage.
 */
export function getProjectsStore(): ProjectsStore {
  if (singleton) return singleton;
  const storage = browserStorage();
  const store = createProjectsStore({ storage, contentVersion: scoringIndex.version });
  singleton = store;
  if (typeof window !== 'undefined') {
    storageHealth.registerMemorySource(() => ({ projectCount: Object.keys(store.getState().projects).length }));
    watchStoredProjects(storage);
    onStoredProjectsChange(() => syncFromStorage(store));
    followRecoveries(store);
    storageHealth.requestPersistence();
  }
  return store;
}
