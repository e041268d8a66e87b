import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import { getOwn } from '@/lib/dict';
import { createMemoryStorage, STORAGE_KEYS, type StorageLike } from '@/lib/storage';
import { makeAnswer, makeData, makeProject } from '@/testing/projects';
import { MAX_TIMESTAMP } from './model';
import { createProjectFile, parseProjectFile, serializeFile } from './project-file';
import { encodePersisted } from './persistence/codec';
import { decodePersisted } from './persistence/restore';
import { createProjectsStore, syncFromStorage, type ProjectsStore } from './store';
import { storageHealth } from './persistence/health';

const KEY = STORAGE_KEYS.projects;

function clock(start = 1_000) {
  let t = start;
  return () => (t += 10);
}

function stored(storage: StorageLike) {
  const raw = storage.getItem(KEY);
  if (raw === null) return null;
  const result = decodePersisted(raw);
  if (!result.ok) throw new Error(result.problem.message);
  return result.data;
}

/** Lets queued merges (queueMicrotask) run. */
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function tab(storage: StorageLike, now = clock()): ProjectsStore {
  return createProjectsStore({ storage, contentVersion: '1.0.0', now });
}

beforeEach(() => storageHealth.reset());

describe('projects store', () => {
  it('saves every change immediately and bumps only the changed answer', () => {
    const storage = createMemoryStorage();
    const store = tab(storage);
    const id = store.getState().createProject({ name: '  Acme video  ', profile: { ...EMPTY_PROFILE, turn: 'own' } });
    expect(stored(storage)?.projects[id]?.name).toBe('Acme video');
    store.getState().updateAnswer(id, 'a', { status: 'yes' });
    store.getState().updateAnswer(id, 'b', { status: 'no', note: 'todo' });
    const before = store.getState().projects[id]?.answers.a?.updatedAt;
    store.getState().updateAnswer(id, 'b', { owner: 'Ops', due: '2026-02-30' }); // invalid date ignored
    const p = stored(storage)?.projects[id];
    expect(p?.answers.a?.updatedAt).toBe(before);
    expect(p?.answers.b).toMatchObject({ status: 'no', note: 'todo', owner: 'Ops', due: '' });
    expect(p?.answers.b?.updatedAt).toBeGreaterThan(before ?? 0);
    expect(p?.updatedAt).toBe(p?.answers.b?.updatedAt);
  });

  it('two tabs: different answers given in each both survive, and each tab sees the other', async () => {
    const storage = createMemoryStorage();
    const now = clock();
    const tabA = tab(storage, now);
    const id = tabA.getState().createProject({ name: 'Shared' });
    const tabB = tab(storage, now); // opened after the project existed
    tabA.getState().updateAnswer(id, 'item-a', { status: 'yes' });
    // Tab B has not received the storage event yet: its memory is stale.
    expect(tabB.getState().projects[id]?.answers['item-a']).toBeUndefined();
    tabB.getState().updateAnswer(id, 'item-b', { status: 'no' });
    const saved = stored(storage)?.projects[id]?.answers;
    expect(saved?.['item-a']?.status).toBe('yes');
    expect(saved?.['item-b']?.status).toBe('no');
    await flush();
    expect(tabB.getState().projects[id]?.answers['item-a']?.status).toBe('yes'); // merged back on write
    syncFromStorage(tabA); // the storage event in tab A
    expect(tabA.getState().projects[id]?.answers['item-b']?.status).toBe('no');
  });

  it('keeps a change made while a merge from the other tab is pending', async () => {
    const storage = createMemoryStorage();
    const now = clock();
    const tabA = tab(storage, now);
    const id = tabA.getState().createProject({ name: 'Shared' });
    const tabB = tab(storage, now);
    tabB.getState().updateAnswer(id, 'x', { status: 'yes' });
    tabA.getState().updateAnswer(id, 'y', { status: 'no' }); // merges x in, adoption queued
    tabA.getState().updateAnswer(id, 'z', { status: 'partial' }); // before the queued adoption runs
    await flush();
    const answers = tabA.getState().projects[id]?.answers;
    expect([answers?.x?.status, answers?.y?.status, answers?.z?.status]).toEqual(['yes', 'no', 'partial']);
    expect(Object.keys(stored(storage)?.projects[id]?.answers ?? {}).sort()).toEqual(['x', 'y', 'z']);
  });

  it('a stale tab never writes back older values for answers it did not touch', async () => {
    const storage = createMemoryStorage();
    const now = clock();
    const tabA = tab(storage, now);
    const id = tabA.getState().createProject({ name: 'Shared' });
    tabA.getState().updateAnswer(id, 'x', { status: 'no' });
    const tabB = tab(storage, now);
    tabA.getState().updateAnswer(id, 'x', { status: 'yes', note: 'fixed' });
    tabB.getState().renameProject(id, 'Renamed in B');
    const p = stored(storage)?.projects[id];
    expect(p?.answers.x).toMatchObject({ status: 'yes', note: 'fixed' });
    expect(p?.name).toBe('Renamed in B');
    await flush();
    expect(tabB.getState().projects[id]?.answers.x?.status).toBe('yes');
  });

  it('a project deleted in one tab is not resurrected by the other; undo brings it back everywhere', async () => {
    const storage = createMemoryStorage();
    const now = clock();
    const tabA = tab(storage, now);
    const id = tabA.getState().createProject({ name: 'Doomed' });
    const keep = tabA.getState().createProject({ name: 'Keep' });
    const tabB = tab(storage, now);
    const deleted = tabA.getState().deleteProject(id);
    expect(deleted?.name).toBe('Doomed');
    tabB.getState().updateAnswer(keep, 'x', { status: 'yes' }); // stale tab writes
    expect(stored(storage)?.projects[id]).toBeUndefined();
    await flush();
    expect(tabB.getState().projects[id]).toBeUndefined();

    tabA.getState().restoreProject(deleted!);
    syncFromStorage(tabB);
    expect(tabB.getState().projects[id]?.name).toBe('Doomed');
    expect(stored(storage)?.tombstones[id]).toBeUndefined();
  });

  it('skips the write when nothing changed, so storage events do not ping-pong', () => {
    const storage = createMemoryStorage();
    const store = tab(storage);
    const id = store.getState().createProject({ name: 'P' });
    let writes = 0;
    const counting: StorageLike = {
      getItem: (k) => storage.getItem(k),
      setItem: (k, v) => {
        writes++;
        storage.setItem(k, v);
      },
      removeItem: (k) => storage.removeItem(k),
    };
    const other = tab(counting);
    syncFromStorage(other);
    other.setState({});
    expect(writes).toBe(0);
    other.getState().updateAnswer(id, 'a', { status: 'yes' });
    expect(writes).toBe(1);
  });

  it('keeps changes in memory and reports when the storage is full; no exception escapes', () => {
    const memory = createMemoryStorage();
    let full = false;
    const storage: StorageLike = {
      getItem: (k) => memory.getItem(k),
      setItem: (k, v) => {
        if (full) throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError', code: 22 });
        memory.setItem(k, v);
      },
      removeItem: (k) => memory.removeItem(k),
    };
    const store = tab(storage);
    const id = store.getState().createProject({ name: 'P' });
    full = true;
    expect(() => store.getState().updateAnswer(id, 'a', { status: 'yes' })).not.toThrow();
    expect(store.getState().projects[id]?.answers.a?.status).toBe('yes');
    expect(storageHealth.get().saveProblem?.kind).toBe('quota');
    expect(stored(memory)?.projects[id]?.answers.a).toBeUndefined();
    full = false;
    store.getState().updateAnswer(id, 'b', { status: 'no' });
    expect(storageHealth.get().saveProblem).toBeNull();
    expect(stored(memory)?.projects[id]?.answers.a?.status).toBe('yes'); // the kept change is saved now
  });

  it('works (in memory) when localStorage is unavailable', () => {
    const store = tab(null as unknown as StorageLike);
    const id = store.getState().createProject({ name: 'P' });
    expect(store.getState().projects[id]).toBeDefined();
    expect(storageHealth.get().saveProblem?.kind).toBe('unavailable');
  });

  it('never overwrites unreadable stored data and backs it up first', () => {
    const storage = createMemoryStorage({ [KEY]: '{not json' });
    const store = tab(storage);
    expect(storageHealth.get().corrupt?.problem.kind).toBe('invalid-json');
    expect(storage.getItem(storageHealth.get().corrupt?.backupKey ?? '')).toBe('{not json');
    store.getState().createProject({ name: 'P' });
    expect(storage.getItem(KEY)).toBe('{not json');
  });

  it('attachEvidence adds, replaces by id, redacts credentials and creates the answer', () => {
    const storage = createMemoryStorage();
    const store = tab(storage);
    const id = store.getState().createProject({ name: 'P' });
    const evidenceId = store.getState().attachEvidence(id, 'turn-short-lived', {
      kind: 'turn-test',
      label: 'TURN test',
      url: 'turns:alice:s3cret@turn.example.com:443?transport=tcp',
      verdict: 'warn',
      date: '2026-01-15T09:00:00.000Z',
      checks: [{ id: 'c1', url: 'https://api.example.com/turn?secret=abc123', verdict: 'pass', ms: 12, detail: 'password=hunter2 accepted' }],
    });
    expect(evidenceId).toMatch(/^e/);
    const answer = stored(storage)?.projects[id]?.answers['turn-short-lived'];
    expect(answer?.status).toBeNull();
    const json = JSON.stringify(answer);
    expect(json).not.toMatch(/s3cret|abc123|hunter2/);
    store.getState().attachEvidence(id, 'turn-short-lived', { id: evidenceId!, kind: 'turn-test', label: 'Re-run', verdict: 'pass', date: '2026-01-16T09:00:00.000Z' });
    expect(store.getState().projects[id]?.answers['turn-short-lived']?.evidence).toEqual([
      { id: evidenceId, kind: 'turn-test', label: 'Re-run', verdict: 'pass', date: '2026-01-16T09:00:00.000Z' },
    ]);
    expect(store.getState().attachEvidence('missing', 'x', { kind: 'link', label: 'x', date: '' })).toBeNull();
    store.getState().removeEvidence(id, 'turn-short-lived', evidenceId!);
    expect(store.getState().projects[id]?.answers['turn-short-lived']?.evidence).toEqual([]);
  });

  it('duplicates a project with its answers under a new id', () => {
    const store = tab(createMemoryStorage());
    const id = store.getState().createProject({ name: 'Q1' });
    store.getState().updateAnswer(id, 'a', { status: 'partial', note: 'n' });
    const copy = store.getState().duplicateProject(id, 'Q2');
    expect(copy).not.toBe(id);
    expect(store.getState().projects[copy!]).toMatchObject({ name: 'Q2', answers: { a: { status: 'partial', note: 'n' } } });
  });

  it('imports as a copy when the id exists, and replace wins over newer local answers', () => {
    const storage = createMemoryStorage();
    const now = clock(5_000);
    const store = tab(storage, now);
    const id = store.getState().createProject({ name: 'Local' });
    store.getState().updateAnswer(id, 'local-only', { status: 'yes' });
    const incoming = { ...store.getState().projects[id]!, name: 'From file', answers: { x: { status: 'no' as const, note: '', naReason: '', owner: '', due: '', evidence: [], updatedAt: 1 } } };
    const copyId = store.getState().importProjects([incoming], 'copy')[0]!;
    expect(copyId).not.toBe(id);
    expect(store.getState().projects[id]?.name).toBe('Local');
    expect(store.getState().projects[copyId]?.name).toBe('From file (imported copy)');

    const other = tab(storage, now); // a second tab still holding the old project
    expect(store.getState().importProjects([incoming], 'replace')[0]).toBe(id);
    const p = stored(storage)?.projects[id];
    expect(p?.name).toBe('From file');
    expect(p?.answers.x?.status).toBe('no');
    expect(p?.answers['local-only']?.status).toBeNull();
    other.getState().updateAnswer(copyId, 'y', { status: 'yes' });
    expect(stored(storage)?.projects[id]?.answers['local-only']?.status).toBeNull();
  });
});

describe('another tab resets or damages the stored data', () => {
  it('keeps this tab’s projects and writes them back when the stored data was emptied', () => {
    const storage = createMemoryStorage();
    const store = tab(storage);
    const id = store.getState().createProject({ name: 'Precious' });
    // Another tab writes garbage, then starts fresh (an empty project list, no tombstones).
    storage.setItem(KEY, 'garbage');
    expect(syncFromStorage(store)).toBe(false);
    expect(storageHealth.get().corrupt).not.toBeNull();
    expect(store.getState().projects[id]?.name).toBe('Precious');
    storage.setItem(KEY, JSON.stringify({ version: 1, state: { p: [], t: {} } }));
    expect(syncFromStorage(store)).toBe(true);
    expect(stored(storage)?.projects[id]?.name).toBe('Precious');
  });

  it('writes this tab’s projects back when the stored value was removed', () => {
    const storage = createMemoryStorage();
    const store = tab(storage);
    const id = store.getState().createProject({ name: 'Kept' });
    storage.removeItem(KEY);
    syncFromStorage(store);
    expect(stored(storage)?.projects[id]?.name).toBe('Kept');
  });

  it('a deletion in another tab still wins (tombstone), nothing is written back', () => {
    const storage = createMemoryStorage();
    const now = clock();
    const a = tab(storage, now);
    const id = a.getState().createProject({ name: 'Gone' });
    const b = tab(storage, now);
    syncFromStorage(b);
    b.getState().deleteProject(id);
    syncFromStorage(a);
    expect(a.getState().projects[id]).toBeUndefined();
    expect(stored(storage)?.projects[id]).toBeUndefined();
  });

  it('keeps every backup: a later corruption gets a new timestamped key', () => {
    const storage = createMemoryStorage();
    storageHealth.reportCorrupt(storage, { kind: 'invalid-json', message: 'x' }, 'first');
    storageHealth.markRecovered();
    storageHealth.reportCorrupt(storage, { kind: 'invalid-json', message: 'x' }, 'second');
    storageHealth.markRecovered();
    storageHealth.reportCorrupt(storage, { kind: 'invalid-json', message: 'x' }, 'first'); // same value: not copied again
    const backups = Object.entries(storage.dump()).filter(([k]) => k.startsWith(STORAGE_KEYS.backupPrefix));
    expect(backups.map(([, v]) => v).sort()).toEqual(['first', 'second']);
    expect(storageHealth.get().corrupt?.backupKey?.startsWith(STORAGE_KEYS.backupPrefix)).toBe(true);
  });

  it('a dismissed save problem comes back on the next failure', () => {
    const problem = { kind: 'quota' as const, message: 'full' };
    storageHealth.reportSaveProblem(problem);
    const first = storageHealth.get().saveFailures;
    storageHealth.reportSaveProblem({ ...problem });
    expect(storageHealth.get().saveFailures).toBe(first + 1);
  });
});

describe('ids named like built-in object properties', () => {
  const NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

  it.each(NAMES)('a project with id %s imports (replace and copy), saves, reloads and deletes like any other', (name) => {
    const storage = createMemoryStorage();
    const store = tab(storage);
    const incoming = makeProject({ id: name, name: `Project ${name}`, answers: { 'item-1': makeAnswer({ status: 'yes', updatedAt: 5 }) } });
    // Not a conflict with Object.prototype: the id is free.
    expect(getOwn(store.getState().projects, name)).toBeUndefined();
    expect(store.getState().importProjects([incoming], 'replace')).toEqual([name]);
    expect(store.getState().importProjects([incoming], 'replace')).toEqual([name]); // replace an existing one
    const [copy] = store.getState().importProjects([incoming], 'copy');
    expect(copy).not.toBe(name);
    store.getState().updateAnswer(name, 'item-2', { status: 'no' });
    expect(storageHealth.get().saveProblem).toBeNull();
    const reloaded = tab(storage);
    expect(getOwn(reloaded.getState().projects, name)?.answers['item-2']?.status).toBe('no');
    expect(Object.keys(reloaded.getState().projects)).toHaveLength(2);
    reloaded.getState().deleteProject(name);
    const again = tab(storage);
    expect(getOwn(again.getState().projects, name)).toBeUndefined();
    expect(getOwn(again.getState().tombstones, name)).toBeTypeOf('number');
  });

  it('an answer with id "constructor" or "toString" is stored, merged and read back', () => {
    const storage = createMemoryStorage();
    const a = tab(storage);
    const id = a.getState().createProject({ name: 'P' });
    const b = tab(storage);
    a.getState().updateAnswer(id, 'constructor', { status: 'yes' });
    b.getState().updateAnswer(id, 'toString', { status: 'no' });
    const answers = stored(storage)?.projects[id]?.answers ?? {};
    expect(Object.keys(answers).sort()).toEqual(['constructor', 'toString']);
    expect(getOwn(answers, 'constructor')?.status).toBe('yes');
  });
});

describe('timestamps at the edge of the date range', () => {
  it('a stored answer at the very end of the range (written by an older version): repaired to now on load, edits win and stay readable', () => {
    const storage = createMemoryStorage();
    storage.setItem(KEY, encodePersisted(makeData([makeProject({ id: 'edge', updatedAt: MAX_TIMESTAMP, answers: { a: makeAnswer({ updatedAt: MAX_TIMESTAMP }) } })])));
    const store = tab(storage);
    store.getState().updateAnswer('edge', 'a', { status: 'yes' });
    store.getState().renameProject('edge', 'Renamed');
    const raw = storage.getItem(KEY) ?? '';
    const decoded = decodePersisted(raw);
    expect(decoded.ok).toBe(true);
    expect(decoded.ok && decoded.data.projects.edge?.updatedAt).toBeLessThan(Date.now() + 1000);
    expect(decoded.ok && decoded.data.projects.edge?.answers.a?.status).toBe('yes');
    expect(decoded.ok && decoded.data.projects.edge?.name).toBe('Renamed');
    tab(storage);
    expect(storageHealth.get().corrupt).toBeNull();
  });

  it('a project imported from a file with year-2999 timestamps does not stamp later edits in the future', () => {
    const storage = createMemoryStorage();
    const now = Date.UTC(2026, 1, 1);
    const store = tab(storage, () => now);
    const file = serializeFile(createProjectFile(makeProject({ id: 'future', answers: { a: makeAnswer({ status: 'no', updatedAt: Date.UTC(2999, 0, 1) }) } }), '1.0.0'));
    const parsed = parseProjectFile(file, now);
    if (!parsed.ok) throw new Error(parsed.error);
    store.getState().importProjects(parsed.value.projects, 'replace');
    store.getState().updateAnswer('future', 'b', { status: 'yes' });
    const p = stored(storage)?.projects.future;
    expect(p?.answers.a?.updatedAt).toBeLessThanOrEqual(now + 1);
    expect(p?.answers.b?.updatedAt).toBeLessThanOrEqual(now + 2);
  });
});

describe('batch operations', () => {
  it('attaches a whole run’s evidence to many items in one write', () => {
    const storage = createMemoryStorage();
    const store = tab(storage);
    const id = store.getState().createProject({ name: 'P' });
    let writes = 0;
    const counting: StorageLike = { ...storage, getItem: (k) => storage.getItem(k), setItem: (k, v) => (writes++, storage.setItem(k, v)), removeItem: (k) => storage.removeItem(k) };
    const other = tab(counting);
    const entries = Array.from({ length: 17 }, (_, i) => ({
      itemId: `item-${i}`,
      evidence: { id: `turn-run-${i}`, kind: 'turn-test' as const, label: `Check ${i}, password=hunter2`, verdict: 'pass' as const, date: '2026-01-16T09:00:00.000Z' },
    }));
    expect(other.getState().attachEvidenceBatch(id, entries)).toEqual(entries.map((e) => e.evidence.id));
    expect(writes).toBe(1);
    const p = stored(storage)?.projects[id];
    expect(Object.keys(p?.answers ?? {})).toHaveLength(17);
    expect(p?.answers['item-3']?.evidence[0]?.label).toBe('Check 3, password=[redacted]');
    expect(other.getState().attachEvidenceBatch('missing', entries)).toBeNull();
  });

  it('imports a whole file in one write', () => {
    const storage = createMemoryStorage();
    let writes = 0;
    const counting: StorageLike = { getItem: (k) => storage.getItem(k), setItem: (k, v) => (writes++, storage.setItem(k, v)), removeItem: (k) => storage.removeItem(k) };
    const store = tab(counting);
    const ids = store.getState().importProjects([makeProject({ id: 'a' }), makeProject({ id: 'b' }), makeProject({ id: 'c' })], 'copy');
    expect(ids).toEqual(['a', 'b', 'c']);
    expect(writes).toBe(1);
  });
});

describe('one writer', () => {
  it('an unexpected error while saving is reported, not thrown and not lost silently', () => {
    const storage = createMemoryStorage();
    const store = tab(storage);
    const broken: StorageLike = { getItem: () => { throw new TypeError('boom'); }, setItem: () => {}, removeItem: () => {} };
    const other = tab(broken);
    expect(() => other.getState().createProject({ name: 'X' })).not.toThrow();
    expect(storageHealth.get().saveProblem).not.toBeNull();
    expect(store.getState().projects).toEqual({});
  });

  it('the recovery screen replaces unreadable data through the repository, and the store follows', () => {
    const storage = createMemoryStorage({ [KEY]: 'garbage' });
    const store = tab(storage);
    expect(storageHealth.get().corrupt).not.toBeNull();
    store.getState().createProject({ name: 'Refused' });
    expect(storage.getItem(KEY)).toBe('garbage'); // a save never overwrites unreadable data
    const written = store.repository.replace(makeData([makeProject({ id: 'restored' })]));
    expect(written.ok).toBe(true);
    expect(storageHealth.get().corrupt).toBeNull();
    expect(stored(storage)?.projects.restored).toBeDefined();
  });
});
