import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStorage, STORAGE_KEYS } from '@/lib/storage';
import { encodeSeed, makeData, makeProject } from '@/testing/projects';
import { createProjectsStore } from '@/features/projects/store';
import { checkStoredProjects, storageHealth } from './health';

const KEY = STORAGE_KEYS.projects;
/** Passes the quick check (JSON, envelope, version); only the full decode finds the bad status. */
const DEEP_WRONG = '{"version":1,"state":{"p":[{"i":"x","n":"X","c":1,"u":1,"cv":"1.0.0","a":{"item-1":{"s":"maybe","u":1}}}],"t":{}}}';
const READABLE = encodeSeed(makeData([makeProject({ id: 'p1', name: 'Fine' })]));

beforeEach(() => storageHealth.reset());

describe('the storage guard check', () => {
  it('reports invalid JSON, a wrong envelope and a future version at once, with a backup', () => {
    for (const raw of ['{not json', '[1]', '{"version":99,"state":{}}']) {
      storageHealth.reset();
      const storage = createMemoryStorage();
      storage.setItem(KEY, raw);
      expect(checkStoredProjects(storage).usable).toBe(false);
      const corrupt = storageHealth.get().corrupt;
      expect(corrupt?.raw).toBe(raw);
      expect(storage.getItem(corrupt?.backupKey ?? '')).toBe(raw);
    }
  });

  it('leaves a deeper wrong shape to where projects are read: the store reports it on load and backs it up', async () => {
    const storage = createMemoryStorage();
    storage.setItem(KEY, DEEP_WRONG);
    const check = checkStoredProjects(storage);
    expect(check.usable).toBe(true);
    await check.settled;
    expect(storageHealth.get().corrupt).toBeNull();

    createProjectsStore({ storage, contentVersion: '1.0.0' });
    const corrupt = storageHealth.get().corrupt;
    expect(corrupt?.problem.kind).toBe('wrong-shape');
    expect(corrupt?.problem.message).toContain('state.p[0].a["item-1"].s');
    expect(storage.getItem(corrupt?.backupKey ?? '')).toBe(DEEP_WRONG);
    expect(storage.getItem(KEY)).toBe(DEEP_WRONG);
  });

  it('while the recovery screen is up: leaves it once the stored value is readable again, not before', async () => {
    const storage = createMemoryStorage();
    storage.setItem(KEY, 'garbage');
    checkStoredProjects(storage);
    expect(storageHealth.get().corrupt?.raw).toBe('garbage');

    // Another tab writes a value that passes the quick check but not the full decode: still unreadable.
    storage.setItem(KEY, DEEP_WRONG);
    await checkStoredProjects(storage).settled;
    expect(storageHealth.get().corrupt?.raw).toBe(DEEP_WRONG);
    expect(storageHealth.get().resetCount).toBe(0);

    storage.setItem(KEY, READABLE);
    await checkStoredProjects(storage).settled;
    expect(storageHealth.get().corrupt).toBeNull();
    expect(storageHealth.get().resetCount).toBe(1);
  });

  it('while the recovery screen is up: leaves it when the stored value was removed', () => {
    const storage = createMemoryStorage();
    storage.setItem(KEY, 'garbage');
    checkStoredProjects(storage);
    storage.removeItem(KEY);
    expect(checkStoredProjects(storage).usable).toBe(true);
    expect(storageHealth.get().corrupt).toBeNull();
  });
});
