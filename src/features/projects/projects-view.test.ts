import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStorage, STORAGE_KEYS, type StorageLike } from '@/lib/storage';
import { encodeSeed, makeData, makeProject } from '@/testing/projects';
import type * as HealthModule from './persistence/health';
import type * as RestoreModule from './persistence/restore';
import type * as ViewModule from './projects-view';
import type * as StoreModule from './store';

const KEY = STORAGE_KEYS.projects;
const PRECIOUS = encodeSeed(makeData([makeProject({ id: 'p1', name: 'Precious' })]));
/** Passes the guard's quick check; only the full decode finds the bad status. */
const DEEP_WRONG = '{"version":1,"state":{"p":[{"i":"x","n":"X","c":1,"u":1,"cv":"1.0.0","a":{"item-1":{"s":"maybe","u":1}}}],"t":{}}}';

// Fresh modules per test: the one storage listener and its subscribers are module state.
let mod: {
  view: typeof ViewModule;
  health: typeof HealthModule;
  store: typeof StoreModule;
  restore: typeof RestoreModule;
};
beforeEach(async () => {
  vi.resetModules();
  mod = {
    view: await import('./projects-view'),
    health: await import('./persistence/health'),
    store: await import('./store'),
    restore: await import('./persistence/restore'),
  };
});

/** A window stand-in for the one `storage` listener: `change(key)` is another tab's write. */
function otherTabs(storage: StorageLike) {
  let handler: ((event: StorageEvent) => void) | null = null;
  const target = {
    addEventListener: (_type: string, h: (event: StorageEvent) => void) => {
      handler = h;
    },
    removeEventListener: () => undefined,
  } as unknown as Pick<Window, 'addEventListener' | 'removeEventListener'>;
  mod.health.watchStoredProjects(storage, target);
  return { change: (key: string | null = KEY) => handler?.({ key } as StorageEvent) };
}

function setup(raw: string | null) {
  const storage = createMemoryStorage(raw === null ? {} : { [KEY]: raw });
  const loadStore = vi.fn(() => Promise.resolve(mod.store.createProjectsStore({ storage, contentVersion: '1.0.0' })));
  const view = mod.view.createProjectsView({ storage, loadStore });
  return { storage, loadStore, view };
}

function names(data: { projects: Record<string, { name: string }> }): string[] {
  return Object.values(data.projects).map((p) => p.name);
}

function storedNames(storage: StorageLike): string[] {
  const decoded = mod.restore.decodePersisted(storage.getItem(KEY) ?? '');
  if (!decoded.ok) throw new Error(decoded.problem.message);
  return names(decoded.data);
}

describe('the projects view (home page list before the store loads)', () => {
  it('lists the stored projects through the full decode, without loading the store', () => {
    const { view, loadStore } = setup(PRECIOUS);
    const first = view.get();
    expect(names(first)).toEqual(['Precious']);
    expect(view.get()).toBe(first);
    expect(loadStore).not.toHaveBeenCalled();
    expect(mod.health.storageHealth.memoryProjectCount()).toBe(1);
  });

  it('a wrong shape deep inside brings up the recovery screen (backed up), and lists nothing', () => {
    const { view, storage } = setup(DEEP_WRONG);
    expect(names(view.get())).toEqual([]);
    const corrupt = mod.health.storageHealth.get().corrupt;
    expect(corrupt?.problem.message).toContain('state.p[0].a["item-1"].s');
    expect(storage.getItem(corrupt?.backupKey ?? '')).toBe(DEEP_WRONG);
  });

  it('an action loads the store once; the store is the source from then on', async () => {
    const { view, loadStore, storage } = setup(PRECIOUS);
    view.get();
    const listener = vi.fn();
    view.subscribe(listener);
    const [store, again] = await Promise.all([view.loadStore(), view.loadStore()]);
    expect(again).toBe(store);
    expect(loadStore).toHaveBeenCalledTimes(1);
    store.getState().createProject({ name: 'Second' });
    expect(names(view.get()).sort()).toEqual(['Precious', 'Second']);
    expect(listener).toHaveBeenCalled();
    expect(storedNames(storage).sort()).toEqual(['Precious', 'Second']);
  });

  it('another tab empties the storage: the store takes over and writes this tab’s projects back', async () => {
    const { view, storage, loadStore } = setup(PRECIOUS);
    const tabs = otherTabs(storage);
    expect(names(view.get())).toEqual(['Precious']);
    storage.setItem(KEY, encodeSeed(makeData([])));
    tabs.change();
    expect(loadStore).toHaveBeenCalledTimes(1);
    await view.loadStore();
    expect(names(view.get())).toEqual(['Precious']);
    expect(storedNames(storage)).toEqual(['Precious']);
  });

  it('another tab damages the storage: nothing is overwritten, and this tab’s copy stays for the export', async () => {
    const { view, storage } = setup(PRECIOUS);
    const tabs = otherTabs(storage);
    view.get();
    storage.setItem(KEY, DEEP_WRONG);
    tabs.change();
    await view.loadStore();
    expect(mod.health.storageHealth.get().corrupt?.raw).toBe(DEEP_WRONG);
    expect(storage.getItem(KEY)).toBe(DEEP_WRONG);
    expect(names(view.get())).toEqual(['Precious']);
    expect(mod.health.storageHealth.memoryProjectCount()).toBe(1);
  });

  it('a store that cannot be loaded is reported to the caller, and the next action tries again', async () => {
    const storage = createMemoryStorage({ [KEY]: PRECIOUS });
    const loadStore = vi
      .fn<() => Promise<StoreModule.ProjectsStore>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockImplementation(() => Promise.resolve(mod.store.createProjectsStore({ storage, contentVersion: '1.0.0' })));
    const view = mod.view.createProjectsView({ storage, loadStore });
    view.get();
    await expect(view.loadStore()).rejects.toThrow('offline');
    expect(names(view.get())).toEqual(['Precious']);
    await expect(view.loadStore()).resolves.toBeDefined();
    expect(loadStore).toHaveBeenCalledTimes(2);
  });
});
