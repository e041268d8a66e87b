import { beforeEach, describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { createMemoryStorage, STORAGE_KEYS, type StorageLike } from '@/lib/storage';
import { makeAnswer, makeProject } from '@/testing/projects';
import { pendingContentChanges } from './content-notice';
import { mergeProject } from './persistence/merge';
import { encodePersisted } from './persistence/codec';
import { decodePersisted } from './persistence/restore';
import { STORAGE_SCHEMA_VERSION } from './persistence/envelope';
import { createProjectsStore } from './store';
import { storageHealth } from './persistence/health';

function stored(storage: StorageLike) {
  const result = decodePersisted(storage.getItem(STORAGE_KEYS.projects) ?? '');
  if (!result.ok) throw new Error(result.problem.message);
  return result.data;
}

beforeEach(() => storageHealth.reset());

describe('"Checklist updated" notice of a project', () => {
  it('is pending for a project last worked on with 1.0.0, not for a current or dismissed one', () => {
    const old = makeProject({ contentVersion: '1.0.0' });
    const pending = pendingContentChanges(old);
    expect(pending?.to).toBe(checklist.version);
    expect(pending?.added.length).toBeGreaterThan(0);
    expect(pending?.merged.length).toBeGreaterThan(0);
    expect(pendingContentChanges(makeProject({ contentVersion: checklist.version }))).toBeNull();
    expect(pendingContentChanges(makeProject({ contentVersion: '1.0.0', contentNoticeSeen: checklist.version }))).toBeNull();
    // A notice dismissed for an older update does not hide this one.
    expect(pendingContentChanges(makeProject({ contentVersion: '1.0.0', contentNoticeSeen: '1.0.0' }))).not.toBeNull();
  });

  it('is dismissed once per project through the store, without counting as a change to the work', () => {
    const storage = createMemoryStorage();
    const seed = {
      projects: {
        a: makeProject({ id: 'a', updatedAt: 500, answers: { 'turn-auth-mode': makeAnswer({ status: 'no' }) } }),
        b: makeProject({ id: 'b' }),
      },
      tombstones: {},
    };
    storage.setItem(STORAGE_KEYS.projects, encodePersisted(seed));
    const store = createProjectsStore({ storage, contentVersion: checklist.version, now: () => 1_000 });
    expect(pendingContentChanges(store.getState().projects.a!)).not.toBeNull();
    store.getState().dismissContentNotice('a');
    const saved = stored(storage);
    expect(saved.projects.a?.contentNoticeSeen).toBe(checklist.version);
    expect(saved.projects.a?.updatedAt).toBe(500);
    expect(Object.keys(saved.projects.a?.answers ?? {})).toEqual(['turn-cred-authentication-enforced']);
    expect(saved.projects.b?.contentNoticeSeen).toBeUndefined();
    expect(pendingContentChanges(saved.projects.b!)).not.toBeNull();
    const before = store.getState().projects;
    store.getState().dismissContentNotice('a');
    expect(store.getState().projects).toBe(before); // already dismissed: no write
  });

  it('survives a change of profile: the project keeps its older version until the notice is dismissed (issue 9)', () => {
    const storage = createMemoryStorage();
    storage.setItem(STORAGE_KEYS.projects, encodePersisted({ projects: { a: makeProject({ id: 'a', contentVersion: '1.0.0' }) }, tombstones: {} }));
    const store = createProjectsStore({ storage, contentVersion: checklist.version, now: () => 1_000 });
    const profile = { ...store.getState().projects.a!.profile, turn: 'own' as const };
    store.getState().setProfile('a', profile);
    expect(stored(storage).projects.a?.profile.turn).toBe('own');
    expect(stored(storage).projects.a?.contentVersion).toBe('1.0.0');
    expect(pendingContentChanges(store.getState().projects.a!)).not.toBeNull();

    // Once dismissed, the next profile change stamps the project with the current checklist.
    store.getState().dismissContentNotice('a');
    store.getState().setProfile('a', { ...profile, turn: 'none' });
    expect(stored(storage).projects.a?.contentVersion).toBe(checklist.version);
    expect(pendingContentChanges(store.getState().projects.a!)).toBeNull();
  });

  it('is optional in the stored format (no schema version bump): older values load, newer ones round-trip', () => {
    expect(STORAGE_SCHEMA_VERSION).toBe(1);
    const old = '{"version":1,"state":{"p":[{"i":"p1","n":"Old","c":1,"u":2,"cv":"1.0.0"}],"t":{}}}';
    const result = decodePersisted(old);
    expect(result.ok && result.data.projects.p1?.contentNoticeSeen).toBeUndefined();
    const seen = makeProject({ id: 'p2', contentNoticeSeen: '1.1.0' });
    const round = decodePersisted(encodePersisted({ projects: { p2: seen }, tombstones: {} }));
    expect(round.ok && round.data.projects.p2?.contentNoticeSeen).toBe('1.1.0');
  });

  it('merges across tabs: a dismissal in either tab counts, the later version wins', () => {
    const open = makeProject();
    const dismissed = makeProject({ contentNoticeSeen: '1.1.0' });
    expect(mergeProject(open, dismissed).contentNoticeSeen).toBe('1.1.0');
    expect(mergeProject(dismissed, open).contentNoticeSeen).toBe('1.1.0');
    expect(mergeProject(makeProject({ contentNoticeSeen: '1.10.0' }), makeProject({ contentNoticeSeen: '1.9.0' })).contentNoticeSeen).toBe('1.10.0');
    expect(mergeProject(open, makeProject()).contentNoticeSeen).toBeUndefined();
  });
});
