import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStorage, STORAGE_KEYS, type StorageLike } from '@/lib/storage';
import { makeProject } from '@/testing/projects';
import { mergeProject } from './persistence/merge';
import { encodePersisted } from './persistence/codec';
import { decodePersisted } from './persistence/restore';
import { createProjectsStore } from './store';
import { createProjectFile, parseProjectFile, serializeFile } from './project-file';
import { storageHealth } from './persistence/health';

function clock(start = 1_000) {
  let t = start;
  return () => (t += 10);
}

function stored(storage: StorageLike) {
  const result = decodePersisted(storage.getItem(STORAGE_KEYS.projects) ?? '');
  if (!result.ok) throw new Error(result.problem.message);
  return result.data;
}

beforeEach(() => storageHealth.reset());

const github = { kind: 'github', url: 'https://github.com/acme/webrtc' } as const;
const jira = { kind: 'jira', url: 'https://acme.atlassian.net', projectId: '10000', issueTypeId: '10001' } as const;

describe('issue tracker setting of a project', () => {
  it('is saved, reloaded and removed through the store', () => {
    const storage = createMemoryStorage();
    const store = createProjectsStore({ storage, contentVersion: '1.0.0', now: clock() });
    const id = store.getState().createProject({ name: 'Acme' });
    store.getState().setTracker(id, jira);
    expect(stored(storage).projects[id]?.tracker?.setting).toEqual(jira);
    const before = store.getState().projects[id];
    store.getState().setTracker(id, { ...jira });
    expect(store.getState().projects[id]).toBe(before); // same setting: no write
    store.getState().setTracker(id, null);
    expect(stored(storage).projects[id]?.tracker).toEqual({ setting: null, updatedAt: expect.any(Number) as unknown });
  });

  it('is optional in the stored format: values written before it existed still load', () => {
    const old = '{"version":1,"state":{"p":[{"i":"p1","n":"Old","c":1,"u":2,"cv":"1.0.0"}],"t":{}}}';
    const result = decodePersisted(old);
    expect(result.ok && result.data.projects.p1?.tracker).toBeUndefined();
    const withTracker = makeProject({ id: 'p2', tracker: { setting: github, updatedAt: 5 } });
    const round = decodePersisted(encodePersisted({ projects: { p2: withTracker }, tombstones: {} }));
    expect(round.ok && round.data.projects.p2?.tracker).toEqual({ setting: github, updatedAt: 5 });
  });

  it('merges by its own timestamp, a removal included', () => {
    const a = makeProject({ tracker: { setting: github, updatedAt: 10 } });
    const b = makeProject({ tracker: { setting: null, updatedAt: 20 } });
    expect(mergeProject(a, b).tracker).toEqual({ setting: null, updatedAt: 20 });
    expect(mergeProject(b, a).tracker).toEqual({ setting: null, updatedAt: 20 });
    expect(mergeProject(makeProject(), a).tracker).toEqual(a.tracker);
  });

  it('travels in the project file: export, then import as a copy or replacing the project', () => {
    const storage = createMemoryStorage();
    const store = createProjectsStore({ storage, contentVersion: '1.0.0', now: clock() });
    const id = store.getState().createProject({ name: 'Acme' });
    store.getState().setTracker(id, jira);
    const file = serializeFile(createProjectFile(store.getState().projects[id]!, '1.0.0'));
    store.getState().setTracker(id, github);
    const parsed = parseProjectFile(file);
    if (!parsed.ok) throw new Error(parsed.error);
    const [copy] = store.getState().importProjects(parsed.value.projects, 'copy');
    expect(store.getState().projects[copy!]?.tracker?.setting).toEqual(jira);
    store.getState().importProjects(parsed.value.projects, 'replace');
    expect(stored(storage).projects[id]?.tracker?.setting).toEqual(jira);
    // Replacing with a file that has no tracker removes it (and the removal wins in other tabs).
    const bare = parseProjectFile(serializeFile(createProjectFile(makeProject({ id, name: 'Acme' }), '1.0.0')));
    if (!bare.ok) throw new Error(bare.error);
    store.getState().importProjects(bare.value.projects, 'replace');
    const after = stored(storage).projects[id]?.tracker;
    expect(after?.setting).toBeNull();
    expect(mergeProject(after ? makeProject({ tracker: { setting: jira, updatedAt: 0 } }) : makeProject(), stored(storage).projects[id]!).tracker?.setting).toBeNull();
  });
});
