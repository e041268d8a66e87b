import { getOwn } from '@/lib/dict';
import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import { createMemoryStorage, STORAGE_KEYS } from '@/lib/storage';
import { createProjectsStore } from '@/features/projects/store';
import { encodePersisted } from './codec';
import { STORAGE_SCHEMA_VERSION } from './envelope';
import { storageHealth } from './health';
import { decodePersisted } from './restore';
import { migrateToCurrent, MIGRATIONS } from './migrations';
import { makeAnswer, makeData, makeProject } from '@/testing/projects';

/** The pre-release prototype format (zustand's default JSON storage). */
const V0_FIXTURE = JSON.stringify({
  state: {
    projects: {
      'proto-1': {
        id: 'proto-1',
        name: 'Prototype project',
        createdAt: '2025-06-01T10:00:00.000Z',
        updatedAt: '2025-06-02T12:30:00.000Z',
        profile: { ...EMPTY_PROFILE, topology: 'sfu', turn: 'own', recording: true },
        answers: {
          'baseline-https-wss-only': { status: 'yes', note: 'HSTS on', updatedAt: 1748772000000 },
          'turn-old-item': { status: 'no', updatedAt: 1748772060000 },
          'signaling-x': { status: null, note: '', updatedAt: 1748772120000 },
        },
      },
    },
  },
  version: 0,
});

describe('migrations', () => {
  it('reads the v0 prototype format into the current model', () => {
    const result = decodePersisted(V0_FIXTURE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.version).toBe(0);
    const p = result.data.projects['proto-1'];
    expect(p).toMatchObject({
      id: 'proto-1',
      name: 'Prototype project',
      createdAt: Date.parse('2025-06-01T10:00:00.000Z'),
      updatedAt: Date.parse('2025-06-02T12:30:00.000Z'),
      nameUpdatedAt: Date.parse('2025-06-01T10:00:00.000Z'),
      contentVersion: '0.0.0',
      profile: { ...EMPTY_PROFILE, topology: 'sfu', turn: 'own', recording: true },
    });
    expect(p?.answers['baseline-https-wss-only']).toEqual(makeAnswer({ status: 'yes', note: 'HSTS on', updatedAt: 1748772000000 }));
    // Unknown ids are kept (shown as retired), never dropped.
    expect(p?.answers['turn-old-item']?.status).toBe('no');
    expect(p?.answers['signaling-x']).toEqual(makeAnswer({ updatedAt: 1748772120000 }));
    expect(result.data.tombstones).toEqual({});
  });

  it('hydrates a store from v0 through zustand’s migrate (in-memory storage) and writes v1 right after', () => {
    storageHealth.reset();
    const storage = createMemoryStorage({ [STORAGE_KEYS.projects]: V0_FIXTURE });
    const store = createProjectsStore({ storage, contentVersion: '1.0.0', now: () => Date.parse('2026-01-01') });
    expect(store.getState().projects['proto-1']?.name).toBe('Prototype project');
    // zustand saw version 0 and ran the store's migrate, then saved the migrated state.
    expect(JSON.parse(storage.getItem(STORAGE_KEYS.projects) ?? '').version).toBe(STORAGE_SCHEMA_VERSION);
    store.getState().updateAnswer('proto-1', 'signaling-x', { status: 'partial' });
    const raw = storage.getItem(STORAGE_KEYS.projects) ?? '';
    expect(JSON.parse(raw).version).toBe(STORAGE_SCHEMA_VERSION);
    const reread = decodePersisted(raw);
    expect(reread.ok && reread.data.projects['proto-1']?.answers['baseline-https-wss-only']?.note).toBe('HSTS on');
    expect(storageHealth.get().corrupt).toBeNull();
  });

  it('reports a v0 value with a bad field by its path', () => {
    const bad = JSON.parse(V0_FIXTURE);
    bad.state.projects['proto-1'].createdAt = 'yesterday';
    const result = decodePersisted(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.kind).toBe('wrong-shape');
    expect(result.problem.message).toContain('state.projects["proto-1"].createdAt: expected an ISO date string');
  });

  it('rejects a future schema version without touching it', () => {
    const future = JSON.stringify({ version: STORAGE_SCHEMA_VERSION + 1, state: { whatever: true } });
    const result = decodePersisted(future);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'future-version', version: STORAGE_SCHEMA_VERSION + 1 } });
    if (!result.ok) expect(result.problem.message).toMatch(/newer version of this app/);

    storageHealth.reset();
    const storage = createMemoryStorage({ [STORAGE_KEYS.projects]: future });
    const store = createProjectsStore({ storage, contentVersion: '1.0.0' });
    expect(storageHealth.get().corrupt?.problem.kind).toBe('future-version');
    // The stored value is backed up first and is never overwritten by the store.
    expect(storage.getItem(storageHealth.get().corrupt?.backupKey ?? '')).toBe(future);
    store.getState().createProject({ name: 'New' });
    expect(storage.getItem(STORAGE_KEYS.projects)).toBe(future);
  });

  it('round-trips the current format', () => {
    const data = makeData([makeProject({ answers: { a: makeAnswer({ status: 'na', naReason: 'No TURN', updatedAt: 5 }) } })], { gone: 7 });
    const raw = encodePersisted(data);
    const result = decodePersisted(raw);
    expect(result.ok && result.data).toEqual(data);
  });
});

describe('migrateToCurrent never skips silently', () => {
  it('has a step for every version below the current one', () => {
    for (let n = 0; n < STORAGE_SCHEMA_VERSION; n++) expect(Object.hasOwn(MIGRATIONS, n), `migration from version ${n}`).toBe(true);
  });

  it('migrates to the current version by default, and refuses a gap or an impossible version', () => {
    expect(migrateToCurrent({ p: [], t: {} }, STORAGE_SCHEMA_VERSION)).toEqual({ ok: true, value: { p: [], t: {} } });
    expect(migrateToCurrent({ p: [] }, STORAGE_SCHEMA_VERSION, STORAGE_SCHEMA_VERSION + 1)).toEqual({
      ok: false,
      error: `version: no migration from storage format version ${STORAGE_SCHEMA_VERSION}`,
    });
    expect(migrateToCurrent({}, STORAGE_SCHEMA_VERSION + 1)).toMatchObject({ ok: false });
    expect(migrateToCurrent({}, -1)).toMatchObject({ ok: false });
    expect(migrateToCurrent({}, 0.5)).toMatchObject({ ok: false });
  });

  it('a v0 value with a project or answer named like an Object.prototype member keeps it', () => {
    const raw = JSON.stringify({
      version: 0,
      state: { projects: { constructor: { id: 'constructor', name: 'C', createdAt: '2025-06-01T10:00:00Z', updatedAt: '2025-06-01T10:00:00Z', answers: { toString: { status: 'yes', updatedAt: 1 } } } } },
    });
    const result = decodePersisted(raw);
    expect(result.ok && Object.hasOwn(result.data.projects, 'constructor')).toBe(true);
    expect(result.ok && getOwn(getOwn(result.data.projects, 'constructor')?.answers ?? {}, 'toString')?.status).toBe('yes');
  });
});
