import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import { makeAnswer, makeData, makeProject } from '@/testing/projects';
import { mergeData, mergeProject, pruneTombstones } from './merge';

describe('mergeProject', () => {
  it('keeps the later answer per item and the union of items', () => {
    const a = makeProject({ answers: { x: makeAnswer({ status: 'yes', updatedAt: 10 }), y: makeAnswer({ status: 'no', updatedAt: 5 }) }, updatedAt: 10 });
    const b = makeProject({ answers: { y: makeAnswer({ status: 'partial', updatedAt: 8 }), z: makeAnswer({ status: 'na', updatedAt: 9 }) }, updatedAt: 9 });
    const m = mergeProject(a, b);
    expect(m.answers).toEqual({ x: a.answers.x, y: b.answers.y, z: b.answers.z });
    expect(m.updatedAt).toBe(10);
    expect(mergeProject(b, a)).toEqual(m); // order does not matter
  });

  it('merges name and profile by their own timestamps, not the project time', () => {
    const renamed = makeProject({ createdAt: 0, name: 'New name', nameUpdatedAt: 20, profileUpdatedAt: 0, updatedAt: 20 });
    const answeredLater = makeProject({
      createdAt: 0,
      name: 'Old name',
      nameUpdatedAt: 1,
      profile: { ...EMPTY_PROFILE, turn: 'own' },
      profileUpdatedAt: 25,
      updatedAt: 30,
      answers: { x: makeAnswer({ status: 'yes', updatedAt: 30 }) },
    });
    const m = mergeProject(renamed, answeredLater);
    expect(m.name).toBe('New name');
    expect(m.profile.turn).toBe('own');
    expect(m.answers.x?.status).toBe('yes');
    expect(m.updatedAt).toBe(30);
  });

  it('breaks exact timestamp ties the same way in both tabs', () => {
    const a = makeProject({ answers: { x: makeAnswer({ status: 'yes', updatedAt: 10 }) } });
    const b = makeProject({ answers: { x: makeAnswer({ status: 'no', updatedAt: 10 }) } });
    expect(mergeProject(a, b).answers.x).toEqual(mergeProject(b, a).answers.x);
  });

  it('returns the same object when the other side adds nothing', () => {
    const a = makeProject({ answers: { x: makeAnswer({ status: 'yes', updatedAt: 10 }) }, updatedAt: 10 });
    const copy = structuredClone(a);
    expect(mergeProject(a, copy)).toBe(a);
    const older = makeProject({ answers: { x: makeAnswer({ status: 'no', updatedAt: 3 }) }, updatedAt: 3 });
    expect(mergeProject(a, older)).toBe(a);
  });
});

describe('mergeData', () => {
  it('does not resurrect a project deleted in the other tab', () => {
    const p = makeProject({ id: 'p1', updatedAt: 10 });
    const staleTab = makeData([p]);
    const deletingTab = makeData([], { p1: 11 });
    expect(mergeData(staleTab, deletingTab).projects).toEqual({});
    expect(mergeData(deletingTab, staleTab)).toBe(deletingTab);
  });

  it('keeps a project changed after the deletion (undo) and drops its tombstone', () => {
    const restored = makeProject({ id: 'p1', updatedAt: 12 });
    const m = mergeData(makeData([], { p1: 11 }), makeData([restored]));
    expect(m.projects.p1).toBe(restored);
    expect(m.tombstones).toEqual({});
  });

  it('returns the first argument when nothing changes', () => {
    const data = makeData([makeProject({ id: 'a' })], { gone: 1 });
    expect(mergeData(data, structuredClone(data))).toBe(data);
    expect(mergeData(data, makeData([]))).toBe(data);
  });

  it('prunes tombstones older than 90 days', () => {
    const day = 24 * 3600 * 1000;
    const data = makeData([], { old: 0, recent: 100 * day });
    expect(pruneTombstones(data, 100 * day).tombstones).toEqual({ recent: 100 * day });
  });
});
