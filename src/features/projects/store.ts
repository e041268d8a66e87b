/**
 * The projects store: one zustand store with `persist` on localStorage (compact format, merge
 * before every write, storage events from other tabs merged in). Vanilla (no React): components
 * read it through the hooks in use-projects.ts; other features call actions through
 * `getProjectsStore().getState()`.
 */
import { persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import { checklist } from '@/entities/checklist/content';
import type { ArchitectureProfile } from '@/entities/checklist/types';
import { browserStorage, requestPersistentStorage, STORAGE_KEYS, type StorageLike } from '@/lib/storage';
import { mergeData } from './merge';
import { createId, emptyAnswer, isValidDueDate, LIMITS, nextTimestamp } from './model';
import { migrateToCurrent } from './migrations';
import { decodeStoredState, STORAGE_SCHEMA_VERSION } from './persisted-format';
import { redactSecrets } from '@/lib/redaction';
import { storageHealth } from './storage-health';
import { createSyncedStorage, readStored } from './synced-storage';
import type { Answer, AnswerPatch, Evidence, EvidenceCheck, Project, ProjectsData, TrackerSetting } from '@/entities/project/types';

/** Evidence as passed to `attachEvidence`: the id is optional (one is generated). */
export type EvidenceInput = Omit<Evidence, 'id'> & { id?: string };

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
  /**
   * Adds evidence to an answer (or replaces evidence with the same id), creating the answer if
   * needed. Credentials-looking text is redacted and sizes are clamped. Returns the evidence id,
   * or null when the project does not exist.
   */
  attachEvidence(projectId: string, itemId: string, evidence: EvidenceInput): string | null;
  removeEvidence(projectId: string, itemId: string, evidenceId: string): void;
  /** Sets (or with null removes) the project's issue tracker for hand-off links. */
  setTracker(projectId: string, setting: TrackerSetting | null): void;
  /**
   * Adds an imported project. `replace` overwrites the project with the same id; `copy` (the
   * default) gives it a new id when the id is taken. Returns the id used.
   */
  importProject(project: Project, mode?: 'copy' | 'replace'): string;
}

export interface ProjectsState extends ProjectsData, ProjectsActions {}

export type ProjectsStore = StoreApi<ProjectsState> & {
  persist: { rehydrate: () => Promise<void>; hasHydrated: () => boolean };
  /** Writes this tab's state now (through the merging storage: nothing stored is lost). */
  saveNow: () => void;
};

export interface CreateProjectsStoreOptions {
  storage: StorageLike | null;
  /** Stamped on new projects and on profile changes. */
  contentVersion: string;
  now?: () => number;
  key?: string;
}

function clamp(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

function sanitizeEvidence(input: EvidenceInput, id: string): Evidence {
  const out: Evidence = {
    id,
    kind: input.kind,
    label: clamp(redactSecrets(input.label), LIMITS.evidenceLabel),
    date: clamp(input.date, 100),
  };
  if (input.url !== undefined) out.url = clamp(redactSecrets(input.url), LIMITS.evidenceUrl);
  if (input.verdict !== undefined) out.verdict = input.verdict;
  if (input.checks !== undefined)
    out.checks = input.checks.slice(0, LIMITS.checks).map((c): EvidenceCheck => {
      const check: EvidenceCheck = {
        id: clamp(c.id, 200),
        url: clamp(redactSecrets(c.url), LIMITS.evidenceUrl),
        verdict: c.verdict,
        ms: Number.isFinite(c.ms) && c.ms >= 0 ? c.ms : 0,
        detail: clamp(redactSecrets(c.detail), LIMITS.checkDetail),
      };
      if (c.errorCode !== undefined && Number.isInteger(c.errorCode)) check.errorCode = c.errorCode;
      return check;
    });
  return out;
}

/** The actions alone (stable functions), e.g. for components that must not re-render on data changes. */
export function selectActions(s: ProjectsState): ProjectsActions {
  return {
    createProject: s.createProject,
    renameProject: s.renameProject,
    setProfile: s.setProfile,
    duplicateProject: s.duplicateProject,
    deleteProject: s.deleteProject,
    restoreProject: s.restoreProject,
    updateAnswer: s.updateAnswer,
    attachEvidence: s.attachEvidence,
    removeEvidence: s.removeEvidence,
    setTracker: s.setTracker,
    importProject: s.importProject,
  };
}

function pickData(s: ProjectsData): ProjectsData {
  return { projects: s.projects, tombstones: s.tombstones };
}

/** Creates a store bound to `storage` (tests pass an in-memory storage; the app uses localStorage). */
export function createProjectsStore(options: CreateProjectsStoreOptions): ProjectsStore {
  const now = options.now ?? Date.now;
  const key = options.key ?? STORAGE_KEYS.projects;

  const storage = createSyncedStorage({
    storage: options.storage,
    now,
    onCorrupt: (problem, raw) => storageHealth.reportCorrupt(options.storage, problem, raw),
    onSaveProblem: (problem) => storageHealth.reportSaveProblem(problem),
    onMerged: (merged) => {
      // Outside the current set() call, and merged again with whatever changed in between, so no
      // newer change is dropped; the follow-up write finds nothing new and is skipped.
      queueMicrotask(() => {
        const mine = pickData(store.getState());
        const next = mergeData(mine, merged);
        if (next !== mine) store.setState(pickData(next));
      });
    },
  });

  const store = createStore<ProjectsState>()(
    persist(
      (set, get) => {
        /** Replaces one project, bumping its updatedAt. */
        const putProject = (project: Project) => {
          set((s) => ({ projects: { ...s.projects, [project.id]: project } }));
        };
        const updateProject = (projectId: string, change: (p: Project, t: number) => Project | null) => {
          const current = get().projects[projectId];
          if (!current) return;
          const t = nextTimestamp(now(), current.updatedAt);
          const next = change(current, t);
          if (next && next !== current) putProject({ ...next, updatedAt: Math.max(next.updatedAt, t) });
        };
        const updateAnswerWith = (projectId: string, itemId: string, change: (a: Answer) => Answer | null) => {
          updateProject(projectId, (p, t) => {
            const changed = change(p.answers[itemId] ?? emptyAnswer(0));
            if (!changed) return null;
            return { ...p, updatedAt: t, answers: { ...p.answers, [itemId]: { ...changed, updatedAt: t } } };
          });
        };

        return {
          projects: {},
          tombstones: {},

          createProject({ name, profile }) {
            const t = now();
            const id = createId();
            putProject({
              id,
              name: clamp(name.trim(), LIMITS.name) || 'Untitled project',
              createdAt: t,
              updatedAt: t,
              nameUpdatedAt: t,
              profileUpdatedAt: t,
              profile: { ...EMPTY_PROFILE, ...profile },
              answers: {},
              contentVersion: options.contentVersion,
            });
            return id;
          },

          renameProject(projectId, name) {
            const clean = clamp(name.trim(), LIMITS.name);
            if (!clean) return;
            updateProject(projectId, (p, t) => (p.name === clean ? null : { ...p, name: clean, nameUpdatedAt: t }));
          },

          setProfile(projectId, profile) {
            updateProject(projectId, (p, t) => ({
              ...p,
              profile: { ...profile },
              profileUpdatedAt: t,
              contentVersion: options.contentVersion,
            }));
          },

          duplicateProject(projectId, name) {
            const source = get().projects[projectId];
            if (!source) return null;
            const t = now();
            const id = createId();
            putProject({
              ...source,
              id,
              name: clamp(name?.trim() || `${source.name} (copy)`, LIMITS.name),
              createdAt: t,
              updatedAt: t,
              nameUpdatedAt: t,
              profileUpdatedAt: t,
            });
            return id;
          },

          deleteProject(projectId) {
            const project = get().projects[projectId];
            if (!project) return null;
            const t = nextTimestamp(now(), project.updatedAt);
            set((s) => {
              const projects = { ...s.projects };
              delete projects[projectId];
              return { projects, tombstones: { ...s.tombstones, [projectId]: t } };
            });
            return project;
          },

          restoreProject(project) {
            const deletedAt = get().tombstones[project.id] ?? 0;
            const t = nextTimestamp(now(), Math.max(deletedAt, project.updatedAt));
            set((s) => {
              const tombstones = { ...s.tombstones };
              delete tombstones[project.id];
              return { projects: { ...s.projects, [project.id]: { ...project, updatedAt: t } }, tombstones };
            });
          },

          updateAnswer(projectId, itemId, patch) {
            updateAnswerWith(projectId, itemId, (a) => {
              const next: Answer = { ...a };
              let changed = false;
              if (patch.status !== undefined && patch.status !== a.status) {
                next.status = patch.status;
                changed = true;
              }
              const texts = [
                ['note', LIMITS.note],
                ['naReason', LIMITS.naReason],
                ['owner', LIMITS.owner],
              ] as const;
              for (const [field, max] of texts) {
                const value = patch[field];
                if (value !== undefined && value !== a[field]) {
                  next[field] = clamp(value, max);
                  changed = true;
                }
              }
              if (patch.due !== undefined && patch.due !== a.due && (patch.due === '' || isValidDueDate(patch.due))) {
                next.due = patch.due;
                changed = true;
              }
              return changed ? next : null;
            });
          },

          attachEvidence(projectId, itemId, input) {
            if (!get().projects[projectId]) return null;
            const id = input.id && input.id.length <= 200 ? input.id : createId('e');
            const evidence = sanitizeEvidence(input, id);
            updateAnswerWith(projectId, itemId, (a) => {
              const others = a.evidence.filter((e) => e.id !== id);
              return { ...a, evidence: [...others, evidence].slice(-LIMITS.evidencePerAnswer) };
            });
            return id;
          },

          removeEvidence(projectId, itemId, evidenceId) {
            updateAnswerWith(projectId, itemId, (a) =>
              a.evidence.some((e) => e.id === evidenceId) ? { ...a, evidence: a.evidence.filter((e) => e.id !== evidenceId) } : null,
            );
          },

          setTracker(projectId, setting) {
            // Stored as given: the form validates it (handoff/issue-links.ts parseTrackerSetting).
            const clean = setting && { ...setting, url: clamp(setting.url, 2000) };
            updateProject(projectId, (p, t) =>
              JSON.stringify(p.tracker?.setting ?? null) === JSON.stringify(clean) ? null : { ...p, tracker: { setting: clean, updatedAt: t } },
            );
          },

          importProject(project, mode = 'copy') {
            const existing = get().projects[project.id];
            const t = nextTimestamp(now(), Math.max(existing?.updatedAt ?? 0, get().tombstones[project.id] ?? 0, project.updatedAt));
            if (existing && mode === 'copy') {
              const id = createId();
              putProject({
                ...project,
                id,
                name: clamp(`${project.name} (imported copy)`, LIMITS.name),
                createdAt: t,
                nameUpdatedAt: t,
                profileUpdatedAt: t,
                updatedAt: t,
              });
              return id;
            }
            // Replacing must win the per-answer merge against the old copy (here and in other tabs):
            // every answer of the old or the imported project is rewritten at time t, blank where the
            // imported project has none.
            const answers: Record<string, Answer> = {};
            for (const id of Object.keys(existing?.answers ?? {})) answers[id] = emptyAnswer(t);
            for (const [id, a] of Object.entries(project.answers)) answers[id] = existing ? { ...a, updatedAt: t } : a;
            set((s) => {
              const tombstones = { ...s.tombstones };
              delete tombstones[project.id];
              const imported: Project = {
                ...project,
                answers,
                nameUpdatedAt: existing ? t : project.nameUpdatedAt,
                profileUpdatedAt: existing ? t : project.profileUpdatedAt,
                updatedAt: t,
              };
              return { projects: { ...s.projects, [project.id]: imported }, tombstones };
            });
            return project.id;
          },
        };
      },
      {
        name: key,
        version: STORAGE_SCHEMA_VERSION,
        storage,
        partialize: (s): ProjectsData => pickData(s),
        // The storage decodes and migrates before zustand sees the state (so the guard and the
        // other-tab merge share that path); this stays correct if a raw older state ever reaches it.
        migrate: (persisted, version) => {
          const migrated = migrateToCurrent(persisted, version, STORAGE_SCHEMA_VERSION);
          const decoded = migrated.ok ? decodeStoredState(migrated.value) : null;
          if (!decoded?.ok) throw new Error(migrated.ok ? (decoded?.message ?? 'unreadable') : migrated.error);
          return decoded.data;
        },
        merge: (persisted, current) => (persisted ? { ...current, ...pickData(persisted as ProjectsData) } : current),
      },
    ),
  );
  const result = Object.assign(store, { saveNow: () => {} }) as ProjectsStore;
  result.saveNow = () => {
    void storage.setItem(key, { state: pickData(store.getState()), version: STORAGE_SCHEMA_VERSION });
  };
  return result;
}

/**
 * Pulls what another tab stored and merges it into memory (called on `storage` events).
 * Returns false when the stored value is unreadable (reported to the guard) or unavailable.
 */
export function syncFromStorage(
  store: ProjectsStore,
  storage: StorageLike | null,
  key: string = STORAGE_KEYS.projects,
  options: { writeBack?: boolean } = {},
): boolean {
  const read = readStored(storage, key);
  if (!read.ok) {
    if (read.reason === 'corrupt') storageHealth.reportCorrupt(storage, read.problem, read.raw);
    return false;
  }
  const state = store.getState();
  const mine = pickData(state);
  const stored = read.data ?? { projects: {}, tombstones: {} };
  const merged = mergeData(mine, stored);
  if (merged !== mine) store.setState(pickData(merged));
  // The stored data was reset (removed, or emptied by another tab, e.g. its "Start fresh") or just
  // recovered, while this tab holds projects the storage lacks: keep them and write them back, so
  // this tab's good copy is never discarded silently.
  const reset = read.data === null || (Object.keys(stored.projects).length === 0 && Object.keys(stored.tombstones).length === 0);
  if ((options.writeBack || reset) && mergeData(stored, pickData(store.getState())) !== stored) store.saveNow();
  return true;
}

let singleton: ProjectsStore | null = null;

/**
 * The app's store, created on first use: bound to localStorage, listening to other tabs, reloading
 * after a recovery, and asking the browser for persistent storage.
 */
export function getProjectsStore(): ProjectsStore {
  if (singleton) return singleton;
  const storage = browserStorage();
  const store = createProjectsStore({ storage, contentVersion: checklist.version });
  singleton = store;
  if (typeof window !== 'undefined') {
    storageHealth.registerMemorySource(() => ({ projectCount: Object.keys(store.getState().projects).length }));
    window.addEventListener('storage', (event) => {
      // key null: another tab cleared the storage.
      if (event.key !== STORAGE_KEYS.projects && event.key !== null) return;
      syncFromStorage(store, storage);
    });
    let resetCount = storageHealth.get().resetCount;
    storageHealth.subscribe(() => {
      const h = storageHealth.get();
      if (h.resetCount !== resetCount) {
        resetCount = h.resetCount;
        // Never loaded (the stored data was unreadable from the start): load it now. Otherwise merge
        // the recovered data into memory and write back what only this tab has (a reload would
        // replace this tab's good copy).
        if (!store.persist.hasHydrated()) void store.persist.rehydrate();
        else syncFromStorage(store, storage, STORAGE_KEYS.projects, { writeBack: true });
      }
    });
    void requestPersistentStorage().then((state) => storageHealth.setPersistence(state));
  }
  return store;
}
