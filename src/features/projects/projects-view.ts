/**
 * The projects as this tab shows them on the home page, without the store. The list needs only the
 * stored projects, read through the one read path (persistence/read-stored.ts: full decode, so
 * unreadable data still brings up the recovery screen); the store — zustand, the operations and the
 * repository, the only writer — loads on the first thing that needs it: an action (create, rename,
 * duplicate, delete, import), a change by another tab, or a recovery. From then on the store is the
 * source, and it starts from this tab's copy merged with what is stored (merge.ts), so a value
 * another tab emptied or damaged meanwhile never costs this tab's projects, as with any tab that
 * had the store from the start (store.ts `syncFromStorage`). No React here: use-projects-view.ts
 * adapts it.
 */
import { browserStorage, STORAGE_KEYS, type StorageLike } from '@/lib/storage';
import type { ProjectsData } from '@/entities/project/types';
import { emptyData } from './persistence/codec';
import { onStoredProjectsChange, storageHealth, watchStoredProjects } from './persistence/health';
import { mergeData } from './persistence/merge';
import { readStoredProjects, reportReadProblem } from './persistence/read-stored';
import type { ProjectsStore } from './store';

export interface ProjectsView {
  /** What to list: the store's projects once it is loaded, else the stored value as first read. */
  get(): ProjectsData;
  subscribe(listener: () => void): () => void;
  /** Loads the store once, hands it this tab's copy and makes it the source. */
  loadStore(): Promise<ProjectsStore>;
}

export interface ProjectsViewOptions {
  storage: StorageLike | null;
  key?: string;
  /** The app imports store.ts here (a lazy chunk); tests pass a store of their own. */
  loadStore: () => Promise<ProjectsStore>;
}

export function createProjectsView({ storage, key = STORAGE_KEYS.projects, loadStore }: ProjectsViewOptions): ProjectsView {
  let data: ProjectsData = emptyData();
  let started = false;
  let store: ProjectsStore | null = null;
  let loading: Promise<ProjectsStore> | null = null;
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const listener of [...listeners]) listener();
  };

  const adopt = (loaded: ProjectsStore): ProjectsStore => {
    if (store) return store;
    const current = loaded.getState();
    const mine = { projects: current.projects, tombstones: current.tombstones };
    const merged = mergeData(mine, data);
    // A write (merge before write; refused while the stored value is unreadable) only when this tab
    // holds something the store did not load.
    if (merged !== mine) loaded.setState({ projects: merged.projects, tombstones: merged.tombstones });
    store = loaded;
    loaded.subscribe(emit);
    emit();
    return loaded;
  };

  const view: ProjectsView = {
    get() {
      if (store) {
        const { projects, tombstones } = store.getState();
        if (projects !== data.projects || tombstones !== data.tombstones) data = { projects, tombstones };
        return data;
      }
      if (!started) start();
      return data;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    loadStore() {
      loading ??= loadStore().then(adopt, (error: unknown) => {
        loading = null;
        throw error;
      });
      return loading;
    },
  };

  function start(): void {
    started = true;
    const read = readStoredProjects(storage, key);
    if (read.ok) data = read.data ?? emptyData();
    else reportReadProblem(storage, read);
    storageHealth.registerMemorySource(() => ({ projectCount: Object.keys(view.get().projects).length }));
    storageHealth.requestPersistence();
    if (typeof window !== 'undefined') watchStoredProjects(storage);
    const handOver = () => {
      if (!store) void view.loadStore().catch(() => undefined);
    };
    onStoredProjectsChange(handOver);
    let resetCount = storageHealth.get().resetCount;
    storageHealth.subscribe(() => {
      if (storageHealth.get().resetCount === resetCount) return;
      resetCount = storageHealth.get().resetCount;
      handOver();
    });
  }

  return view;
}

let singleton: ProjectsView | null = null;

/** The app's view, bound to localStorage and the app's store. */
export function getProjectsView(): ProjectsView {
  singleton ??= createProjectsView({ storage: browserStorage(), loadStore: () => import('./store').then((m) => m.getProjectsStore()) });
  return singleton;
}
