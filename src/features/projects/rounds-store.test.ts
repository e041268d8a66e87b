import { beforeEach, describe, expect, it } from 'vitest';
import { getOwn } from '@/lib/dict';
import { createMemoryStorage, STORAGE_KEYS } from '@/lib/storage';
import { checklist } from '@/entities/checklist/content';
import { createProjectFile, parseProjectFile, serializeFile } from './project-file';
import { mergeProject } from './persistence/merge';
import { storageHealth } from './persistence/health';
import { createProjectsStore } from './store';

const [first, second] = checklist.items;

beforeEach(() => storageHealth.reset());

function setup() {
  const storage = createMemoryStorage();
  let t = Date.UTC(2026, 3, 1);
  const store = createProjectsStore({ storage, contentVersion: '1.0.0', now: () => (t += 1000) });
  const id = store.getState().createProject({ name: 'Rounds' });
  store.getState().updateAnswer(id, first!.id, { status: 'yes' });
  return { storage, store, id };
}

describe('assessment rounds in the store', () => {
  it('starting a round closes the answers read-only and keeps them as the starting point, in one write', () => {
    const { storage, store, id } = setup();
    let writes = 0;
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (k, v) => {
      writes++;
      setItem(k, v);
    };
    const roundId = store.getState().startRound(id);
    expect(writes).toBe(1);
    const p = getOwn(store.getState().projects, id)!;
    expect(p.rounds).toHaveLength(1);
    expect(p.rounds![0]!.id).toBe(roundId);
    expect(getOwn(p.rounds![0]!.statuses, first!.id)).toBe('yes');
    expect(p.answers[first!.id]?.status).toBe('yes');
    store.getState().updateAnswer(id, first!.id, { status: 'no' });
    expect(getOwn(getOwn(store.getState().projects, id)!.rounds![0]!.statuses, first!.id)).toBe('yes');
    expect(store.getState().startRound('no-such-project')).toBeNull();
  });

  it('rounds survive a reload (optional stored field, no schema version change)', () => {
    const { storage, store, id } = setup();
    store.getState().startRound(id);
    const raw = storage.getItem(STORAGE_KEYS.projects)!;
    expect(JSON.parse(raw).version).toBe(1);
    const reloaded = createProjectsStore({ storage, contentVersion: '1.0.0' });
    expect(getOwn(reloaded.getState().projects, id)?.rounds).toEqual(getOwn(store.getState().projects, id)?.rounds);
  });

  it('rounds go into the export file and come back on import', () => {
    const { store, id } = setup();
    store.getState().startRound(id);
    store.getState().updateAnswer(id, second!.id, { status: 'partial' });
    store.getState().startRound(id);
    const project = getOwn(store.getState().projects, id)!;
    const text = serializeFile(createProjectFile(project, '1.0.0', new Date(Date.UTC(2026, 4, 1))));
    const parsed = parseProjectFile(text, Date.UTC(2026, 4, 1));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.projects[0]!.rounds).toEqual(project.rounds);
  });

  it('a bad round in a file is named', () => {
    const { store, id } = setup();
    store.getState().startRound(id);
    const file = JSON.parse(serializeFile(createProjectFile(getOwn(store.getState().projects, id)!, '1.0.0')));
    file.project.rounds[0].statuses = { [first!.id]: 'maybe' };
    const parsed = parseProjectFile(JSON.stringify(file));
    expect(parsed.ok ? '' : parsed.error).toContain(`project.rounds[0].statuses["${first!.id}"]`);
  });

  it('two tabs: rounds started in each are both kept', () => {
    const { store, id } = setup();
    const base = getOwn(store.getState().projects, id)!;
    const one = { ...base, rounds: [{ id: 'r-a', closedAt: 10, contentVersion: '1.0.0', profile: base.profile, statuses: {}, applicable: [], percent: 1, grade: 'F' as const }], updatedAt: base.updatedAt + 1 };
    const two = { ...base, rounds: [{ ...one.rounds[0]!, id: 'r-b', closedAt: 5 }], updatedAt: base.updatedAt + 2 };
    expect(mergeProject(one, two).rounds?.map((r) => r.id)).toEqual(['r-b', 'r-a']);
    expect(mergeProject(one, base)).toBe(one);
  });
});
