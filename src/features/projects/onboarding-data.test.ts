/** The optional onboarding field of a project: stored, merged, changed and imported like the tracker. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyOnboarding, type ProjectOnboarding } from '@/entities/onboarding/types';
import { createMemoryStorage } from '@/lib/storage';
import { onboardingArb } from '@/testing/arbitraries';
import { makeData, makeProject } from '@/testing/projects';
import { updateOnboarding } from './operations';
import { encodePersisted } from './persistence/codec';
import { mergeProject } from './persistence/merge';
import { decodePersisted } from './persistence/restore';
import { createProjectsStore } from './store';
import { cleanOnboarding } from '@/entities/onboarding/schema';

const server = { id: 'srv-1', name: 'SFU', role: 'media', product: 'janus', exposure: 'admin-api', controlledBy: 'clients' } as const;
const withServers = (updatedAt: number): ProjectOnboarding => ({ ...emptyOnboarding(updatedAt), servers: [{ ...server }] });

describe('onboarding data of a project', () => {
  it('is absent from the stored value until used (older values simply lack it)', () => {
    const json = JSON.parse(encodePersisted(makeData([makeProject({ id: 'p1' })])));
    expect(json.state.p[0]).not.toHaveProperty('ob');
  });

  it('round-trips through storage, whatever it holds', () => {
    fc.assert(
      fc.property(onboardingArb, (o) => {
        const onboarding = cleanOnboarding(o, o.updatedAt);
        const data = makeData([makeProject({ id: 'p1', onboarding })]);
        const decoded = decodePersisted(encodePersisted(data));
        expect(decoded.ok && decoded.data).toEqual(data);
      }),
      { numRuns: 200 },
    );
  });

  it('a bad stored value is named by its path', () => {
    const raw = encodePersisted(makeData([makeProject({ id: 'p1', onboarding: withServers(5) })])).replace('"admin-api"', '"everything"');
    const decoded = decodePersisted(raw);
    expect(decoded.ok ? '' : decoded.problem.message).toContain('state.p[0].ob.servers[0].exposure: expected one of none, media, https-api, admin-api');
  });

  it('merges as a whole: the later change wins, in both directions', () => {
    const a = makeProject({ id: 'p1', onboarding: withServers(10) });
    const b = makeProject({ id: 'p1', onboarding: { ...emptyOnboarding(20), houseRules: { itemIds: [], ownRules: ['x'], team: 't', contacts: '', includeNotes: false } } });
    expect(mergeProject(a, b).onboarding).toBe(b.onboarding);
    expect(mergeProject(b, a).onboarding).toBe(b.onboarding);
    expect(mergeProject(makeProject({ id: 'p1' }), a).onboarding).toBe(a.onboarding);
  });

  it('one change is one write, redacted, with a timestamp after the project’s last change', () => {
    const data = makeData([makeProject({ id: 'p1', updatedAt: 100 })]);
    const next = updateOnboarding(data, 'p1', (o) => ({ ...o, servers: [{ ...server, name: 'db password=hunter22' }] }), 50);
    const o = next.projects.p1?.onboarding;
    expect(o?.servers[0]?.name).toBe('db password=[redacted]');
    expect(o?.updatedAt).toBe(101);
    // The same value again: nothing changes.
    expect(updateOnboarding(next, 'p1', (x) => ({ ...x }), 200)).toBe(next);
  });

  it('goes through the store to storage and back', () => {
    const storage = createMemoryStorage();
    const store = createProjectsStore({ storage, contentVersion: '1.0.0', now: () => 1000 });
    const id = store.getState().createProject({ name: 'P' });
    store.getState().updateOnboarding(id, (o) => ({ ...o, servers: [{ ...server }] }));
    const reloaded = createProjectsStore({ storage, contentVersion: '1.0.0', now: () => 2000 });
    expect(reloaded.getState().projects[id]?.onboarding?.servers).toEqual([server]);
  });
});
