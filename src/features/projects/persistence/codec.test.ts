import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { encodeSeed, makeAnswer, makeData, makeEvidence, makeProject, seedProjects } from '@/testing/projects';
import { encodePersisted } from './codec';
import { decodePersisted } from './restore';

describe('stored format', () => {
  it('omits empty fields and uses short keys', () => {
    const raw = encodePersisted(
      makeData([makeProject({ id: 'p1', answers: { 'x-item': makeAnswer({ status: 'yes', updatedAt: 42 }) } })]),
    );
    const json = JSON.parse(raw);
    expect(json.version).toBe(1);
    expect(json.state.p[0].a).toEqual({ 'x-item': { s: 'y', u: 42 } });
    expect(json.state.p[0]).not.toHaveProperty('pr'); // an unanswered profile is not stored
    expect(json.state.p[0]).not.toHaveProperty('nu');
  });

  it('is canonical: equal data encodes to an equal string whatever the key order', () => {
    const a = makeProject({ id: 'a', answers: { z: makeAnswer({ updatedAt: 1 }), b: makeAnswer({ updatedAt: 2 }) } });
    const b = makeProject({ id: 'b' });
    const one = encodePersisted({ projects: { a, b }, tombstones: { x: 1, y: 2 } });
    const two = encodePersisted({ projects: { b, a: { ...a, answers: { b: makeAnswer({ updatedAt: 2 }), z: makeAnswer({ updatedAt: 1 }) } } }, tombstones: { y: 2, x: 1 } });
    expect(one).toBe(two);
  });

  it('the TURN exposure answer (added after format 1) round-trips; stored profiles without it read as not sure', () => {
    const data = makeData([makeProject({ id: 'p1', profile: { ...makeProject().profile, turn: 'own', turnExposure: 'no-udp' } })]);
    const raw = encodePersisted(data);
    expect(JSON.parse(raw).state.p[0].pr).toEqual({ turn: 'own', turnExposure: 'no-udp' });
    const back = decodePersisted(raw);
    expect(back.ok && back.data).toEqual(data);

    const older = JSON.parse(raw);
    delete older.state.p[0].pr.turnExposure;
    const old = decodePersisted(JSON.stringify(older));
    expect(old.ok && old.data.projects['p1']?.profile.turnExposure).toBe('unknown');
    const bad = JSON.parse(raw);
    bad.state.p[0].pr.turnExposure = 'sometimes';
    expect(decodePersisted(JSON.stringify(bad)).ok).toBe(false);
  });

  it('keeps evidence from the TURN tester intact', () => {
    const evidence = makeEvidence({
      kind: 'turn-test',
      verdict: 'fail',
      checks: [{ id: 'rejects-wrong-password', url: 'turns:turn.example.com:443', verdict: 'fail', ms: 120.5, errorCode: 401, detail: 'accepted' }],
    });
    const data = makeData([makeProject({ answers: { t: makeAnswer({ status: 'no', evidence: [evidence], updatedAt: 9 }) } })]);
    const result = decodePersisted(encodePersisted(data));
    expect(result.ok && result.data).toEqual(data);
  });

  it.each([
    ['invalid JSON', '{"version":1,"state":', 'invalid-json', /not valid JSON/],
    ['a JSON array', '[1,2]', 'wrong-shape', /not an object/],
    ['a missing version', '{"state":{"p":[]}}', 'wrong-shape', /^version: /],
    ['a bad status', '{"version":1,"state":{"p":[{"i":"p","n":"x","c":1,"u":1,"cv":"1","a":{"item-1":{"s":"maybe","u":1}}}]}}', 'wrong-shape', /^state\.p\[0\]\.a\["item-1"\]\.s: expected one of y, p, n, a$/],
    ['a missing field', '{"version":1,"state":{"p":[{"i":"p","c":1,"u":1,"cv":"1"}]}}', 'wrong-shape', /^state\.p\[0\]\.n: is missing$/],
    ['a future version', '{"version":2,"state":{}}', 'future-version', /storage format version 2/],
  ])('says what is wrong with %s', (_name, raw, kind, message) => {
    const result = decodePersisted(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.kind).toBe(kind);
    expect(result.problem.message).toMatch(message);
  });

  it('stays under the 2 MB budget with 200 projects × 80 answers', () => {
    const ids = checklist.items.map((i) => i.id);
    const raw = encodeSeed(seedProjects(200, 80, ids));
    const bytes = new TextEncoder().encode(raw).length;
    // localStorage counts UTF-16 code units; both are reported by the bench.
    expect(raw.length).toBeLessThan(2 * 1024 * 1024);
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
    const decoded = decodePersisted(raw);
    expect(decoded.ok && Object.keys(decoded.data.projects)).toHaveLength(200);
  });
});

describe('stored ids named like Object.prototype members', () => {
  it('a stored "__proto__" project and tombstone survive a load (no prototype change, nothing vanishes)', () => {
    const raw = encodePersisted({
      projects: Object.defineProperty(Object.create(null), '__proto__', {
        value: makeProject({ id: '__proto__', name: 'Proto', answers: { constructor: makeAnswer({ status: 'no', updatedAt: 3 }) } }),
        enumerable: true,
      }),
      tombstones: JSON.parse('{"__proto__": 1, "toString": 2}'),
    });
    expect(raw).toContain('"i":"__proto__"');
    expect(raw).toContain('"t":{"__proto__":1,"toString":2}');
    const decoded = decodePersisted(raw);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(Object.keys(decoded.data.projects)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(decoded.data.projects)).toBeNull();
    expect(Object.getOwnPropertyDescriptor(decoded.data.projects, '__proto__')?.value?.name).toBe('Proto');
    expect(Object.keys(decoded.data.tombstones)).toEqual(['__proto__', 'toString']);
    expect(encodePersisted(decoded.data)).toBe(raw);
  });

  it('two stored entries with the same id are merged, not overwritten', () => {
    const a = makeProject({ id: 'twin', answers: { x: makeAnswer({ status: 'yes', updatedAt: 5 }) } });
    const b = makeProject({ id: 'twin', answers: { y: makeAnswer({ status: 'no', updatedAt: 6 }) } });
    const raw = `{"version":1,"state":{"p":[${encodePersisted(makeData([a])).match(/\{"i".*\}(?=\],"t")/)?.[0]},${encodePersisted(makeData([b])).match(/\{"i".*\}(?=\],"t")/)?.[0]}],"t":{}}}`;
    const decoded = decodePersisted(raw);
    expect(decoded.ok && Object.keys(decoded.data.projects.twin?.answers ?? {}).sort()).toEqual(['x', 'y']);
  });
});
